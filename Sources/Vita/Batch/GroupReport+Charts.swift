import VitaCharts
import VitaLayout
import VitaModel

extension Engine {
  /// The height of a row of group charts over time, in points.
  static let groupChartHeight = 190.0
  /// The gap between two charts of a row, in points.
  static let groupChartGutter = 18.0

  /// The group report's charts, one frame per row, each as wide as the text: citations
  /// per year stacked by member; papers per year and the share of categories over the
  /// merged list (`shared`, the members' papers in the window, each once); co-authorship
  /// among the members. A chart without data is left out.
  func groupCharts(
    _ members: [GroupCompose.Member], shared: [GroupCompose.SharedPaper], theme: Theme,
    currentYear: Int?
  ) -> [Frame] {
    let width = theme.page.textWidth
    let windowed = members.map {
      GroupChartMember(name: $0.name, profile: $0.profile.windowed(theme.window))
    }
    let group = GroupCharts(shaper: text)
    func specification(_ kind: ChartKind, _ size: Size) -> ChartSpecification {
      ChartSpecification(kind: kind, size: size, theme: theme, currentYear: currentYear)
    }
    var rows: [Frame] = []

    let wide = Size(width: width, height: Self.groupChartHeight)
    if let citations = group.citationsByMember(
      windowed, specification: specification(.citationsPerYear, wide))
    {
      rows.append(citations)
    }

    let half = Size(width: (width - Self.groupChartGutter) / 2, height: Self.groupChartHeight - 20)
    let pair = [
      group.papersPerYear(shared, specification: specification(.papersPerYear, half)),
      group.categories(shared, specification: specification(.categories, half)),
    ].compactMap { $0 }
    if !pair.isEmpty {
      var row = Frame(size: Size(width: width, height: half.height))
      for (index, chart) in pair.enumerated() {
        row.merge(chart, at: Point(x: Double(index) * (half.width + Self.groupChartGutter), y: 0))
      }
      rows.append(row)
    }

    let height = GroupCharts.coauthorshipHeight(members: members.count)
    if let matrix = group.coauthorship(
      windowed, shared: shared,
      specification: specification(.coauthors, Size(width: width, height: height)))
    {
      rows.append(matrix)
    }
    return rows
  }
}
