extension ProfileTextReader {
  /// One line of the text, as byte offsets into the file.
  struct Line {
    /// The 1-based line number.
    var number: Int
    /// The offset of the line's first byte; columns count from here.
    var lineStart: Int
    /// The offset of the first byte that is not a space or a tab.
    var start: Int
    /// The offset just past the last byte that is not a space or a tab.
    var end: Int

    /// The length of the line's text, in bytes, without the white space around it.
    var length: Int { end - start }
  }

  /// Walks the text line by line; LF, CRLF and a lone CR each end a line.
  struct LineCursor {
    /// The whole file.
    let bytes: [UInt8]
    /// The offset where the next line starts.
    private var position: Int
    /// The number of the line last returned.
    private var number = 0

    /// Creates a cursor at the start of the text.
    init(bytes: [UInt8], start: Int) {
      self.bytes = bytes
      self.position = start
    }

    /// The next line that holds more than white space, or `nil` at the end of the text.
    mutating func nextContentLine() -> Line? {
      while let line = nextLine() {
        if line.length > 0 { return line }
      }
      return nil
    }

    /// The next line, blank or not, or `nil` at the end of the text.
    mutating func nextLine() -> Line? {
      guard position < bytes.count else { return nil }
      let lineStart = position
      var lineEnd = position
      while lineEnd < bytes.count, !Byte.isLineEnd(bytes[lineEnd]) { lineEnd += 1 }

      // A CR right before an LF belongs to the same line end.
      position = lineEnd
      if position < bytes.count {
        let ender = bytes[position]
        position += 1
        if ender == Byte.carriageReturn, position < bytes.count,
          bytes[position] == Byte.lineFeed
        {
          position += 1
        }
      }

      number += 1
      var start = lineStart
      var end = lineEnd
      while start < end, Byte.isBlank(bytes[start]) { start += 1 }
      while end > start, Byte.isBlank(bytes[end - 1]) { end -= 1 }
      return Line(number: number, lineStart: lineStart, start: start, end: end)
    }
  }

  /// The offset of the first byte that does not belong to well-formed UTF-8, or `nil` when
  /// all of them do.
  ///
  /// A sequence cut short or a byte in a forbidden range (overlong forms, surrogates, code
  /// points past U+10FFFF) is reported at the first byte of its sequence.
  static func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(lead: lead, in: bytes, at: index) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed sequence that starts at `index`, or `nil`.
  private static func sequenceLength(lead: UInt8, in bytes: [UInt8], at index: Int) -> Int? {
    let length: Int
    var second: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    default: return nil
    }
    guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
      return nil
    }
    return length
  }

  /// The 1-based line and column, in characters, of a byte offset.
  static func location(of offset: Int, in bytes: [UInt8], from start: Int) -> (
    line: Int, column: Int
  ) {
    var line = 1
    var lineStart = start
    for index in start..<offset {
      let byte = bytes[index]
      let endsLine =
        byte == Byte.lineFeed
        || (byte == Byte.carriageReturn
          && (index + 1 == bytes.count || bytes[index + 1] != Byte.lineFeed))
      if endsLine {
        line += 1
        lineStart = index + 1
      }
    }
    return (line, characterCount(bytes[lineStart..<offset]) + 1)
  }

  /// The number of characters (extended grapheme clusters) some UTF-8 bytes spell.
  static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
    String(decoding: bytes, as: UTF8.self).count
  }

  /// Names and classes of the ASCII bytes the reader looks for.
  enum Byte {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let comma = UInt8(ascii: ",")
    static let period = UInt8(ascii: ".")
    static let percent = UInt8(ascii: "%")
    static let colon = UInt8(ascii: ":")
    static let hyphen = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")

    /// Whether a byte ends a line.
    static func isLineEnd(_ byte: UInt8) -> Bool {
      byte == lineFeed || byte == carriageReturn
    }

    /// Whether a byte is a space or a tab, the white space trimmed from both ends of a line.
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Whether a byte is ASCII white space of any kind, line ends included.
    static func isWhiteSpace(_ byte: UInt8) -> Bool {
      isBlank(byte) || isLineEnd(byte) || byte == 0x0B || byte == 0x0C
    }

    /// Whether a byte is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Whether a byte is an ASCII upper-case letter.
    static func isUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

    /// Whether a byte is an ASCII lower-case letter.
    static func isLowercase(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }

    /// Whether a byte is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) }

    /// The byte with an ASCII upper-case letter made lower-case.
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }

    /// Whether a byte can be part of a category code: a letter, a digit, `.` or `-`.
    static func isCodeByte(_ byte: UInt8) -> Bool {
      isLetter(byte) || isDigit(byte) || byte == period || byte == hyphen
    }
  }
}
