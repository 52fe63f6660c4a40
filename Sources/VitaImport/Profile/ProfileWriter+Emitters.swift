/// Writes a document tree as block-style YAML.
struct YAMLEmitter {
  /// The text so far.
  private(set) var text = ""

  /// The widest a list may be to be written on one line, `[a, b]`.
  private static let flowWidth = 90

  /// Writes the root mapping.
  mutating func emitRoot(_ value: WrittenValue) {
    guard case .map(let pairs) = value else { return }
    emitPairs(pairs, indent: 0, firstPrefix: nil)
  }

  /// Writes a mapping's pairs; `firstPrefix` replaces the indentation of the first line
  /// (the `- ` of a list item).
  private mutating func emitPairs(
    _ pairs: [(key: String, value: WrittenValue)], indent: Int, firstPrefix: String?
  ) {
    let pad = String(repeating: " ", count: indent)
    for (index, pair) in pairs.enumerated() {
      let start = (index == 0 ? firstPrefix : nil) ?? pad
      emitValue(pair.value, after: start + pair.key + ":", indent: indent)
    }
  }

  /// Writes a value after `head` (a key and colon, or a list dash), on the same line when it
  /// fits there, else on the lines below at `indent` + 2.
  private mutating func emitValue(_ value: WrittenValue, after head: String, indent: Int) {
    let pad = String(repeating: " ", count: indent + 2)
    switch value {
    case .list(let items) where items.isEmpty: line(head + " []")
    case .map(let pairs) where pairs.isEmpty: line(head + " {}")
    case .list(let items):
      if let flow = Self.flow(items), head.count + flow.count < Self.flowWidth {
        line(head + " " + flow)
        return
      }
      line(head)
      for item in items { emitItem(item, indent: indent + 2) }
    case .map(let pairs):
      line(head)
      emitPairs(pairs, indent: indent + 2, firstPrefix: nil)
    case .string(let string):
      if let block = Self.literalBlock(string, indent: pad) {
        line(head + " " + block)
      } else {
        line(head + " " + Self.scalar(string, inFlow: false))
      }
    default:
      line(head + " " + Self.scalar(value))
    }
  }

  /// Writes one list item at `indent`.
  private mutating func emitItem(_ item: WrittenValue, indent: Int) {
    let pad = String(repeating: " ", count: indent)
    if case .map(let pairs) = item, !pairs.isEmpty {
      emitPairs(pairs, indent: indent + 2, firstPrefix: pad + "- ")
    } else {
      emitValue(item, after: pad + "-", indent: indent)
    }
  }

  private mutating func line(_ line: String) {
    text += line
    text += "\n"
  }

  /// A list of plain scalars on one line, or `nil` when an item needs more.
  private static func flow(_ items: [WrittenValue]) -> String? {
    var parts: [String] = []
    for item in items {
      switch item {
      case .string(let string):
        guard isPlain(string, inFlow: true) else { return nil }
        parts.append(string)
      case .int, .double, .bool: parts.append(scalar(item))
      default: return nil
      }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  /// A number or boolean as YAML writes it.
  static func scalar(_ value: WrittenValue) -> String {
    switch value {
    case .int(let number): String(number)
    case .double(let number):
      number.isFinite ? "\(number)" : number > 0 ? ".inf" : number < 0 ? "-.inf" : ".nan"
    case .bool(let flag): flag ? "true" : "false"
    case .string(let string): scalar(string, inFlow: false)
    default: ""
    }
  }

  /// A string plain when YAML reads it back as the same string, else double-quoted.
  static func scalar(_ string: String, inFlow: Bool) -> String {
    isPlain(string, inFlow: inFlow) ? string : doubleQuoted(string)
  }

  /// Whether a string can be written without quotes and read back as the same string.
  static func isPlain(_ string: String, inFlow: Bool) -> Bool {
    guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last,
      first != " ", last != " ", last != ":",
      !"-?:,[]{}#&*!|>'\"%@`<=~".unicodeScalars.contains(first),
      !string.contains(": "), !string.contains(" #"),
      CoreSchema.type(of: string) == .string,
      !["yes", "no", "on", "off", "y", "n"].contains(string.lowercased())
    else { return false }
    if inFlow, string.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) {
      return false
    }
    return !string.unicodeScalars.contains { needsEscape($0) || $0 == "\t" || $0 == "\n" }
  }

  /// A multi-line string as a literal block (`|-` or `|`) with its lines at `indent`, or
  /// `nil` when the text would not read back the same way.
  static func literalBlock(_ string: String, indent: String) -> String? {
    guard string.contains("\n"), !string.unicodeScalars.contains(where: needsEscape) else {
      return nil
    }
    var body = Substring(string)
    let chomp: String
    if body.hasSuffix("\n") {
      body = body.dropLast()
      chomp = "|"
    } else {
      chomp = "|-"
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, !first.isEmpty, first.first != " ", first.first != "\t",
      !body.hasSuffix("\n"),
      lines.allSatisfy({ $0.last != " " && $0.last != "\t" && !$0.contains("\r") })
    else { return nil }
    return chomp
      + lines.map { $0.isEmpty ? "" : "\n" + indent + $0 }.map {
        $0.isEmpty ? "\n" : $0
      }.joined()
  }

  /// A double-quoted string with YAML's escapes.
  static func doubleQuoted(_ string: String) -> String {
    var quoted = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      case "\r": quoted += "\\r"
      default:
        if needsEscape(scalar) {
          quoted +=
            scalar.value < 0x100 ? "\\x" + hex(scalar.value, 2) : "\\u" + hex(scalar.value, 4)
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }

  /// Whether a character must be escaped for libyaml to read it: controls, line and
  /// paragraph separators, the byte-order mark and the non-characters.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
      || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE
      || value == 0xFFFF
  }

  static func hex(_ value: UInt32, _ digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}

/// Writes a document tree as indented JSON.
struct JSONEmitter {
  /// The text so far.
  private(set) var text = ""

  /// Writes a value at the current position; nested lines are indented from `indent`.
  mutating func emit(_ value: WrittenValue, indent: Int) {
    let pad = String(repeating: " ", count: indent + 2)
    let close = String(repeating: " ", count: indent)
    switch value {
    case .string(let string): text += Self.quoted(string)
    case .int(let number): text += String(number)
    case .double(let number): text += number.isFinite ? "\(number)" : "null"
    case .bool(let flag): text += flag ? "true" : "false"
    case .list(let items) where items.isEmpty: text += "[]"
    case .map(let pairs) where pairs.isEmpty: text += "{}"
    case .list(let items):
      if items.allSatisfy(Self.isScalar) {
        var line = JSONEmitter()
        for (index, item) in items.enumerated() {
          if index > 0 { line.text += ", " }
          line.emit(item, indent: 0)
        }
        if line.text.count + indent < 80 {
          text += "[" + line.text + "]"
          return
        }
      }
      text += "[\n"
      for (index, item) in items.enumerated() {
        text += pad
        emit(item, indent: indent + 2)
        text += index + 1 < items.count ? ",\n" : "\n"
      }
      text += close + "]"
    case .map(let pairs):
      text += "{\n"
      for (index, pair) in pairs.enumerated() {
        text += pad + Self.quoted(pair.key) + ": "
        emit(pair.value, indent: indent + 2)
        text += index + 1 < pairs.count ? ",\n" : "\n"
      }
      text += close + "}"
    }
  }

  private static func isScalar(_ value: WrittenValue) -> Bool {
    switch value {
    case .list, .map: false
    default: true
    }
  }

  /// A JSON string, with the characters libyaml cannot read raw escaped too.
  static func quoted(_ string: String) -> String {
    var quoted = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      case "\r": quoted += "\\r"
      default:
        if YAMLEmitter.needsEscape(scalar) {
          quoted += "\\u" + YAMLEmitter.hex(scalar.value, 4)
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }
}
