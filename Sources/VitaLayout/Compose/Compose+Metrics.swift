import VitaModel

extension Compose {

  func metricsSection() -> [Block] {
    guard !profile.metrics.isEmpty else { return [] }
    let figures = profile.metrics.map { metric in
      let label = theme.fonts.metricLabel.uppercase ? metric.label.uppercased() : metric.label
      return Figure(
        value: StyledText(metric.formattedValue, style: style(theme.fonts.metricValue)),
        label: StyledText(label, style: style(theme.fonts.metricLabel)),
        valueLeading: theme.fonts.metricValue.leading,
        labelLeading: theme.fonts.metricLabel.leading)
    }
    return [
      .keepTogether([
        .outline("Metrics"), .figures(figures), .spacing(6),
        .rule(thickness: 0.3, color: theme.colors.rule),
      ]),
      .spacing(theme.spacing.beforeHeading * 0.5),
    ]
  }
}
