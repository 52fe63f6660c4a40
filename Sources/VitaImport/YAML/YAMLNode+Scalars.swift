/// What a scalar is under YAML 1.2's core schema.
public enum YAMLScalarType: Hashable, Sendable {
  /// `null`, `~` or nothing at all.
  case null
  /// `true` or `false`.
  case bool
  /// A whole number: decimal, `0o` octal or `0x` hexadecimal.
  case int
  /// A number with a fraction or an exponent, or `.inf` or `.nan`.
  case float
  /// Anything else, and every quoted or block scalar.
  case string
}

extension YAMLNode {
  /// The scalar's type under YAML 1.2's core schema; `nil` for a sequence or a mapping.
  ///
  /// JSON's `true`, `false`, `null` and numbers read as the same types, and a quoted
  /// scalar is always a string.
  public var scalarType: YAMLScalarType? {
    guard case .scalar(let text, let plain) = content else { return nil }
    return plain ? CoreSchema.type(of: text) : .string
  }

  /// Whether the node is a null scalar: `null`, `~` or an empty plain value.
  public var isNull: Bool { scalarType == .null }

  /// The text of a scalar that is a string under the core schema; `nil` for a number, a
  /// boolean, a null or a collection.
  public var string: String? {
    scalarType == .string ? scalar : nil
  }

  /// The value of a boolean scalar: `true` or `false` (YAML 1.1's `yes` and `on` are strings).
  public var bool: Bool? {
    guard scalarType == .bool, let text = scalar else { return nil }
    return text.first == "t" || text.first == "T"
  }

  /// The value of an integer scalar; `nil` for anything else or a value beyond `Int`.
  public var int: Int? {
    guard scalarType == .int, let text = scalar else { return nil }
    return CoreSchema.integer(text)
  }

  /// The value of a numeric scalar, integer or float; `nil` for anything else.
  public var double: Double? {
    guard let type = scalarType, let text = scalar else { return nil }
    switch type {
    case .int: return CoreSchema.integer(text).map(Double.init) ?? Double(text)
    case .float: return CoreSchema.float(text)
    default: return nil
    }
  }
}

/// The tag resolution of YAML 1.2's core schema for plain scalars, on the text's bytes.
enum CoreSchema {
  /// The type of a plain scalar with this text.
  static func type(of text: String) -> YAMLScalarType {
    var text = text
    return text.withUTF8 { type(of: $0) }
  }

  /// The value of an integer in decimal, `0o` octal or `0x` hexadecimal.
  static func integer(_ text: String) -> Int? {
    if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
    if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
    return Int(text)
  }

  /// The value of a float, `.inf` and `.nan` included.
  static func float(_ text: String) -> Double? {
    let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    if [".inf", ".Inf", ".INF"].contains(unsigned) {
      return text.first == "-" ? -.infinity : .infinity
    }
    if [".nan", ".NaN", ".NAN"].contains(text) { return .nan }
    return Double(text)
  }

  private static func type(of bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalarType {
    guard let first = bytes.first else { return .null }

    // Most scalars are words; only a few first bytes can start anything but a string.
    switch first {
    case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
      return isOneOf(bytes, ["null", "Null", "NULL", "~"]) ? .null : .string
    case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
      return isOneOf(bytes, ["true", "True", "TRUE", "false", "False", "FALSE"]) ? .bool : .string
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."):
      return numberType(of: bytes)
    default:
      return .string
    }
  }

  private static func isOneOf(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [StaticString])
    -> Bool
  {
    words.contains { word in
      word.utf8CodeUnitCount == bytes.count
        && word.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
  }

  /// `.int`, `.float` or, when the text only looks numeric, `.string`.
  private static func numberType(of bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalarType {
    if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
      let rest = UnsafeBufferPointer(rebasing: bytes[2...])
      if bytes[1] == UInt8(ascii: "o") { return rest.allSatisfy(isOctalDigit) ? .int : .string }
      if bytes[1] == UInt8(ascii: "x") { return rest.allSatisfy(isHexDigit) ? .int : .string }
    }
    var index = 0
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
    let unsigned = UnsafeBufferPointer(rebasing: bytes[index...])
    if isOneOf(unsigned, [".inf", ".Inf", ".INF"]) { return .float }
    if index == 0, isOneOf(unsigned, [".nan", ".NaN", ".NAN"]) { return .float }
    return decimalType(of: bytes, from: index)
  }

  /// Matches `[0-9]+` as an integer, or `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
  private static func decimalType(of bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> YAMLScalarType
  {
    var index = start
    let integerDigits = skipDigits(bytes, &index)
    guard index < bytes.count else { return integerDigits > 0 ? .int : .string }

    var fractionDigits = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      fractionDigits = skipDigits(bytes, &index)
    }
    guard integerDigits > 0 || fractionDigits > 0 else { return .string }

    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        index += 1
      }
      guard skipDigits(bytes, &index) > 0 else { return .string }
    }
    return index == bytes.count ? .float : .string
  }

  private static func skipDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int {
    let start = index
    while index < bytes.count, isDecimalDigit(bytes[index]) { index += 1 }
    return index - start
  }

  private static func isDecimalDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isOctalDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDecimalDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
  }
}
