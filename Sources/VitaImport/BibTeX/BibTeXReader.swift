import VitaModel

/// Reads a BibTeX file into a ``Profile`` whose papers are the file's entries.
///
/// The reader parses BibTeX itself: entries delimited by braces or parentheses, values in
/// braces, quotes, numbers and macros, `@string` macros, `#` concatenation, the month macros,
/// `@comment` and `@preamble`. LaTeX in the values becomes Unicode text (see `LaTeXText`),
/// `crossref` fills a child's missing fields from its parent, and each entry becomes a
/// ``Paper``. The person's name is left empty unless one author is on every paper.
///
/// Field paths in diagnostics count entries as the file lists them, from zero, so that
/// `papers[3]` is the fourth entry of the file even when an earlier one was skipped.
public struct BibTeXReader: Sendable {
  /// The largest file read, in bytes: 32 MB.
  static let maximumFileSize = 32 * 1_048_576

  /// The year taken as now: a year after the next one is out of range.
  public var currentYear: Int?

  /// Creates a reader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear
  }

  /// Reads BibTeX; never throws and never traps, whatever the bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents: UTF-8 (with or without a byte-order mark), or Latin-1,
  ///     which is converted with a warning.
  ///   - file: The file's name as the user gave it, copied into every diagnostic.
  /// - Returns: The profile, or `nil` when the bytes are not BibTeX text at all, and every
  ///   problem found, in the order of the file.
  /// - Complexity: O(*n*) in the number of bytes, plus what macros add.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    var early: [Diagnostic] = []
    guard let text = Self.text(of: bytes, diagnostics: &early) else {
      return (nil, early.map { $0.inFile(file) })
    }

    var parser = BibTeXParser(bytes: text)
    parser.parse()
    var builder = BibTeXPapers(
      entries: parser.entries, positions: TextPositions(text),
      years: YearRange(currentYear: currentYear))
    let papers = builder.papers()

    // Entries are parsed first and turned into papers after: `finished` puts the problems of
    // both steps back in file order.
    var diagnostics = DiagnosticList()
    diagnostics.add(contentsOf: early)
    diagnostics.add(contentsOf: parser.diagnostics)
    diagnostics.add(contentsOf: builder.diagnostics)
    var profile = Profile(name: OwnerName.infer(from: papers) ?? "", papers: papers)
    if !papers.isEmpty { profile.papersSource = "BibTeX" }
    return (profile, diagnostics.finished(file: file))
  }

  /// The text as UTF-8 bytes without a byte-order mark, or `nil` after reporting why the
  /// bytes are not BibTeX text.
  static func text(of bytes: [UInt8], diagnostics: inout [Diagnostic]) -> [UInt8]? {
    if bytes.count > maximumFileSize {
      diagnostics.append(
        .error(
          "the file is larger than 32 MB",
          hint: "a bibliography is far smaller; check that "
            + "this is the right file"))
      return nil
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      diagnostics.append(.error("the file is UTF-16 text, not UTF-8", hint: "save it as UTF-8"))
      return nil
    }
    let text = Array(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...])
    guard text.contains(where: { !BibTeXParser.isSpace($0) }) else {
      diagnostics.append(.error("the file is empty"))
      return nil
    }
    if let offset = text.firstIndex(of: 0) {
      let place = TextPositions(text).location(of: offset)
      diagnostics.append(
        .error(
          "the file holds binary data (a NUL byte), not text", line: place.line,
          column: place.column, hint: "a BibTeX file is text, saved as UTF-8"))
      return nil
    }
    guard let offset = ProfileTextReader.firstInvalidUTF8(in: text, from: 0) else { return text }

    // Bytes that are not UTF-8 are most often Latin-1, which maps byte for byte to Unicode.
    let place = TextPositions(text).location(of: offset)
    diagnostics.append(
      .warning(
        "the file is not UTF-8; it was read as Latin-1", line: place.line, column: place.column,
        hint: "save the file as UTF-8"))
    var converted: [UInt8] = []
    converted.reserveCapacity(text.count + text.count / 8)
    for byte in text {
      if byte < 0x80 {
        converted.append(byte)
      } else {
        converted.append(0xC0 | byte >> 6)
        converted.append(0x80 | byte & 0x3F)
      }
    }
    return converted
  }
}

/// Finds whose profile a list of papers is: the one author on every paper.
enum OwnerName {
  /// The name printed identically on every paper, when there are two papers or more and
  /// exactly one such name.
  static func infer(from papers: [Paper]) -> String? {
    guard papers.count >= 2 else { return nil }
    var common = Set(papers[0].authors)
    for paper in papers.dropFirst() {
      common.formIntersection(paper.authors)
      if common.isEmpty { return nil }
    }
    return common.count == 1 ? common.first : nil
  }
}
