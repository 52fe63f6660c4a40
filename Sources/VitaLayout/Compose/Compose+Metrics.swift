import VitaModel

extension Compose {

  func metricsSection() -> [Block] {
    let rows = citationRows()
    guard !profile.metrics.isEmpty || !rows.isEmpty else { return [] }
    var blocks: [Block] = [.outline("Metrics")]
    if rows.isEmpty {
      blocks.append(
        .figures(
          profile.metrics.map { figure(value: $0.formattedValue, label: $0.label) }))
    }
    for (index, row) in rows.enumerated() {
      if index > 0 { blocks.append(.spacing(4)) }
      blocks.append(.figures(row))
    }
    blocks += [.spacing(6), .rule(thickness: 0.3, color: theme.colors.rule)]
    return [.keepTogether(blocks), .spacing(theme.spacing.beforeHeading * 0.5)]
  }

  /// With per-paper citations, the figures as Google Scholar shows them: citations,
  /// h-index and i10-index over all years, then since five years before the current one.
  private func citationRows() -> [[Figure]] {
    guard let all = profile.computedMetrics else { return [] }
    let latest = profile.papers.flatMap(\.citationsPerYear.keys).max()
    let year = (options.currentYear ?? latest ?? 0) - 5
    var rows = [figures(all, suffix: "all")]
    if latest != nil, let since = profile.computedMetrics(since: year) {
      rows.append(figures(since, suffix: "since \(year)"))
    }
    return rows
  }

  private func figures(_ metrics: CitationMetrics, suffix: String) -> [Figure] {
    [
      figure(value: grouped(metrics.citations), label: "Citations, \(suffix)"),
      figure(value: String(metrics.hIndex), label: "h-index, \(suffix)"),
      figure(value: String(metrics.i10Index), label: "i10-index, \(suffix)"),
    ]
  }

  private func figure(value: String, label: String) -> Figure {
    let shown = theme.fonts.metricLabel.uppercase ? label.uppercased() : label
    return Figure(
      value: StyledText(value, style: style(theme.fonts.metricValue)),
      label: StyledText(shown, style: style(theme.fonts.metricLabel)),
      valueLeading: theme.fonts.metricValue.leading,
      labelLeading: theme.fonts.metricLabel.leading)
  }

  /// A whole number with thousands separated by commas.
  private func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }
}
