import VitaModel

extension ProfileTextReader {
  /// One read of profile text: the bytes, the reader's place in them and what it found wrong.
  ///
  /// Reading keeps one line of look-ahead and nothing else, so memory stays proportional to
  /// the profile read, not to the file.
  struct Parser {
    /// The whole file.
    let bytes: [UInt8]
    /// The lines not read yet.
    private var lines: LineCursor
    /// The next line with text, once looked at.
    private var pending: Line?
    /// The problems found so far.
    var log: DiagnosticLog

    /// Creates a parser for text that starts at `start` and is known to be valid UTF-8.
    init(bytes: [UInt8], start: Int, log: DiagnosticLog) {
      self.bytes = bytes
      self.lines = LineCursor(bytes: bytes, start: start)
      self.log = log
    }

    /// Reads the whole text: the part above the papers, then the papers, then checks the
    /// announced count against what was read.
    mutating func readProfile() -> Profile {
      let head = readHead()
      let (papers, headerCount) = readPapers()
      // Affiliations stay empty: the layout derives organisations from the papers.
      let profile = Profile(
        name: head.name, primaryCategory: head.primaryCategory, metrics: head.metrics,
        announcedPaperCount: head.announcedPaperCount, papers: papers)

      if headerCount == 0 { log.report(.noPapers) }
      if let announced = head.announcedPaperCount, let line = head.headingLine,
        announced != papers.count
      {
        report(
          .countMismatch(announced: announced, read: papers.count), at: line,
          fieldPath: "announcedPaperCount")
      }
      return profile
    }

    /// The next line with text, left in place.
    mutating func peekLine() -> Line? {
      if pending == nil { pending = lines.nextContentLine() }
      return pending
    }

    /// The next line with text, taken.
    mutating func takeLine() -> Line? {
      let line = peekLine()
      pending = nil
      return line
    }

    /// Reports a problem on a line, at a byte offset in it (the start of its text unless
    /// given).
    mutating func report(
      _ problem: Problem, at line: Line, offset: Int? = nil, fieldPath: String? = nil
    ) {
      let column = ProfileTextReader.characterCount(bytes[line.lineStart..<(offset ?? line.start)])
      log.report(problem, line: line.number, column: column + 1, fieldPath: fieldPath)
    }

    /// The text of a range of bytes.
    func string(_ range: Range<Int>) -> String {
      String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of a field, cut to the longest a field may be, with a warning when it was.
    ///
    /// Only a field with more bytes than the limit can have more characters, so the
    /// characters are counted only then.
    mutating func field(
      _ text: String, byteCount: Int, name: String, line: Line, fieldPath: String
    ) -> String {
      guard byteCount > Limit.fieldLength, text.count > Limit.fieldLength else { return text }
      report(.fieldCut(field: name), at: line, fieldPath: fieldPath)
      return String(text.prefix(Limit.fieldLength))
    }

    /// The text of a whole line as a field.
    mutating func field(_ line: Line, name: String, fieldPath: String) -> String {
      field(
        string(line.start..<line.end), byteCount: line.length, name: name, line: line,
        fieldPath: fieldPath)
    }
  }
}
