import VitaModel

/// Brings a file's bytes to UTF-8 before any reader sees them.
///
/// A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is converted, with a
/// warning; bytes that are not UTF-8 but read as Latin-1 text (no control characters but
/// tab and line ends) are converted, with a warning that points at the first byte that is
/// not UTF-8. Anything else is an error, as is a file larger than `maximumSize`.
enum TextEncoding {
  /// The largest file read: 64 MB.
  static let maximumSize = 64 << 20

  /// The bytes as UTF-8 without a byte-order mark, or `nil` with an error.
  static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
    guard bytes.count <= maximumSize else {
      return (
        nil,
        [
          .error(
            "the file is larger than \(maximumSize >> 20) MB, more than any profile",
            hint: "split it, or check that it is the file you meant")
        ]
      )
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), []) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return fromUTF16(bytes, littleEndian: bytes[0] == 0xFF)
    }
    guard let offset = firstInvalidUTF8(bytes) else { return (bytes, []) }
    let (line, column) = position(of: offset, in: bytes)
    let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
    guard isLatin1Text(bytes) else {
      return (
        nil,
        [
          .error(
            "the file is not UTF-8 text: byte \(byte) cannot start a character", line: line,
            column: column, hint: "save the file as UTF-8")
        ]
      )
    }
    let converted = Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).utf8)
    return (
      converted,
      [
        .warning(
          "the file is not UTF-8 (byte \(byte)); it was read as Latin-1", line: line,
          column: column, hint: "save the file as UTF-8 so that no character is guessed")
      ]
    )
  }

  /// UTF-16 converted to UTF-8; an unpaired surrogate becomes U+FFFD.
  private static func fromUTF16(_ bytes: [UInt8], littleEndian: Bool) -> (
    bytes: [UInt8]?, diagnostics: [Diagnostic]
  ) {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (low, high) =
        littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    let text = String(decoding: units, as: UTF16.self)
    let order = littleEndian ? "little-endian" : "big-endian"
    return (
      Array(text.utf8),
      [
        .warning(
          "the file is UTF-16 (\(order)); it was converted to UTF-8",
          hint: "save the file as UTF-8")
      ]
    )
  }

  /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch byte {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lower) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, upper) = (3, 0x9F)
      case 0xF0: (length, lower) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, upper) = (4, 0x8F)
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      guard (lower...upper).contains(bytes[index + 1]) else { return index }
      for next in 2..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
      index += length
    }
    return nil
  }

  /// Whether the bytes read as Latin-1 text: no C0 control but tab and line ends, no DEL.
  private static func isLatin1Text(_ bytes: [UInt8]) -> Bool {
    !bytes.contains { ($0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13) || $0 == 0x7F }
  }

  /// The 1-based line and column of a byte, counting columns in characters.
  private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
