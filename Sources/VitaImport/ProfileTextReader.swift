import VitaModel

/// Reads the text a user copies from a researcher's profile page into a ``Profile``.
///
/// The text holds, one item a line and with blank lines anywhere between them: the name; the
/// primary category code ("LG"); metrics, each a label glued to its number ("h-index117",
/// "10,768citations", "Novelty61%"); a heading that counts the papers ("16 Papers"); and the
/// papers. A paper is a header line, a category code glued to its date and, when its code is
/// public, to the word "Code" ("LGJul 20, 2021Code"); the title; the authors, with "et al."
/// when the list is cut and, after a middle dot, the organisations; and the abstract, which
/// may be missing.
///
/// Field paths in diagnostics count papers as the file lists them, from zero, so that
/// `papers[3]` is the fourth header line of the file even when an earlier paper was skipped.
public struct ProfileTextReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads profile text; never throws and never traps, whatever the bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents: UTF-8, with or without a byte-order mark, with any mix
  ///     of LF, CRLF and CR line ends.
  ///   - file: The file's name as the user gave it, copied into every diagnostic.
  /// - Returns: The profile, or `nil` when the bytes are not profile text at all, and every
  ///   problem found, in the order of the file.
  /// - Complexity: O(*n*) in the number of bytes.
  public func read(
    _ bytes: [UInt8], file: String? = nil
  ) -> (profile: Profile?, diagnostics: [Diagnostic]) {
    var log = DiagnosticLog(file: file)
    guard let start = textStart(of: bytes, log: &log) else { return (nil, log.diagnostics) }
    var parser = Parser(bytes: bytes, start: start, log: log)
    let profile = parser.readProfile()
    return (profile, parser.log.diagnostics)
  }

  /// Where the text starts once the bytes are known to be UTF-8 text with something in it,
  /// or `nil` after reporting why they are not.
  ///
  /// The cheap whole-file checks come first, so that a large or binary file is turned away
  /// before any line is looked at.
  func textStart(of bytes: [UInt8], log: inout DiagnosticLog) -> Int? {
    if bytes.count > Limit.fileSize {
      log.report(.fileTooLarge(byteCount: bytes.count))
      return nil
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      log.report(.utf16)
      return nil
    }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[start...].contains(where: { !Byte.isWhiteSpace($0) }) else {
      log.report(.emptyFile)
      return nil
    }

    // A NUL byte says "binary" better than the invalid UTF-8 that binary data also holds.
    let bad: (offset: Int, problem: Problem)
    if let offset = bytes[start...].firstIndex(of: 0) {
      bad = (offset, .binary)
    } else if let offset = Self.firstInvalidUTF8(in: bytes, from: start) {
      bad = (offset, .invalidUTF8(byte: bytes[offset]))
    } else {
      return start
    }
    let place = Self.location(of: bad.offset, in: bytes, from: start)
    log.report(bad.problem, line: place.line, column: place.column)
    return nil
  }

  /// The sizes past which the reader stops, so that absurd input costs neither time nor
  /// memory.
  enum Limit {
    /// The largest file read, in bytes: 10 MB.
    static let fileSize = 10 * 1_048_576
    /// The most papers read.
    static let papers = 100_000
    /// The most metrics kept.
    static let metrics = 1_000
    /// The longest text field, in characters; longer ones are cut.
    static let fieldLength = 100_000
    /// The longest paper header line, in bytes (all of a well-formed header is ASCII).
    static let headerLength = 64
    /// The most diagnostics listed one by one.
    static let diagnostics = 1_000
  }
}
