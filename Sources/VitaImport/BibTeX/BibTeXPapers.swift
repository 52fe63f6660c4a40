import VitaModel

/// Turns parsed entries into papers: inherits `crossref` fields, maps entry types to kinds and
/// fields to the paper's parts, and reports what cannot be used.
struct BibTeXPapers {
  private let entries: [BibTeXEntry]
  private let positions: TextPositions
  /// The years a date may name.
  private let years: YearRange
  /// Each entry's index by lower-case key; the first of duplicates wins.
  private var byKey: [String: Int] = [:]
  /// The problems found, each with its place.
  private(set) var diagnostics = DiagnosticList()

  /// Creates a builder over the entries of one file.
  init(entries: [BibTeXEntry], positions: TextPositions, years: YearRange) {
    self.entries = entries
    self.positions = positions
    self.years = years
  }

  /// The papers, in file order.
  mutating func papers() -> [Paper] {
    var skipped = Set<Int>()
    for (index, entry) in entries.enumerated() where !entry.key.isEmpty {
      let key = entry.key.lowercased()
      if let first = byKey[key] {
        let place = positions.location(of: entries[first].offset)
        report(
          .warning, "duplicate key '\(entry.key)'; this entry was skipped", at: entry.offset,
          fieldPath: "papers[\(index)]",
          hint: "the first entry with this key is at line \(place.line), column \(place.column)")
        skipped.insert(index)
      } else {
        byKey[key] = index
      }
    }
    let parents = crossrefTargets()

    var papers: [Paper] = []
    for (index, entry) in entries.enumerated() where !skipped.contains(index) {
      // A volume that others inherit from is their container, not a paper of its own.
      if parents.contains(index), entry.type == "proceedings" { continue }
      if let paper = paper(from: inherited(entry, path: "papers[\(index)]"), index: index) {
        papers.append(paper)
      }
    }
    return papers
  }

  // MARK: Crossref

  /// The indexes of entries that another entry names in `crossref`.
  private func crossrefTargets() -> Set<Int> {
    var targets = Set<Int>()
    for entry in entries {
      if let key = entry.value("crossref"), let target = byKey[key.trimmingBlanks().lowercased()] {
        targets.insert(target)
      }
    }
    return targets
  }

  /// The entry with the fields it lacks taken from the entry its `crossref` names; the
  /// parent's title becomes the child's `booktitle`.
  private mutating func inherited(_ entry: BibTeXEntry, path: String) -> BibTeXEntry {
    guard let field = entry.field("crossref") else { return entry }
    let key = field.value.trimmingBlanks()
    guard let parentIndex = byKey[key.lowercased()] else {
      report(
        .warning, "crossref '\(key)' names no entry in this file", at: field.offset,
        fieldPath: path + ".crossref", hint: "the fields it would give are missing")
      return entry
    }
    var child = entry
    for parentField in entries[parentIndex].fields where parentField.name != "crossref" {
      if child.field(parentField.name) == nil { child.fields.append(parentField) }
      if parentField.name == "title", child.field("booktitle") == nil {
        child.fields.append(
          BibTeXEntry.Field(
            name: "booktitle", value: parentField.value,
            offset: parentField.offset))
      }
    }
    return child
  }

  // MARK: Papers

  /// The paper an entry describes, or `nil` after reporting why it has none.
  private mutating func paper(from entry: BibTeXEntry, index: Int) -> Paper? {
    let path = "papers[\(index)]"
    let title = entry.value("title").map(LaTeXText.plain) ?? ""
    guard !title.isEmpty else {
      let name = entry.key.isEmpty ? "the entry" : "the entry '\(entry.key)'"
      report(
        .error, "\(name) has no title and was skipped", at: entry.offset,
        fieldPath: path + ".title", hint: "add 'title = {…}'")
      return nil
    }

    let line = positions.line(of: entry.offset)
    var paper = Paper(title: title, sourceLine: line)
    if let authors = entry.value("author") {
      (paper.authors, paper.authorsTruncated) = BibTeXNames.split(authors)
    }
    paper.date = date(of: entry, path: path + ".date")
    paper.kind = kind(of: entry)
    paper.venue = venue(of: entry)
    paper.doi = entry.value("doi").map(Self.doi).flatMap(nonEmpty)
    paper.url = entry.value("url").map(LaTeXText.verbatim).flatMap(nonEmpty)
    paper.arXiv = Self.arXivIdentifier(of: entry)
    if let code = entry.value("code").map(LaTeXText.verbatim).flatMap(nonEmpty) {
      paper.codeURL = code
      paper.hasCode = true
    }
    if let abstract = entry.value("abstract").map(LaTeXText.plain).flatMap(nonEmpty) {
      paper.abstract = Prose(detectingLinksIn: abstract)
    }
    if let note = entry.value("note").map(LaTeXText.plain).flatMap(nonEmpty) {
      paper.notes = [note]
    }
    return paper
  }

  /// The kind an entry type stands for; `misc` is a preprint when it has an arXiv identifier.
  private func kind(of entry: BibTeXEntry) -> Paper.Kind {
    switch entry.type {
    case "article":
      let journal = entry.value("journal").map(LaTeXText.plain)?.lowercased() ?? ""
      return journal.hasPrefix("arxiv") ? .preprint : .article
    case "inproceedings", "conference": return .conference
    case "phdthesis", "mastersthesis", "thesis": return .thesis
    case "book", "proceedings", "mvbook", "collection": return .book
    case "incollection", "inbook", "bookinbook": return .chapter
    case "techreport", "report": return .report
    case "misc", "online", "unpublished", "preprint":
      return Self.arXivIdentifier(of: entry) != nil ? .preprint : .other
    default: return .other
    }
  }

  /// Where the paper appeared: the journal or the proceedings; for a thesis the school, for
  /// a report the institution, for a book the publisher.
  private func venue(of entry: BibTeXEntry) -> String? {
    let fields = ["journal", "journaltitle", "booktitle", "school", "institution", "publisher"]
    for name in fields {
      if let value = entry.value(name).map(LaTeXText.plain), !value.isEmpty { return value }
    }
    return nil
  }

  /// The date from `year` and `month`, or from biblatex's `date` (`2024-07-31`).
  private mutating func date(of entry: BibTeXEntry, path: String) -> PaperDate? {
    if entry.field("year") == nil, let field = entry.field("date") {
      let parts = LaTeXText.plain(field.value).split(separator: "-").map { Int($0) }
      guard let year = parts.first ?? nil, years.contains(year) else {
        report(
          .warning, "cannot read the date '\(field.value)'", at: field.offset,
          fieldPath: path, hint: "write dates like '2024-07-31'; \(years.phrase)")
        return nil
      }
      let month = parts.count > 1 ? parts[1].flatMap { (1...12).contains($0) ? $0 : nil } : nil
      let day = parts.count > 2 ? parts[2].flatMap { (1...31).contains($0) ? $0 : nil } : nil
      return PaperDate(year: year, month: month, day: day)
    }

    guard let field = entry.field("year") else { return nil }
    let text = LaTeXText.plain(field.value)
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, let year = Int(digits) else {
      report(
        .warning, "cannot read the year '\(text)'", at: field.offset, fieldPath: path,
        hint: "write the year as four digits, such as 'year = {2024}'")
      return nil
    }
    guard years.contains(year) else {
      report(
        .warning, "the year \(year) is out of range; the paper is kept without a date",
        at: field.offset, fieldPath: path, hint: years.phrase)
      return nil
    }
    if digits.count != text.count {
      report(.warning, "read the year '\(text)' as \(year)", at: field.offset, fieldPath: path)
    }
    return PaperDate(year: year, month: month(of: entry, path: path))
  }

  /// The month from a name ("July", "jul"), a macro or a number; `nil` when there is none.
  private mutating func month(of entry: BibTeXEntry, path: String) -> Int? {
    guard let field = entry.field("month") else { return nil }
    let text = LaTeXText.plain(field.value).lowercased()
    if let number = Int(text), (1...12).contains(number) { return number }
    let names = BibTeXParser.monthMacros.sorted { $0.key < $1.key }
    let word = text.hasSuffix(".") ? String(text.dropLast()) : text
    if word.count >= 3 {
      for (macro, name) in names where name.lowercased().hasPrefix(word) {
        return Self.monthNumbers[macro]
      }
    }
    report(
      .warning, "cannot read the month '\(text)'", at: field.offset, fieldPath: path,
      hint: "write a month as a name ('jul', 'July') or a number from 1 to 12")
    return nil
  }

  private static let monthNumbers: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  // MARK: Identifiers

  /// A DOI without a resolver prefix.
  private static func doi(_ value: String) -> String {
    let text = LaTeXText.verbatim(value)
    for prefix in [
      "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
      "http://dx.doi.org/", "doi:",
    ]
    where text.lowercased().hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }

  /// The arXiv identifier: `eprint` when the archive is arXiv, al-folio's `arxiv` field, or
  /// the identifier in a journal such as "arXiv preprint arXiv:2101.00001".
  static func arXivIdentifier(of entry: BibTeXEntry) -> String? {
    if let value = entry.value("arxiv").map(LaTeXText.verbatim), !value.isEmpty {
      return withoutArXivPrefix(value)
    }
    let archive = (entry.value("archiveprefix") ?? entry.value("eprinttype")).map {
      LaTeXText.plain($0).lowercased()
    }
    if archive == "arxiv", let value = entry.value("eprint").map(LaTeXText.verbatim),
      !value.isEmpty
    {
      return withoutArXivPrefix(value)
    }
    for name in ["journal", "howpublished", "note"] {
      guard let text = entry.value(name).map(LaTeXText.plain) else { continue }
      let bytes = Array(text.utf8)
      let pattern = Array("arxiv:".utf8)
      guard
        let start = bytes.indices.first(where: { start in
          start + pattern.count <= bytes.count
            && pattern.indices.allSatisfy { bytes[start + $0] | 0x20 == pattern[$0] | 0x20 }
        })
      else { continue }
      let identifier = bytes[(start + pattern.count)...].prefix {
        $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ";")
      }
      if !identifier.isEmpty { return String(decoding: identifier, as: UTF8.self) }
    }
    return nil
  }

  private static func withoutArXivPrefix(_ value: String) -> String {
    value.lowercased().hasPrefix("arxiv:") ? String(value.dropFirst(6)) : value
  }

  // MARK: Diagnostics

  private mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, at offset: Int, fieldPath: String,
    hint: String? = nil
  ) {
    diagnostics.add(severity) {
      let place = positions.location(of: offset)
      return Diagnostic(
        severity, message, line: place.line, column: place.column, fieldPath: fieldPath,
        hint: hint)
    }
  }
}

private func nonEmpty(_ text: String) -> String? {
  text.isEmpty ? nil : text
}
