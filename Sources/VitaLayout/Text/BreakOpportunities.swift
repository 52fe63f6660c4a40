/// Where a line may break in a paragraph, by a compact subset of Unicode's line-breaking
/// rules (UAX #14) that covers what CVs hold: spaces, hyphens and dashes between words,
/// zero-width spaces, and ideographs, which break between any two characters.
enum BreakOpportunities {
  /// The UTF-8 offsets at which a new line may start, in increasing order, excluding 0.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  static func find(in bytes: [UInt8]) -> [Int] {
    var result: [Int] = []
    var previous: Unicode.Scalar? = nil
    var previousStart = 0
    var offset = 0
    while offset < bytes.count {
      // ASCII letters and digits after ASCII other than a space, hyphen or tab never allow a
      // break: the common case, decided without decoding.
      let byte = bytes[offset]
      if byte < 0x80, let last = previous, last.value < 0x80, isWordCharacter(byte),
        last != " ", last != "-", last != "\t"
      {
        previous = Unicode.Scalar(byte)
        previousStart = offset
        offset += 1
        continue
      }
      let (scalar, length) = decodeScalar(bytes, at: offset)
      if let previous, allowsBreak(between: previous, and: scalar, before: previousStart) {
        result.append(offset)
      }
      previous = scalar
      previousStart = offset
      offset += length
    }
    return result
  }

  /// Whether a line may start at `after`, given the character before it.
  private static func allowsBreak(
    between before: Unicode.Scalar, and after: Unicode.Scalar, before start: Int
  ) -> Bool {
    if isSpace(after) { return false }
    if isSpace(before) || before == "\u{200B}" { return true }
    if isIdeographic(after) && !isClosingPunctuation(after) { return true }
    if isIdeographic(before) && !isOpeningPunctuation(before) && !isClosingPunctuation(after) {
      return true
    }
    switch before {
    case "-", "\u{2010}", "\u{2013}", "\u{2014}":
      return after.properties.isAlphabetic
    default:
      return false
    }
  }

  private static func isWordCharacter(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Spaces that separate words and stretch in justified text.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{3000}"
  }

  private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E80...0x2FFF, 0x3001...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
      return true
    default:
      return false
    }
  }

  private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    "、。，．：；！？）」』】〉》〕〗〙〛ー".unicodeScalars.contains(scalar)
  }

  private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    "（「『【〈《〔〖〘〚".unicodeScalars.contains(scalar)
  }

  /// The scalar at a UTF-8 offset and its length; a bad byte reads as U+FFFD of length 1.
  static func decodeScalar(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for index in 1..<length {
      let byte = bytes[offset + index]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
