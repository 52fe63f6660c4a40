import VitaModel

/// Splits BibTeX text into entries, expanding `@string` macros and joining `#` pieces.
///
/// The parser works on bytes with an index and counters, never recursion, so that deep
/// brace nesting costs nothing but a counter. A broken entry is reported and skipped: the
/// reading goes on at the next line that starts with `@`, so one run reports every broken
/// entry of a file.
struct BibTeXParser {
  /// Why an entry could not be read, and where the reading goes on.
  struct Failure: Error {
    var message: String
    /// The offset of the problem.
    var offset: Int
    var hint: String?
    /// The offset to go on from; `nil` for the next line that starts with `@`.
    var resume: Int?
  }

  /// The sizes past which the parser stops, so that absurd input costs neither time nor
  /// memory.
  enum Limit {
    /// The most entries read.
    static let entries = 100_000
    /// The most bytes that macros may add to the file's values in all, so that macros of
    /// macros cannot grow without end.
    static let macroExpansion = 16 * 1_048_576
  }

  /// The month macros every BibTeX style defines.
  static let monthMacros: [String: String] = [
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
  ]

  private let bytes: [UInt8]
  private let positions: TextPositions
  private var index = 0
  private var macros: [String: String] = [:]
  private var expandedBytes = 0
  /// The entries read, in file order.
  private(set) var entries: [BibTeXEntry] = []
  /// The problems found, in file order.
  private(set) var diagnostics = DiagnosticList()

  /// Creates a parser over UTF-8 text.
  init(bytes: [UInt8]) {
    self.bytes = bytes
    self.positions = TextPositions(bytes)
  }

  /// Reads the whole text.
  /// - Complexity: O(*n*) in the length of the text, plus what macros add.
  mutating func parse() {
    while index < bytes.count {
      let byte = bytes[index]
      if Self.isSpace(byte) {
        index += 1
      } else if byte == UInt8(ascii: "@") {
        guard entries.count < Limit.entries else {
          report(
            .error, "more than 100,000 entries; the rest were not read", at: index,
            hint: "split the bibliography into smaller files")
          return
        }
        readEntryOrRecover()
      } else if byte == UInt8(ascii: "%") {
        skipLine()
      } else {
        skipJunk()
      }
    }
  }

  // MARK: Entries

  /// Reads one entry; on failure reports it and moves to where the reading can go on.
  private mutating func readEntryOrRecover() {
    let start = index
    do {
      try readEntry()
    } catch {
      report(.error, error.message, at: error.offset, hint: error.hint)
      index = error.resume ?? nextLineStartingWithAt(after: start)
    }
  }

  private mutating func readEntry() throws(Failure) {
    let start = index
    index += 1
    skipSpace()
    let type = readName().lowercased()
    guard !type.isEmpty else {
      throw failure(
        "'@' is not followed by an entry type", at: start, resume: start + 1,
        hint: "an entry starts like '@article{key,'")
    }
    if type == "comment" {
      skipComment()
      return
    }

    let typeEnd = index
    skipSpace()
    guard index < bytes.count,
      bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "(")
    else {
      throw failure(
        "expected '{' or '(' after '@\(type)'", at: typeEnd, hint: "write '@\(type){key, …}'")
    }
    let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
    index += 1

    switch type {
    case "preamble":
      _ = try readValue(of: "preamble")
      try expectClose(close, of: "@preamble")
    case "string":
      try readMacro(close: close)
    default:
      try readFields(type: type, start: start, close: close)
    }
  }

  /// Reads `key, name = value, …` up to the closing delimiter.
  private mutating func readFields(type: String, start: Int, close: UInt8) throws(Failure) {
    skipSpace()
    let keyStart = index
    var entry = BibTeXEntry(type: type, key: readKey(close: close), offset: start)
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
      index = keyStart
      entry.key = ""
      report(
        .warning, "the entry has no citation key", at: keyStart,
        hint: "a key follows the brace: '@\(type){key, title = …}'")
    } else if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
      index += 1
    } else if index < bytes.count, bytes[index] != close {
      throw failure("expected ',' after the key '\(entry.key)'", at: index)
    }

    while true {
      skipSpace()
      guard index < bytes.count, !isEntryStart(at: index) else {
        reportUnclosed(entry, close: close)
        entries.append(entry)
        return
      }
      if bytes[index] == close {
        index += 1
        entries.append(entry)
        return
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try readField(into: &entry, close: close)
    }
  }

  /// Reads one `name = value` pair and what follows it.
  private mutating func readField(into entry: inout BibTeXEntry, close: UInt8) throws(Failure) {
    let nameStart = index
    let name = readName().lowercased()
    guard !name.isEmpty else {
      throw failure(
        "expected a field name in the entry '\(entry.key)'", at: index,
        hint: "fields are written 'name = {value}' and separated by commas")
    }
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
      throw failure("expected '=' after the field name '\(name)'", at: index)
    }
    index += 1
    skipSpace()
    let valueStart = index
    let value = try readValue(of: name)

    if let first = entry.field(name) {
      let place = positions.location(of: first.offset)
      report(
        .warning, "duplicate field '\(name)' in the entry '\(entry.key)'; the first is kept",
        at: nameStart, hint: "'\(name)' is first set at line \(place.line), column \(place.column)")
    } else {
      entry.fields.append(BibTeXEntry.Field(name: name, value: value, offset: valueStart))
    }

    // A comma or the closing delimiter must follow; a field name alone is a forgotten comma.
    skipSpace()
    guard index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != close,
      !isEntryStart(at: index)
    else { return }
    if startsField(at: index) {
      report(
        .warning, "a ',' is missing before this field", at: index,
        hint: "fields are separated by commas")
      return
    }
    throw failure(
      "expected ',' or '\(Character(Unicode.Scalar(close)))' after the value of '\(name)'",
      at: index)
  }

  /// Reads `name = value` in a `@string` and keeps the macro.
  private mutating func readMacro(close: UInt8) throws(Failure) {
    skipSpace()
    let name = readName().lowercased()
    guard !name.isEmpty else {
      throw failure("expected a macro name after '@string'", at: index)
    }
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
      throw failure("expected '=' after the macro name '\(name)'", at: index)
    }
    index += 1
    macros[name] = try readValue(of: name)
    try expectClose(close, of: "@string")
  }

  private mutating func expectClose(_ close: UInt8, of what: String) throws(Failure) {
    skipSpace()
    guard index < bytes.count, bytes[index] == close else {
      throw failure("expected '\(Character(Unicode.Scalar(close)))' to end \(what)", at: index)
    }
    index += 1
  }

  /// Reports an entry whose closing delimiter never comes; what was read of it is kept.
  private mutating func reportUnclosed(_ entry: BibTeXEntry, close: UInt8) {
    let closing = Character(Unicode.Scalar(close))
    let name = entry.key.isEmpty ? "the entry" : "the entry '\(entry.key)'"
    report(
      .error, "\(name) is not closed", at: entry.offset,
      hint: "end it with '\(closing)' after its last field and check that every '{' inside it "
        + "is closed; the fields up to here were read")
  }

  // MARK: Values

  /// Reads a value: braced or quoted text, a number or a macro, joined by `#`.
  private mutating func readValue(of field: String) throws(Failure) -> String {
    var text: [UInt8] = []
    while true {
      skipSpace()
      guard index < bytes.count else {
        throw failure("the value of '\(field)' is missing", at: index, resume: bytes.count)
      }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        try readDelimited(into: &text, quoted: false)
      case UInt8(ascii: "\""):
        try readDelimited(into: &text, quoted: true)
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        while index < bytes.count, Self.isDigit(bytes[index]) {
          text.append(bytes[index])
          index += 1
        }
      case let byte where Self.isNameByte(byte):
        expandMacro(into: &text)
      default:
        throw failure(
          "expected a value for '\(field)'", at: index,
          hint: "a value is {text}, \"text\", a number or a macro name")
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { break }
      index += 1
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Reads `{…}` or `"…"` with its inner braces balanced, and appends what is inside.
  ///
  /// A line that starts a new entry inside the value means the value was never closed: the
  /// reading goes on at that line rather than swallowing the rest of the file.
  private mutating func readDelimited(into text: inout [UInt8], quoted: Bool) throws(Failure) {
    let open = index
    var depth = quoted ? 0 : 1
    index += 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "{") {
        depth += 1
      } else if byte == UInt8(ascii: "}") {
        // A '}' that closes nothing inside quotes is most often the entry's own end.
        if depth == 0 { throw unterminated(quoted: true, at: open, resume: nil) }
        depth -= 1
        if depth == 0, !quoted { break }
      } else if quoted, byte == UInt8(ascii: "\""), depth == 0 {
        break
      } else if byte == UInt8(ascii: "\n"), isEntryStart(at: index + 1) {
        throw unterminated(quoted: quoted, at: open, resume: index + 1)
      }
      index += 1
    }
    guard index < bytes.count else {
      throw unterminated(quoted: quoted, at: open, resume: bytes.count)
    }
    text.append(contentsOf: bytes[(open + 1)..<index])
    index += 1
  }

  private func unterminated(quoted: Bool, at open: Int, resume: Int?) -> Failure {
    quoted
      ? failure(
        "unterminated quote", at: open, resume: resume,
        hint: "the '\"' that starts this value is never closed")
      : failure(
        "unterminated brace", at: open, resume: resume,
        hint: "the '{' that starts this value is never closed")
  }

  /// Appends the value of the macro named at the index.
  private mutating func expandMacro(into text: inout [UInt8]) {
    let start = index
    let name = readName().lowercased()
    guard let value = macros[name] ?? Self.monthMacros[name] else {
      report(
        .warning, "undefined macro '\(name)'", at: start,
        hint: "define it with '@string{\(name) = \"…\"}' before its use, or put the value in "
          + "braces")
      return
    }
    expandedBytes += value.utf8.count
    guard expandedBytes <= Limit.macroExpansion else {
      if expandedBytes - value.utf8.count <= Limit.macroExpansion {
        report(.error, "macros expand to more than 16 MB; the rest were left empty", at: start)
      }
      return
    }
    text.append(contentsOf: value.utf8)
  }

  // MARK: Skipping

  /// Skips text outside any entry, up to the next `@`.
  private mutating func skipJunk() {
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "@") { index += 1 }
    report(
      .warning, "text outside an entry was skipped", at: start,
      hint: "BibTeX reads only entries that start with '@'; start a remark with '%'")
  }

  /// Skips a `@comment`: a balanced group when one follows, else the rest of the line.
  private mutating func skipComment() {
    skipSpace()
    guard index < bytes.count,
      bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "(")
    else {
      skipLine()
      return
    }
    let open = bytes[index]
    let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
    let start = index
    var depth = 0
    while index < bytes.count {
      if bytes[index] == open { depth += 1 }
      if bytes[index] == close { depth -= 1 }
      index += 1
      if depth == 0 { return }
    }
    report(.warning, "the comment is never closed", at: start)
  }

  private mutating func skipLine() {
    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
  }

  private mutating func skipSpace() {
    while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
  }

  /// The offset of the next line after `offset` whose first visible byte is `@`, or the end.
  private func nextLineStartingWithAt(after offset: Int) -> Int {
    var position = offset + 1
    while position < bytes.count {
      if bytes[position] == UInt8(ascii: "\n"), isEntryStart(at: position + 1, loosely: true) {
        var start = position + 1
        while bytes[start] != UInt8(ascii: "@") { start += 1 }
        return start
      }
      position += 1
    }
    return bytes.count
  }

  // MARK: Tokens

  /// Whether a line starting at `offset` begins an entry: blanks, `@`, a type and `{` or
  /// `(`; with `loosely`, an `@` after the blanks is enough.
  private func isEntryStart(at offset: Int, loosely: Bool = false) -> Bool {
    var position = offset
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == 9 {
      position += 1
    }
    guard position < bytes.count, bytes[position] == UInt8(ascii: "@") else { return false }
    if loosely { return true }
    position += 1
    let typeStart = position
    while position < bytes.count, Self.isLetter(bytes[position]) { position += 1 }
    guard position > typeStart else { return false }
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    return position < bytes.count
      && (bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "("))
  }

  /// Whether a field name followed by `=` starts at `offset`.
  private func startsField(at offset: Int) -> Bool {
    var position = offset
    while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
    guard position > offset else { return false }
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    return position < bytes.count && bytes[position] == UInt8(ascii: "=")
  }

  private mutating func readName() -> String {
    let start = index
    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Reads a citation key: everything up to a comma, white space or the closing delimiter.
  private mutating func readKey(close: UInt8) -> String {
    let start = index
    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ","),
      bytes[index] != close, bytes[index] != UInt8(ascii: "=")
    {
      index += 1
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  // MARK: Diagnostics

  private func failure(_ message: String, at offset: Int, resume: Int? = nil, hint: String? = nil)
    -> Failure
  {
    Failure(message: message, offset: offset, hint: hint, resume: resume)
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, at offset: Int, hint: String? = nil
  ) {
    diagnostics.add(severity) {
      let place = positions.location(of: offset)
      return Diagnostic(severity, message, line: place.line, column: place.column, hint: hint)
    }
  }

  // MARK: Bytes

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
      || byte == UInt8(ascii: "\r") || byte == 0x0C
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Whether a byte can be part of an entry type, a field name or a macro name.
  static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
      return true
    case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."),
      UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?"),
      UInt8(ascii: "*"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "|"):
      return true
    default:
      return false
    }
  }
}
