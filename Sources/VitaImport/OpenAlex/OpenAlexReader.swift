import VitaModel

/// Reads what the OpenAlex API returns into a ``Profile``: an author record (`/authors/A…`),
/// a page of works (`/works?filter=…`, with `results`) or a single work (`/works/W…`).
///
/// An author gives the person, the declared metrics, the citations per year and the
/// affiliations; works give papers. The JSON goes through `YAMLReader`, so every diagnostic
/// has a line and a column; field paths are the paths in the file, such as
/// `results[3].cited_by_count`.
public struct OpenAlexReader: Sendable {
  /// The most works read from one page.
  static let maximumWorks = 100_000

  /// The year taken as now: a year after the next one is out of range.
  public var currentYear: Int?

  /// Creates a reader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear
  }

  /// Reads an OpenAlex record; never throws and never traps, whatever the bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, JSON in UTF-8.
  ///   - file: The file's name as the user gave it, copied into every diagnostic.
  /// - Returns: The profile, or `nil` when the bytes are not JSON or not an OpenAlex record,
  ///   and every problem found, in the order they were found.
  /// - Complexity: O(*n*) in the number of bytes, plus sorting each abstract's words.
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
      var profile = Self.profile(from: root, fields: &fields)
      if profile?.papers.isEmpty == false { profile?.papersSource = "OpenAlex" }
      return profile
    }
  }

  /// The profile a record holds, by what kind of record it is.
  static func profile(from root: YAMLNode, fields: inout JSONFields) -> Profile? {
    guard root.mapping != nil else {
      fields.report(
        root.wrongType(
          expected: "an OpenAlex author, work or page of works (a JSON object)", fieldPath: nil))
      return nil
    }
    if root["results"] != nil { return worksPage(root, fields: &fields) }
    let id = root["id"]?.string ?? ""
    if id.hasPrefix("https://openalex.org/A") || root["works_count"] != nil
      || root["summary_stats"] != nil
    {
      return author(root, fields: &fields)
    }
    if id.hasPrefix("https://openalex.org/W") || root["authorships"] != nil
      || root["publication_date"] != nil
    {
      let papers = work(root, path: nil, fields: &fields).map { [$0] } ?? []
      return Profile(name: "", papers: papers)
    }
    fields.report(
      root.error(
        "the file is not an OpenAlex author, work or page of works", fieldPath: nil,
        hint: "save what api.openalex.org/authors/A… or /works?filter=… returns"))
    return nil
  }

  /// A page of works: a profile whose papers are the page's `results`.
  private static func worksPage(_ root: YAMLNode, fields: inout JSONFields) -> Profile? {
    guard let results = fields.list(root["results"], "results") else { return nil }
    var papers: [Paper] = []
    for (index, item) in results.prefix(maximumWorks).enumerated() {
      if let paper = work(item, path: "results[\(index)]", fields: &fields) {
        papers.append(paper)
      }
    }
    if results.count > maximumWorks {
      fields.report(
        results[maximumWorks].error(
          "more than 100,000 works; the rest were not read", fieldPath: "results"))
    }
    return Profile(name: OwnerName.infer(from: papers) ?? "", papers: papers)
  }

  /// The year a record was last updated, which OpenAlex's counts for that year stop at.
  static func updatedYear(of record: YAMLNode) -> Int? {
    guard let date = record["updated_date"]?.string, date.utf8.count >= 4 else { return nil }
    return Int(date.prefix(4))
  }

  /// An identifier without its resolver: `https://orcid.org/0000-…` becomes `0000-…`.
  static func withoutPrefix(_ text: String, _ prefixes: [String]) -> String {
    for prefix in prefixes where text.lowercased().hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }
}
