/// Control characters inside strings, which a quoted YAML or JSON string can hold as
/// escapes (`"\u0000"`): none belongs in a CV, a NUL cuts C strings short, and an escape
/// sequence repaints the terminal a diagnostic is printed to.
enum ControlCharacters {
  /// The text without its C0 controls (but tab, line feed and carriage return) and DEL,
  /// and the first one removed; `nil` when the text holds none. C1 controls stay: real
  /// exports hold them as debris of a wrong encoding, harmless in a UTF-8 terminal.
  static func removed(from text: String) -> (text: String, first: Unicode.Scalar)? {
    guard let first = text.unicodeScalars.first(where: isControl) else { return nil }
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
    return (String(kept), first)
  }

  /// "U+001B", for a message.
  static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 9, 10, 13: false
    case 0..<0x20, 0x7F: true
    default: false
    }
  }
}
