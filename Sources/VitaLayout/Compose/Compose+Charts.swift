import VitaModel

extension Compose {
  /// The height of a row of charts, in points.
  static let chartRowHeight = 168.0
  /// How many charts share a row.
  static let chartsPerRow = 2

  /// The charts the theme lists, two to a row; a chart whose data the profile lacks is
  /// left out, with a warning naming the data it needs.
  func chartsSection(warnings: inout [Diagnostic]) -> [Block] {
    guard let figures = options.figures else { return [] }
    var shown: [ChartKind] = []
    for (index, chart) in theme.charts.enumerated() {
      if let needs = figures.missingData(for: chart, in: profile) {
        warnings.append(
          .warning(
            "the chart '\(chart.rawValue)' is left out: it needs \(needs)",
            fieldPath: "charts[\(index)]",
            hint: Self.hint(forMissing: chart)))
      } else {
        shown.append(chart)
      }
    }
    guard !shown.isEmpty else { return [] }

    var blocks: [Block] = [.outline("Charts")]
    for start in stride(from: 0, to: shown.count, by: Self.chartsPerRow) {
      let row = Array(shown[start..<min(start + Self.chartsPerRow, shown.count)])
      if start > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
      blocks.append(
        .figure(
          FigureRequest(
            charts: row, columns: Self.chartsPerRow, profile: profile, theme: theme,
            height: Self.chartRowHeight,
            currentYear: options.currentYear)))
    }
    blocks.append(.spacing(theme.spacing.beforeHeading * 0.5))
    return blocks
  }

  /// Where the data a chart lacks can come from.
  private static func hint(forMissing chart: ChartKind) -> String {
    let remove = "or remove the chart from the layout's charts"
    switch chart {
    case .citationsPerYear, .cumulativeCitations, .hIndex:
      return "a profile from OpenAlex or Google Scholar carries citation data; \(remove)"
    case .papersPerYear: return "give the papers their dates; \(remove)"
    case .categories: return "give the papers their categories; \(remove)"
    case .coauthors: return "give the papers their authors; \(remove)"
    }
  }
}
