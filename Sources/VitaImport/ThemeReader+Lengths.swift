import VitaModel

extension ThemeReader.Reading {
  /// The values a length field accepts.
  enum LengthRange {
    /// More than zero: sizes of type and paper.
    case positive
    /// Zero or more: margins and spacing.
    case nonNegative
    /// Any finite length: tracking, which may tighten.
    case any
  }

  /// The units a length may carry, with their size in points.
  static let units: [(name: String, points: Double)] = [
    ("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72),
  ]

  /// What a length looks like, for hints.
  static let lengthHint =
    "a length is a number of points, such as 12, or a number with a unit: 12pt, 2cm, 20mm, 1in"

  /// The value as a length in points, or `nil` after reporting it.
  mutating func length(_ entry: Entry, _ range: LengthRange) -> Double? {
    length(entry.value, at: entry.path, range)
  }

  /// A node as a length in points: a number, or a string with a unit; `nil` after
  /// reporting it.
  mutating func length(_ node: YAMLNode, at path: String, _ range: LengthRange) -> Double? {
    let value: Double
    if let number = node.double {
      value = number
    } else if let text = node.string {
      guard let points = points(in: text, node: node, at: path) else { return nil }
      value = points
    } else {
      diagnostics.append(
        node.wrongType(expected: "a length", fieldPath: path, hint: Self.lengthHint))
      return nil
    }

    let (isInRange, expected) =
      switch range {
      case .positive: (value > 0, "a length greater than zero")
      case .nonNegative: (value >= 0, "a length of zero or more")
      case .any: (true, "a finite length")
      }
    guard isInRange, value.isFinite else {
      diagnostics.append(
        node.error("expected \(expected), found \(node.scalar ?? "")", fieldPath: path))
      return nil
    }
    return value
  }

  /// The points in a text such as "2cm", "12 pt" or "12"; `nil` after reporting it.
  private mutating func points(in text: String, node: YAMLNode, at path: String) -> Double? {
    let trimmed = Substring(text).trimmingSpaces
    let numberText = trimmed.prefix { "+-.0123456789".contains($0) }
    let unitText = trimmed.dropFirst(numberText.count).trimmingSpaces.lowercased()
    guard let number = Double(numberText) else {
      diagnostics.append(
        node.wrongType(expected: "a length", fieldPath: path, hint: Self.lengthHint))
      return nil
    }
    guard !unitText.isEmpty else { return number }
    guard let unit = Self.units.first(where: { $0.name == unitText }) else {
      diagnostics.append(
        node.error(
          "unknown unit '\(unitText)' in '\(text)'", fieldPath: path,
          hint: "the units are pt, mm, cm and in; a number alone is in points"))
      return nil
    }
    return number * unit.points
  }

  /// A length in points as a message shows it: at most three decimals, no trailing zeros.
  static func formatted(_ points: Double) -> String {
    let rounded = (points * 1000).rounded() / 1000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  fileprivate var trimmingSpaces: Substring {
    var text = drop { $0 == " " || $0 == "\t" }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    return text
  }
}
