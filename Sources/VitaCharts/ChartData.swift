import VitaModel

/// Counts per year for the bar charts over time, split into series for stacking.
struct YearCounts {
  /// The first year shown.
  var firstYear: Int
  /// Per year from `firstYear` on, the count of each series.
  var values: [[Int]]
  /// The series names, for the legend; one series needs none.
  var series: [String]
  /// Years whose figures the source marks as incomplete.
  var partialYears: Set<Int> = []
  /// Where the figures come from, for the caption.
  var source: String
  /// What the chart leaves out or cannot vouch for, one sentence each.
  var notes: [String] = []

  /// The last year shown.
  var lastYear: Int { firstYear + values.count - 1 }
  /// Each year's total over its series.
  var totals: [Int] { values.map { $0.reduce(0, +) } }
}

/// Labelled counts for the ranked charts (categories, co-authors), largest first.
struct RankedCounts {
  /// The labels and counts, in order.
  var rows: [(label: String, count: Int)]
  /// The count all rows are shares of, for percentages.
  var total: Int
  /// The years the papers behind the counts cover, for the caption.
  var years: ClosedRange<Int>?
  /// What the chart leaves out, one sentence each.
  var notes: [String] = []
}

/// Draws the data each kind of chart needs out of a profile, or says what is missing.
enum ChartData {
  /// The most years a chart over time shows; older years are left out with a note.
  static let maximumYears = 100
  /// The most rows a ranked chart shows; the rest are summed as "Other" or left out.
  static let maximumRows = 8
  /// The most series the papers-per-year chart stacks; smaller categories become "Other".
  /// Three colours and Other's grey are as many as a greyscale print keeps apart.
  static let maximumSeries = 4

  /// What a kind needs that the profile lacks, as a phrase; `nil` when it can be drawn.
  static func missing(_ kind: ChartKind, in profile: Profile) -> String? {
    switch kind {
    case .citationsPerYear, .cumulativeCitations:
      let hasHistory =
        !profile.citationHistory.isEmpty
        || profile.papers.contains { !$0.citationsPerYear.isEmpty }
      return hasHistory ? nil : "citations per year (a citation history or per-paper counts)"
    case .papersPerYear:
      return profile.papers.contains { $0.date != nil } ? nil : "papers with dates"
    case .hIndex:
      return profile.papers.contains { $0.citations != nil } ? nil : "per-paper citation counts"
    case .categories:
      return profile.papers.contains { !$0.categories.isEmpty } ? nil : "papers with categories"
    case .coauthors:
      return coauthorsAndOwner(profile).rows.isEmpty ? "papers with co-authors" : nil
    }
  }

  /// Whether the profile has data for a kind of chart up to `currentYear`, as drawing it
  /// would find them.
  static func isDrawable(_ kind: ChartKind, _ profile: Profile, currentYear: Int) -> Bool {
    switch kind {
    case .citationsPerYear, .cumulativeCitations:
      citationsPerYear(profile, currentYear: currentYear) != nil
    case .papersPerYear: papersPerYear(profile, currentYear: currentYear) != nil
    case .hIndex: rankedCitations(profile, currentYear: currentYear) != nil
    case .categories: categories(profile, currentYear: currentYear) != nil
    case .coauthors: coauthors(profile, currentYear: currentYear) != nil
    }
  }

  // MARK: Over time

  /// Citations per year, from the profile's history or else summed over its papers, with
  /// missing years inside the range as zero.
  static func citationsPerYear(_ profile: Profile, currentYear: Int?) -> YearCounts? {
    var counts = profile.citationHistory.counts
    var source = profile.citationHistory.source ?? "profile"
    var partial = profile.citationHistory.partialYears
    if counts.isEmpty {
      for paper in profile.papers {
        for (year, count) in paper.citationsPerYear { counts[year, default: 0] += count }
      }
      source = "\(paperSource(profile)), summed over papers"
      partial = []
    }
    var result = yearCounts(
      counts.mapValues { [$0] }, series: ["Citations"], source: source, partial: partial,
      currentYear: currentYear, what: "citation")
    // A total the source declares and the years do not add up to (a history that starts
    // after the first citations) is said, so the chart and the metrics never disagree
    // silently.
    if let sum = result?.totals.reduce(0, +), let declared = profile.metric(.citationCount),
      declared.value != Double(sum)
    {
      result?.notes.append(
        "The source counts \(declared.formattedValue) citations in all; "
          + "the years shown add up to \(Format.grouped(sum)).")
    }
    return result
  }

  /// Papers per year, stacked by primary category; the largest categories keep their
  /// names, the rest are "Other".
  static func papersPerYear(_ profile: Profile, currentYear: Int?) -> YearCounts? {
    let dated = profile.papers.filter { $0.date != nil }
    guard !dated.isEmpty else { return nil }
    let names = ranked(dated.map { $0.categories.first?.name ?? "Uncategorised" })
    let kept = names.count <= maximumSeries ? names : Array(names.prefix(maximumSeries - 1))
    let series = names.count <= maximumSeries ? kept : kept + ["Other"]

    var counts: [Int: [Int]] = [:]
    for paper in dated {
      let name = paper.categories.first?.name ?? "Uncategorised"
      let index = kept.firstIndex(of: name) ?? series.count - 1
      counts[paper.date!.year, default: Array(repeating: 0, count: series.count)][index] += 1
    }
    var result = yearCounts(
      counts, series: series, source: paperSource(profile), partial: [],
      currentYear: currentYear,
      what: "paper")
    let undated = profile.papers.count - dated.count
    if undated > 0 {
      result?.notes.append("\(undated) undated paper\(undated == 1 ? "" : "s") not shown.")
    }
    return result
  }

  /// Counts keyed by year as a continuous run of years, future years and years beyond
  /// the most shown left out with a note; `what` names one counted thing ("paper").
  private static func yearCounts(
    _ counts: [Int: [Int]], series: [String], source: String, partial: Set<Int>,
    currentYear: Int?, what: String
  ) -> YearCounts? {
    var notes: [String] = []
    var kept = counts
    if let currentYear {
      let future = counts.filter { $0.key > currentYear }
      if !future.isEmpty {
        kept = counts.filter { $0.key <= currentYear }
        let count = future.values.reduce(0) { $0 + $1.reduce(0, +) }
        let noun = count == 1 ? what : what + "s"
        notes.append("\(Format.grouped(count)) \(noun) dated after \(currentYear) left out.")
      }
    }
    guard let first = kept.keys.min(), let last = kept.keys.max() else { return nil }
    let start = max(first, last - maximumYears + 1)
    if start > first { notes.append("Years before \(start) left out.") }
    let zero = Array(repeating: 0, count: series.count)
    let values = (start...last).map { year in (kept[year] ?? zero).map { max(0, $0) } }
    return YearCounts(
      firstYear: start, values: values, series: series, partialYears: partial,
      source: source, notes: notes)
  }

  // MARK: Ranked

  /// Papers per primary category, the largest first, with the smallest summed as "Other".
  static func categories(_ profile: Profile, currentYear: Int?) -> RankedCounts? {
    let papers = profile.papers.filter { !$0.categories.isEmpty }
    guard !papers.isEmpty else { return nil }
    let names = papers.map { $0.categories[0].name }
    var rows = ranked(names).map { name in (label: name, count: names.filter { $0 == name }.count) }
    if rows.count > maximumRows {
      let other = rows[(maximumRows - 1)...].reduce(0) { $0 + $1.count }
      rows = Array(rows.prefix(maximumRows - 1)) + [(label: "Other", count: other)]
    }
    var notes: [String] = []
    let uncategorised = profile.papers.count - papers.count
    if uncategorised > 0 {
      notes.append("\(uncategorised) paper\(uncategorised == 1 ? "" : "s") without a category.")
    }
    return RankedCounts(
      rows: rows, total: papers.count, years: years(of: papers, currentYear: currentYear),
      notes: notes)
  }

  /// The co-authors with the most joint papers, the owner excluded.
  static func coauthors(_ profile: Profile, currentYear: Int?) -> RankedCounts? {
    let (counts, owner) = coauthorsAndOwner(profile)
    guard !counts.isEmpty else { return nil }
    var notes: [String] = []
    if let owner {
      let authored = profile.papers.filter { !$0.authors.isEmpty }.count
      notes.append(
        "The profile names nobody; \(owner.label), on \(owner.count) of \(authored) papers, "
          + "is taken as its owner and left out.")
    }
    if profile.papers.contains(where: \.authorsTruncated) {
      notes.append("Shortened author lists count only the names given.")
    }
    return RankedCounts(
      rows: Array(counts.prefix(maximumRows + 2)), total: profile.papers.count,
      years: years(of: profile.papers, currentYear: currentYear), notes: notes)
  }

  /// The co-authors and, when the profile names nobody, the author taken as its owner and
  /// left out: the one on more than half of the papers that list authors.
  static func coauthorsAndOwner(_ profile: Profile) -> (
    rows: [(label: String, count: Int)], owner: (label: String, count: Int)?
  ) {
    let counts = coauthorCounts(profile)
    let named = ([profile.name] + profile.person.nameVariants).contains { name in
      !name.allSatisfy(\.isWhitespace)
    }
    let authored = profile.papers.filter { !$0.authors.isEmpty }.count
    guard !named, let first = counts.first, first.count * 2 > authored else {
      return (counts, nil)
    }
    return (Array(counts.dropFirst()), first)
  }

  /// Every co-author and their number of joint papers, most first, ties in order of first
  /// appearance; spellings of one name ("T. Weber", "Théophane Weber") count as one.
  static func coauthorCounts(_ profile: Profile) -> [(label: String, count: Int)] {
    let owners = ([profile.name] + profile.person.nameVariants).compactMap { PersonName($0) }
    var people: [(name: PersonName, label: String, count: Int)] = []
    // Only people of the same family name can match, so each family has its own list.
    var families: [String: [Int]] = [:]
    for paper in profile.papers {
      var seen: Set<Int> = []
      for author in paper.authors {
        guard let name = PersonName(author), !owners.contains(where: { $0.matches(name) })
        else { continue }
        let candidates = families[name.familyName] ?? []
        if let index = candidates.first(where: { people[$0].name.matches(name) }) {
          if seen.insert(index).inserted { people[index].count += 1 }
          // The fuller spelling labels the person.
          if author.count > people[index].label.count { people[index].label = author }
        } else {
          seen.insert(people.count)
          families[name.familyName, default: []].append(people.count)
          people.append((name, author, 1))
        }
      }
    }
    return people.enumerated()
      .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
      .map { (label: $0.element.label, count: $0.element.count) }
  }

  /// A note when the source declares an h-index that the papers listed do not give.
  static func hIndexNote(_ profile: Profile, computed: Int) -> String? {
    guard let declared = profile.metric(.hIndex), declared.value != Double(computed) else {
      return nil
    }
    return "The source declares an h-index of \(declared.formattedValue); "
      + "the papers listed give \(computed)."
  }

  /// Per-paper citation counts, largest first, and the years of the papers.
  static func rankedCitations(_ profile: Profile, currentYear: Int?) -> (
    counts: [Int], years: ClosedRange<Int>?
  )? {
    let papers = profile.papers.filter { $0.citations != nil }
    guard !papers.isEmpty else { return nil }
    let counts = papers.map { max(0, $0.citations!) }.sorted(by: >)
    return (counts, years(of: papers, currentYear: currentYear))
  }

  // MARK: Helpers

  /// Distinct names, most frequent first, ties in order of first appearance.
  static func ranked(_ names: [String]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for name in names {
      if counts[name] == nil { order.append(name) }
      counts[name, default: 0] += 1
    }
    return order.enumerated()
      .sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
      .map(\.element)
  }

  /// The first and last year of dated papers, not after the current year.
  static func years(of papers: [Paper], currentYear: Int?) -> ClosedRange<Int>? {
    let years = papers.compactMap(\.date?.year).filter { $0 <= (currentYear ?? Int.max) }
    guard let first = years.min(), let last = years.max() else { return nil }
    return first...last
  }

  /// What a caption names as the source of charts drawn from the papers.
  static func paperSource(_ profile: Profile) -> String {
    profile.papersSource ?? "profile"
  }
}
