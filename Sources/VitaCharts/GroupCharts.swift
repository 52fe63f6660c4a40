import VitaLayout
import VitaModel

/// A member of a group, as the group charts need one.
public struct GroupChartMember: Sendable {
  /// The name the charts print.
  public var name: String
  /// The member's profile.
  public var profile: Profile

  /// Creates a member.
  public init(name: String, profile: Profile) {
    self.name = name
    self.profile = profile
  }
}

/// The charts of a group report that no single profile can show: citations per year
/// stacked by member, and co-authorship among the members. They are drawn by the same
/// parts as a CV's charts, so that both read alike.
public struct GroupCharts: Sendable {
  /// Sets the charts' text.
  public let charts: ChartLayout
  /// The most members a stacked chart names; beyond it, the smallest are summed as "Other".
  public static let maximumSeries = 6
  /// The most members the co-authorship matrix shows.
  public static let maximumMatrixMembers = 14

  /// Creates the group charts on a text engine.
  public init(shaper: any TextShaper) {
    charts = ChartLayout(shaper: shaper)
  }

  /// Citations per year, a bar per year stacked by member, the members with the most
  /// citations named in the legend; `nil` when no member has citations per year.
  public func citationsByMember(
    _ members: [GroupChartMember], specification: ChartSpecification
  ) -> Frame? {
    guard
      let counts = GroupChartData.citationsByMember(members, currentYear: specification.currentYear)
    else { return nil }
    var drawing = Drawing(layout: charts.paragraphs, specification: specification)
    drawing.stackedYears(counts, title: "Citations per year, by member", valueTitle: "Citations")
    return drawing.canvas.frame
  }

  /// Papers per year, stacked by category, over the group's merged list of papers; `nil`
  /// when no paper has a date.
  public func papersPerYear(_ shared: [GroupCompose.SharedPaper], specification: ChartSpecification)
    -> Frame?
  {
    let merged = Profile(name: "", papers: shared.map(\.paper))
    guard var counts = ChartData.papersPerYear(merged, currentYear: specification.currentYear)
    else { return nil }
    counts.source = Self.mergedSource
    var drawing = Drawing(layout: charts.paragraphs, specification: specification)
    drawing.papers(counts)
    return drawing.canvas.frame
  }

  /// The share of each category in the group's merged list of papers; `nil` when no
  /// paper has a category.
  public func categories(_ shared: [GroupCompose.SharedPaper], specification: ChartSpecification)
    -> Frame?
  {
    let merged = Profile(name: "", papers: shared.map(\.paper))
    guard let counts = ChartData.categories(merged, currentYear: specification.currentYear)
    else { return nil }
    var drawing = Drawing(layout: charts.paragraphs, specification: specification)
    drawing.ranked(
      counts, title: "Papers by category", axisTitle: "Papers", withShares: true,
      source: Self.mergedSource)
    return drawing.canvas.frame
  }

  /// The caption's source for charts over the merged list.
  static let mergedSource = "members' papers, each once"

  /// The joint papers of every pair of members, as a matrix of shaded cells; `nil` for a
  /// group of fewer than two members.
  public func coauthorship(
    _ members: [GroupChartMember], shared: [GroupCompose.SharedPaper],
    specification: ChartSpecification
  ) -> Frame? {
    guard let matrix = GroupChartData.coauthorship(members, shared: shared) else { return nil }
    var drawing = Drawing(layout: charts.paragraphs, specification: specification)
    drawing.matrix(matrix)
    return drawing.canvas.frame
  }

  /// The numbers the co-authorship matrix shows: the members it keeps, and for each pair
  /// of them the papers both are on (listed by both, or by one with the other among the
  /// authors); the diagonal gives each member's own papers. `nil` for fewer than two.
  public static func jointPapers(
    _ members: [GroupChartMember], shared: [GroupCompose.SharedPaper]
  ) -> (names: [String], counts: [[Int]])? {
    GroupChartData.coauthorship(members, shared: shared).map { ($0.names, $0.counts) }
  }

  /// The height that gives the matrix of a group its rows at a readable size.
  public static func coauthorshipHeight(members: Int) -> Double {
    let rows = min(max(members, 2), maximumMatrixMembers)
    return 78 + Double(rows) * 15
  }
}
