import VitaModel

extension Compose {
  /// The charts section: the charts the theme lists, in rows as its `chartRows` says; a
  /// chart whose data the profile lacks is left out, with a warning naming the data it
  /// needs.
  func chartsSection(warnings: inout [Diagnostic]) -> [Block] {
    let rows = theme.chartRows
    let shown = availableCharts(
      theme.charts, limit: rows.limit, fieldPath: rows.listPath, warnings: &warnings)
    guard !shown.isEmpty else { return [] }

    var blocks: [Block] = [.outline("Charts")]
    for start in stride(from: 0, to: shown.count, by: rows.columns) {
      if start > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
      let row = Array(shown[start..<min(start + rows.columns, shown.count)])
      blocks.append(figure(row, columns: rows.columns, height: rows.height))
    }
    blocks.append(.spacing(theme.spacing.beforeHeading * 0.5))
    return blocks
  }

  /// A row of charts drawn from the profile with the theme.
  func figure(_ charts: [ChartKind], columns: Int, height: Double) -> Block {
    .figure(
      FigureRequest(
        charts: charts, columns: columns, profile: profile, theme: theme, height: height,
        currentYear: options.currentYear))
  }

  /// The charts of a list that the profile's data allow, in order, at most `limit`.
  ///
  /// A chart left out for want of data gets a warning, unless others took its place: with
  /// a limit, the list is an order of preference, and a warning comes only when fewer than
  /// `limit` charts could be drawn.
  func availableCharts(
    _ charts: [ChartKind], limit: Int?, fieldPath: String, warnings: inout [Diagnostic]
  ) -> [ChartKind] {
    guard let figures = options.figures else { return [] }
    var shown: [ChartKind] = []
    var missing: [Diagnostic] = []
    for (index, chart) in charts.enumerated() {
      if let limit, shown.count == limit { break }
      guard
        let reason = figures.missingData(
          for: chart, in: profile, currentYear: options.currentYear)
      else {
        shown.append(chart)
        continue
      }
      missing.append(
        .warning(
          "the chart '\(chart.rawValue)' is left out: it needs \(reason.needs)",
          fieldPath: "\(fieldPath)[\(index)]", hint: Self.hint(for: chart, reason)))
    }
    if limit.map({ shown.count < $0 }) ?? true { warnings += missing }
    return shown
  }

  /// Where the data a chart needs can come from.
  static func hint(for chart: ChartKind, _ reason: MissingChartData) -> String {
    let remove = "remove the chart from the layout's charts"
    if case .onlyAfter = reason {
      return "check the dates; SOURCE_DATE_EPOCH sets the year a report is made in"
    }
    switch chart {
    case .citationsPerYear, .cumulativeCitations, .hIndex:
      return "a profile from OpenAlex or Google Scholar carries citation data; or \(remove)"
    case .papersPerYear: return "give the papers their dates; or \(remove)"
    case .categories: return "give the papers their categories; or \(remove)"
    case .coauthors: return "give the papers their authors; or \(remove)"
    }
  }
}
