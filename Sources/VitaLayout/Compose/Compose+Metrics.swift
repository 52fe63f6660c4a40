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
  ///
  /// A figure the source declares wins over the one computed from the papers listed, which
  /// may be only some of them (a Scholar export lists the first twenty); the "since" row
  /// takes the source's year when the source declares one.
  private func citationRows() -> [[Figure]] {
    guard let computed = profile.computedMetrics else { return [] }
    let all = CitationMetrics(
      citations: declared(.citationCount) ?? computed.citations,
      hIndex: declared(.hIndex) ?? computed.hIndex,
      i10Index: declared(.i10Index) ?? computed.i10Index)
    var rows = [figures(all, suffix: "all")]
    if let (year, since) = sinceFigures() {
      rows.append(figures(since, suffix: "since \(year)"))
    }
    return rows
  }

  /// The figures of the "since" row and its year: the source's own when it declares all
  /// three for one year, else computed from citations per year over the last five years.
  private func sinceFigures() -> (Int, CitationMetrics)? {
    if let year = declaredSinceYear(),
      let citations = declared("citations since \(year)"),
      let hIndex = declared("h-index since \(year)"),
      let i10Index = declared("i10-index since \(year)")
    {
      return (year, CitationMetrics(citations: citations, hIndex: hIndex, i10Index: i10Index))
    }
    guard let latest = profile.papers.flatMap(\.citationsPerYear.keys).max() else { return nil }
    let year = (options.currentYear ?? latest) - 5
    return profile.computedMetrics(since: year).map { (year, $0) }
  }

  /// The year of a declared "citations since YEAR" figure, if there is one.
  private func declaredSinceYear() -> Int? {
    let prefix = "citations since "
    for metric in profile.metrics where metric.label.lowercased().hasPrefix(prefix) {
      if let year = Int(metric.label.dropFirst(prefix.count)) { return year }
    }
    return nil
  }

  /// A declared whole-number figure of a kind.
  private func declared(_ kind: Metric.Kind) -> Int? {
    profile.metric(kind).flatMap(wholeValue)
  }

  /// A declared whole-number figure by its label, in any case.
  private func declared(_ label: String) -> Int? {
    profile.metrics.first { $0.label.lowercased() == label }.flatMap(wholeValue)
  }

  /// A metric's value as a whole number; `nil` for a fraction or an absurd value.
  private func wholeValue(_ metric: Metric) -> Int? {
    let value = metric.value
    guard value == value.rounded(), value >= 0, value < 1e15 else { return nil }
    return Int(value)
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
