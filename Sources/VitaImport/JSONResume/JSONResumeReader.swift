import VitaModel

/// Reads a JSON Resume (jsonresume.org, schema v1) into a ``Profile``.
///
/// `basics` gives the person (name, email, home page, profiles as links); `work` becomes
/// positions, `volunteer` service, `education` education, `awards` awards, and
/// `publications` papers, with their publisher as venue and their summary as abstract.
/// What a CV of Vita's has no place for (skills, languages, interests, references,
/// projects) is left out with one warning each. Field paths in diagnostics are the paths in
/// the file, such as `work[2].startDate`.
public struct JSONResumeReader: Sendable {
  /// The most entries read from one list.
  static let maximumEntries = 10_000

  /// The year taken as now: a year after the next one is out of range.
  public var currentYear: Int?

  /// Creates a reader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear
  }

  /// Reads a JSON Resume; never throws and never traps, whatever the bytes.
  ///
  /// - Returns: The profile, or `nil` when the bytes are not JSON or not a resume, and
  ///   every problem found.
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

  /// The sections a CV of Vita's has no place for.
  static let unusedSections = ["skills", "languages", "interests", "references", "projects"]

  /// The profile a resume holds.
  static func profile(from root: YAMLNode, fields: inout JSONFields) -> Profile? {
    guard root.mapping != nil, let basics = fields.object(root["basics"], "basics") else {
      fields.report(
        root.error(
          "the file is not a JSON Resume", fieldPath: nil,
          hint: "a JSON Resume has 'basics' with the person's 'name'"))
      return nil
    }
    var profile = Profile(name: fields.string(basics["name"], "basics.name") ?? "")
    readBasics(basics, into: &profile.person, fields: &fields)

    let sections: [(key: String, kind: CVSection.Kind, read: Reader)] = [
      ("work", .positions, position), ("volunteer", .service, volunteering),
      ("education", .education, degree), ("awards", .awards, award),
    ]
    for (key, kind, read) in sections {
      let entries = list(root[key], key, fields: &fields).compactMap { item, path in
        read(item, path, &fields)
      }
      if !entries.isEmpty { profile.sections.append(CVSection(kind: kind, entries: entries)) }
    }
    profile.papers = list(root["publications"], "publications", fields: &fields)
      .compactMap { item, path in publication(item, path: path, fields: &fields) }
    if !profile.papers.isEmpty { profile.papersSource = "JSON Resume" }

    for key in unusedSections {
      guard let node = root[key], !(node.sequence?.isEmpty ?? false) else { continue }
      fields.report(
        node.warning(
          "'\(key)' has no place in a CV of Vita's and was left out", fieldPath: key))
    }
    return profile
  }

  /// Reads one entry of a section, or `nil` when it has nothing to show.
  typealias Reader = (YAMLNode, String, inout JSONFields) -> CVEntry?

  /// The items of a list with their paths, at most `maximumEntries`.
  private static func list(_ node: YAMLNode?, _ key: String, fields: inout JSONFields)
    -> [(YAMLNode, String)]
  {
    let items = fields.list(node, key) ?? []
    if items.count > maximumEntries {
      fields.report(
        items[maximumEntries].warning(
          "more than 10,000 entries; the rest were not read", fieldPath: key))
    }
    return items.prefix(maximumEntries).enumerated().map { ($0.element, "\(key)[\($0.offset)]") }
  }

  /// Name, email, home page, and each profile with an address as a link.
  private static func readBasics(
    _ basics: YAMLNode, into person: inout Person, fields: inout JSONFields
  ) {
    person.email = nonEmpty(fields.string(basics["email"], "basics.email"))
    person.homepage = nonEmpty(fields.string(basics["url"], "basics.url"))
    for (item, path) in list(basics["profiles"], "basics.profiles", fields: &fields) {
      guard let url = nonEmpty(fields.string(item["url"], path + ".url")) else { continue }
      let network = nonEmpty(fields.string(item["network"], path + ".network"))
      person.links.append(LabeledLink(label: network ?? shortAddress(url), url: url))
    }
  }

  private static func position(_ item: YAMLNode, _ path: String, _ fields: inout JSONFields)
    -> CVEntry?
  {
    entry(
      item, path, title: "position", organisation: "name", place: "location",
      details: ["summary"], lists: ["highlights"], fields: &fields)
  }

  private static func volunteering(
    _ item: YAMLNode, _ path: String, _ fields: inout JSONFields
  ) -> CVEntry? {
    entry(
      item, path, title: "position", organisation: "organization", place: nil,
      details: ["summary"], lists: ["highlights"], fields: &fields)
  }

  /// A degree: "Bachelor in Information Technology" at the institution.
  private static func degree(_ item: YAMLNode, _ path: String, _ fields: inout JSONFields)
    -> CVEntry?
  {
    let kind = nonEmpty(fields.string(item["studyType"], path + ".studyType"))
    let area = nonEmpty(fields.string(item["area"], path + ".area"))
    let title = [kind, area].compactMap { $0 }.joined(separator: " in ")
    // Read with the institution as its title, then the degree put in front of it.
    guard
      var degree = entry(
        item, path, title: nil, organisation: "institution", place: nil, details: [],
        lists: ["courses"], fields: &fields)
    else {
      return title.isEmpty ? nil : CVEntry(title: title)
    }
    if !title.isEmpty {
      degree.organisation = degree.title
      degree.title = title
    }
    if let score = nonEmpty(fields.string(item["score"], path + ".score")) {
      degree.details.insert("Score: \(score)", at: 0)
    }
    return degree
  }

  private static func award(_ item: YAMLNode, _ path: String, _ fields: inout JSONFields)
    -> CVEntry?
  {
    var read = entry(
      item, path, title: "title", organisation: "awarder", place: nil, details: ["summary"],
      lists: [], fields: &fields)
    read?.start = date(item["date"], path + ".date", fields: &fields)
    return read
  }

  /// An entry from the keys a section names: its title, organisation, place, the dates
  /// `startDate` and `endDate` (an entry with a start and no end is ongoing), and details
  /// from text fields and lists of text. `nil` when it has no title and no organisation.
  private static func entry(
    _ item: YAMLNode, _ path: String, title: String?, organisation: String?, place: String?,
    details: [String], lists: [String], fields: inout JSONFields
  ) -> CVEntry? {
    func text(_ key: String?) -> String? {
      key.flatMap { nonEmpty(fields.string(item[$0], path + "." + $0)) }
    }
    guard fields.object(item, path) != nil else { return nil }
    let heading = text(title)
    let place = text(place)
    let organisation = text(organisation)
    guard let shown = heading ?? organisation else { return nil }
    var entry = CVEntry(
      title: shown, organisation: heading == nil ? nil : organisation, place: place)
    entry.start = date(item["startDate"], path + ".startDate", fields: &fields)
    entry.end = date(item["endDate"], path + ".endDate", fields: &fields)
    entry.ongoing = entry.start != nil && item["endDate"].map(\.isNull) ?? true
    entry.details = details.compactMap(text)
    for key in lists {
      let items = fields.list(item[key], path + "." + key) ?? []
      entry.details += items.enumerated().compactMap { index, line in
        nonEmpty(fields.string(line, "\(path).\(key)[\(index)]"))
      }
    }
    return entry
  }

  /// A publication as a paper: name, publisher as venue, release date, address, summary.
  private static func publication(_ item: YAMLNode, path: String, fields: inout JSONFields)
    -> Paper?
  {
    guard fields.object(item, path) != nil,
      let title = nonEmpty(fields.string(item["name"], path + ".name"))
    else { return nil }
    var paper = Paper(title: title)
    paper.venue = nonEmpty(fields.string(item["publisher"], path + ".publisher"))
    paper.date = date(item["releaseDate"], path + ".releaseDate", fields: &fields)
    paper.url = nonEmpty(fields.string(item["url"], path + ".url"))
    if let summary = nonEmpty(fields.string(item["summary"], path + ".summary")) {
      paper.abstract = Prose(detectingLinksIn: summary)
    }
    return paper
  }

  /// A date written `2014-12-01`, `2014-12` or `2014`; `nil` with a warning otherwise.
  private static func date(_ node: YAMLNode?, _ path: String, fields: inout JSONFields)
    -> PaperDate?
  {
    guard let text = nonEmpty(fields.string(node, path)), let node else { return nil }
    guard let date = ProfileDocumentReader.Reading.parseDate(Substring(text)) else {
      fields.report(
        node.warning(
          "cannot read the date '\(text.prefix(40))'; it was left out", fieldPath: path,
          hint: "JSON Resume writes dates like '2014-12-01'"))
      return nil
    }
    guard fields.years.contains(date.year) else {
      fields.report(
        node.warning(
          "the year \(date.year) is out of range; the date was left out", fieldPath: path,
          hint: fields.years.phrase))
      return nil
    }
    return date
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
  }

  private static func shortAddress(_ url: String) -> String {
    for scheme in ["https://", "http://"] where url.hasPrefix(scheme) {
      return String(url.dropFirst(scheme.count))
    }
    return url
  }
}
