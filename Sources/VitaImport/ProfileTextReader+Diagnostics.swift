import VitaModel

extension ProfileTextReader {
  /// Something wrong with profile text, before it has a place in the file.
  ///
  /// Every message and hint the reader can give is written here, so that the wording stays
  /// consistent: a lower-case start, no final full stop, quotes around text from the file.
  enum Problem: Hashable {
    case emptyFile
    case fileTooLarge(byteCount: Int)
    case utf16
    case binary
    case invalidUTF8(byte: UInt8)
    case missingName
    case lineNotUnderstood
    case secondHeading
    case unknownCategory(code: String)
    case tooManyMetrics
    case headerTooLong
    case missingTitle
    case missingAuthors
    case unreadableDate(date: String, reason: String)
    case textAfterDate(text: String)
    case abstractJoined
    case emptyListItem(what: String)
    case fieldCut(field: String)
    case tooManyPapers
    case noPapers
    case countMismatch(announced: Int, read: Int)
    case unlisted(count: Int)

    /// Whether the problem loses a paper or the profile (an error) or only guesses or drops a
    /// detail (a warning).
    var severity: Diagnostic.Severity {
      switch self {
      case .emptyFile, .fileTooLarge, .utf16, .binary, .invalidUTF8, .missingName,
        .headerTooLong, .missingTitle, .missingAuthors, .unreadableDate, .tooManyPapers:
        return .error
      case .lineNotUnderstood, .secondHeading, .unknownCategory, .tooManyMetrics,
        .textAfterDate, .abstractJoined, .emptyListItem, .fieldCut, .noPapers, .countMismatch,
        .unlisted:
        return .warning
      }
    }

    /// What is wrong, as one sentence without a final full stop.
    var message: String {
      switch self {
      case .emptyFile: "the file is empty"
      case .fileTooLarge(let count): "the file is larger than 10 MB (\(Self.grouped(count)) bytes)"
      case .utf16: "the file is UTF-16 text, not UTF-8"
      case .binary: "the file holds binary data (a NUL byte), not text"
      case .invalidUTF8(let byte): "invalid UTF-8 byte 0x\(Self.hexadecimal(byte))"
      case .missingName: "the profile has no name"
      case .lineNotUnderstood: "this line was not understood and was skipped"
      case .secondHeading: "a second paper-count heading was ignored"
      case .unknownCategory(let code): "unknown category \"\(code)\""
      case .tooManyMetrics:
        "more than \(Self.grouped(Limit.metrics)) metrics; the rest were ignored"
      case .headerTooLong:
        "the paper header is longer than \(Limit.headerLength) characters; the paper was skipped"
      case .missingTitle: "the paper has no title and was skipped"
      case .missingAuthors: "the paper has no authors and was skipped"
      case .unreadableDate(let date, let reason): "cannot read the date \"\(date)\": \(reason)"
      case .textAfterDate(let text): "ignored \"\(text)\" after the date"
      case .abstractJoined: "the abstract runs over several lines, which were joined"
      case .emptyListItem(let what): "an empty \(what) was dropped"
      case .fieldCut(let field):
        "the \(field) is longer than \(Self.grouped(Limit.fieldLength)) characters and was cut"
      case .tooManyPapers:
        "more than \(Self.grouped(Limit.papers)) papers; the rest were not read"
      case .noPapers: "no papers were found"
      case .countMismatch(let announced, let read):
        "the heading announces \(announced) \(papers(announced)), but \(read) "
          + (read == 1 ? "was read" : "were read")
      case .unlisted(let count): "\(Self.grouped(count)) more \(problems(count)) not listed"
      }
    }

    /// What the user can do about it, when there is something to say.
    var hint: String? {
      switch self {
      case .fileTooLarge: "a profile's text is far smaller; check that this is the right file"
      case .utf16, .invalidUTF8: "save the file as UTF-8"
      case .binary: "a profile is the text of a profile page, saved as UTF-8"
      case .missingName: "the first line of a profile is the researcher's name"
      case .lineNotUnderstood:
        "before the papers come the name, the category (\"LG\"), metrics (\"h-index117\") "
          + "and a heading (\"16 Papers\")"
      case .unknownCategory: "the category keeps its code as its name"
      case .headerTooLong: "a header is a category glued to a date, such as \"LGJul 31, 2024\""
      case .missingTitle, .missingAuthors:
        "a paper is a header line, then its title, its authors and its abstract"
      case .unreadableDate: "write dates like \"Jul 31, 2024\""
      case .textAfterDate: "only \"Code\" may follow the date"
      case .noPapers: "a paper starts with a header line such as \"LGJul 31, 2024\""
      default: nil
      }
    }

    private func papers(_ count: Int) -> String { count == 1 ? "paper" : "papers" }
    private func problems(_ count: Int) -> String {
      count == 1 ? "problem was" : "problems were"
    }
  }

  /// The diagnostics of one read, in the order they were found, at most a thousand of them.
  ///
  /// A file of garbage could otherwise give a diagnostic per line; past the limit, the rest
  /// are only counted and summed up by one last diagnostic, an error if any of them was.
  struct DiagnosticLog {
    /// The file name every diagnostic carries.
    let file: String?
    private var listed: [Diagnostic] = []
    private var unlistedCount = 0
    private var unlistedSeverity = Diagnostic.Severity.warning

    /// Creates an empty log for a file.
    init(file: String?) {
      self.file = file
    }

    /// Adds a problem at a place in the file.
    mutating func report(
      _ problem: Problem, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil
    ) {
      guard listed.count < Limit.diagnostics else {
        unlistedCount += 1
        unlistedSeverity = max(unlistedSeverity, problem.severity)
        return
      }
      listed.append(
        Diagnostic(
          problem.severity, problem.message, file: file, line: line, column: column,
          fieldPath: fieldPath, hint: problem.hint))
    }

    /// The diagnostics, with the summary of those left unlisted last.
    var diagnostics: [Diagnostic] {
      guard unlistedCount > 0 else { return listed }
      let summary = Problem.unlisted(count: unlistedCount)
      return listed + [Diagnostic(unlistedSeverity, summary.message, file: file)]
    }
  }
}

extension ProfileTextReader.Problem {
  /// An integer with commas between groups of three digits, as messages print counts.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var text = number < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  /// A byte as two upper-case hexadecimal digits.
  static func hexadecimal(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
