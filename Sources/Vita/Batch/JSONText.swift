/// A JSON value, written with keys in the order given so that reports are byte-identical
/// from run to run.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.text() == rhs.text()
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text())
  }

  /// The value as indented JSON text, ending in a newline at the top level.
  public func text(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let closing = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .string(let value): return JSONValue.quoted(value)
    case .array(let values):
      if values.isEmpty { return "[]" }
      let items = values.map { pad + $0.text(indent: indent + 1) }
      return "[\n" + items.joined(separator: ",\n") + "\n" + closing + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      let items = pairs.map { pad + JSONValue.quoted($0.0) + ": " + $0.1.text(indent: indent + 1) }
      return "{\n" + items.joined(separator: ",\n") + "\n" + closing + "}"
    }
  }

  /// A string in JSON quotes, with control characters, quotes and backslashes escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
