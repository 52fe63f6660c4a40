import VitaModel

/// Reads a Google Scholar author page in the JSON shape SerpApi gives it into a ``Profile``.
///
/// The file holds some of: `author` (name, affiliations, interests, website), `cited_by`
/// with its `table` (citations, h-index and i10-index, all time and since a year) and its
/// `graph` (citations per year), and `articles`. Exports that put `table` and `graph` at the
/// top, without `cited_by`, read the same. Field paths in diagnostics are the paths in the
/// file, such as `articles[4].cited_by`.
public struct ScholarReader: Sendable {
  /// The most articles read.
  static let maximumArticles = 100_000

  /// The year taken as now: a year after the next one is out of range.
  public var currentYear: Int?

  /// Creates a reader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear
  }

  /// Reads a Scholar export; never throws and never traps, whatever the bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, JSON in UTF-8.
  ///   - file: The file's name as the user gave it, copied into every diagnostic.
  /// - Returns: The profile, or `nil` when the bytes are not JSON or not a Scholar export,
  ///   and every problem found, in the order they were found.
  /// - Complexity: O(*n*) in the number of bytes.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    read(parsed: YAMLReader.parse(bytes, file: file), file: file)
  }

  /// Reads a tree the loader has parsed already, with the parser's diagnostics.
  func read(parsed: YAMLReader.Parsed, file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    JSONFields.readExport(parsed, file: file, currentYear: currentYear) { root, fields in
      Self.profile(from: root, fields: &fields)
    }
  }

  /// The profile an export holds.
  static func profile(from root: YAMLNode, fields: inout JSONFields) -> Profile? {
    let known = ["author", "cited_by", "table", "graph", "articles"]
    guard root.mapping != nil, known.contains(where: { root[$0] != nil }) else {
      fields.report(
        root.error(
          "the file is not a Google Scholar author export", fieldPath: nil,
          hint: "a SerpApi Google Scholar author result has 'author', 'cited_by' and 'articles'"))
      return nil
    }

    var profile = Profile(name: "")
    if let author = fields.object(root["author"], "author") {
      readAuthor(author, into: &profile, fields: &fields)
    }
    let metadata = fields.object(root["search_parameters"], "search_parameters")
    if let id = fields.string(metadata?["author_id"], "search_parameters.author_id"),
      !id.isEmpty
    {
      profile.person.scholar = "https://scholar.google.com/citations?user=" + id
    }

    let citedBy = fields.object(root["cited_by"], "cited_by")
    let prefix = citedBy == nil ? "" : "cited_by."
    profile.metrics = metrics(
      (citedBy ?? root)["table"], path: prefix + "table", fields: &fields)
    profile.citationHistory = history(
      (citedBy ?? root)["graph"], path: prefix + "graph", root: root, fields: &fields)
    profile.papers = articles(root["articles"], fields: &fields)
    if !profile.papers.isEmpty { profile.papersSource = "Google Scholar" }
    return profile
  }

  /// The name, the affiliation line, the home page and, as the primary field, the first
  /// interest.
  private static func readAuthor(
    _ author: YAMLNode, into profile: inout Profile, fields: inout JSONFields
  ) {
    profile.name = fields.string(author["name"], "author.name")?.trimmingBlanks() ?? ""
    if let line = fields.string(author["affiliations"], "author.affiliations")?.trimmingBlanks(),
      !line.isEmpty
    {
      profile.person.affiliations = [Affiliation(name: line)]
    }
    if let website = fields.string(author["website"], "author.website"), !website.isEmpty {
      profile.person.homepage = website
    }
    let interests = fields.list(author["interests"], "author.interests") ?? []
    if let first = interests.first,
      let title = fields.string(first["title"], "author.interests[0].title"), !title.isEmpty
    {
      profile.primaryCategory = Category(code: title, name: title)
    }
  }

  /// The table's figures: all-time ones as the typed metrics, "since" ones by their label,
  /// such as "citations since 2020".
  private static func metrics(_ node: YAMLNode?, path: String, fields: inout JSONFields)
    -> [Metric]
  {
    var metrics: [Metric] = []
    for (index, row) in (fields.list(node, path) ?? []).enumerated() {
      for pair in row.mapping ?? [] {
        guard let key = pair.key.scalar else { continue }
        let (kind, label) = metricName(key)
        let rowPath = "\(path)[\(index)].\(key)"
        for cell in fields.object(pair.value, rowPath)?.mapping ?? [] {
          guard let period = cell.key.scalar,
            let value = fields.count(cell.value, rowPath + "." + period)
          else { continue }
          if period == "all" {
            metrics.append(Metric(kind: kind, label: label, value: Double(value), unit: .count))
          } else {
            let since = period.hasPrefix("since_") ? "since " + period.dropFirst(6) : period
            metrics.append(
              Metric(kind: .other, label: "\(label) \(since)", value: Double(value), unit: .count)
            )
          }
        }
      }
    }
    return metrics
  }

  private static func metricName(_ key: String) -> (Metric.Kind, String) {
    switch key {
    case "citations": (.citationCount, "citations")
    case "h_index": (.hIndex, "h-index")
    case "i10_index": (.i10Index, "i10-index")
    default: (.other, key.replacingUnderscores())
    }
  }

  /// The graph's citations per year; the year of the search, or else the graph's last year,
  /// is marked incomplete.
  private static func history(
    _ node: YAMLNode?, path: String, root: YAMLNode, fields: inout JSONFields
  ) -> CitationHistory {
    var counts: [Int: Int] = [:]
    for (index, point) in (fields.list(node, path) ?? []).enumerated() {
      let pointPath = "\(path)[\(index)]"
      guard let year = fields.year(point["year"], pointPath + ".year"),
        let count = fields.count(point["citations"], pointPath + ".citations")
      else { continue }
      if counts[year] == nil { counts[year] = count }
    }
    guard !counts.isEmpty else { return CitationHistory() }
    let created = root["search_metadata"]?["created_at"]?.string
    let searchYear = created.flatMap { $0.utf8.count >= 4 ? Int($0.prefix(4)) : nil }
    return CitationYears.history(
      counts, source: "Google Scholar", partialYear: searchYear ?? counts.keys.max())
  }
}

extension String {
  /// The text with underscores as spaces: `h_index` becomes `h index`.
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
