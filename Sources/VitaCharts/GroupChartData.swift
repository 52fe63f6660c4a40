import VitaLayout
import VitaModel

/// Joint papers between the members of a group, for the co-authorship matrix.
struct CoauthorshipMatrix {
  /// The members shown, in group order.
  var names: [String]
  /// For each pair of members shown, the papers both are on; the diagonal is each
  /// member's own count of papers.
  var counts: [[Int]]
  /// What the matrix leaves out, one sentence each.
  var notes: [String]
}

/// The data of the group charts, drawn out of the members' profiles.
enum GroupChartData {
  /// Citations per year of each member, stacked: the members with the most citations
  /// keep their names, the rest are "Other".
  static func citationsByMember(_ members: [GroupChartMember], currentYear: Int?) -> YearCounts? {
    var perMember: [(name: String, years: [Int: Int], total: Int)] = []
    var partial: Set<Int> = []
    for member in members {
      guard let counts = ChartData.citationsPerYear(member.profile, currentYear: currentYear)
      else { continue }
      let years = Dictionary(
        uniqueKeysWithValues: counts.totals.enumerated().map { (counts.firstYear + $0, $1) })
      perMember.append((member.name, years, counts.totals.reduce(0, +)))
      partial.formUnion(counts.partialYears)
    }
    guard !perMember.isEmpty else { return nil }

    // The largest members first, ties in group order; the smallest share "Other".
    let ranked = perMember.enumerated().sorted {
      ($0.element.total, -$0.offset) > ($1.element.total, -$1.offset)
    }.map(\.element)
    let limit = GroupCharts.maximumSeries
    let named = ranked.count <= limit ? ranked : Array(ranked.prefix(limit - 1))
    let series = named.map(\.name) + (ranked.count > limit ? ["Other"] : [])

    let allYears = perMember.flatMap(\.years.keys)
    guard let first = allYears.min(), let last = allYears.max() else { return nil }
    let start = max(first, last - ChartData.maximumYears + 1)
    let values = (start...last).map { year in
      var stack = named.map { $0.years[year] ?? 0 }
      if ranked.count > limit {
        stack.append(ranked[(limit - 1)...].reduce(0) { $0 + ($1.years[year] ?? 0) })
      }
      return stack
    }
    var notes: [String] = []
    if start > first { notes.append("Years before \(start) left out.") }
    let without = members.count - perMember.count
    if without > 0 {
      notes.append(
        "\(without) member\(without == 1 ? "" : "s") without citations per year not shown.")
    }
    return YearCounts(
      firstYear: start, values: values, series: series, partialYears: partial,
      source: "members' profiles", notes: notes)
  }

  /// For each pair of members, the papers of the merged list that both are on: listed on
  /// both profiles, or listed on one with the other among its authors.
  static func coauthorship(
    _ members: [GroupChartMember], shared: [GroupCompose.SharedPaper]
  ) -> CoauthorshipMatrix? {
    guard members.count >= 2 else { return nil }
    let count = members.count
    var counts = Array(repeating: Array(repeating: 0, count: count), count: count)
    let names = members.map { member in
      ([member.name, member.profile.name] + member.profile.person.nameVariants)
        .compactMap(PersonName.init)
    }
    // Only people of the same family name can match, so each family has its own list.
    var families: [String: [Int]] = [:]
    for (index, variants) in names.enumerated() {
      for family in Set(variants.map(\.familyName)) { families[family, default: []].append(index) }
    }
    for paper in shared {
      var on = Set(paper.members)
      for author in paper.paper.authors {
        guard let name = PersonName(author) else { continue }
        for index in families[name.familyName] ?? []
        where names[index].contains(where: name.matches) {
          on.insert(index)
        }
      }
      let sorted = on.sorted()
      for row in sorted {
        for column in sorted { counts[row][column] += 1 }
      }
    }
    return shown(counts, names: members.map(\.name))
  }

  /// The matrix cut to the members with the most joint papers, kept in group order.
  private static func shown(_ counts: [[Int]], names: [String]) -> CoauthorshipMatrix {
    let joint = counts.indices.map { row in
      counts[row].indices.reduce(0) { $0 + ($1 == row ? 0 : counts[row][$1]) }
    }
    let limit = GroupCharts.maximumMatrixMembers
    var kept = Array(names.indices)
    var notes: [String] = []
    if names.count > limit {
      kept = names.indices.sorted { (joint[$0], -$0) > (joint[$1], -$1) }.prefix(limit).sorted()
      notes.append("The \(limit) members with the most joint papers, of \(names.count).")
    }
    if joint.allSatisfy({ $0 == 0 }) { notes.append("No paper is shared by two members.") }
    return CoauthorshipMatrix(
      names: kept.map { names[$0] }, counts: kept.map { row in kept.map { counts[row][$0] } },
      notes: notes)
  }
}
