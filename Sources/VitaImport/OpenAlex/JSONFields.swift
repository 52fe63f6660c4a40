import VitaModel

/// Reads typed values out of a JSON tree, with one diagnostic for each value of the wrong
/// type; shared by the readers of exported JSON (OpenAlex, Google Scholar, JSON Resume).
///
/// Every accessor takes the node, which may be missing, and the value's path in the file
/// (`results[3].cited_by_count`); a missing value or a `null` reads as `nil` without a word,
/// a value of the wrong type reads as `nil` with an error.
struct JSONFields {
  /// The problems found so far, in the order the reader met them.
  private(set) var diagnostics = DiagnosticList()
  /// The years a date or a count may name.
  let years: YearRange

  /// Creates fields that accept the years of `years`.
  init(years: YearRange) {
    self.years = years
  }

  /// Text without control characters; a number is taken as its digits, since exports
  /// write identifiers both ways.
  mutating func string(_ node: YAMLNode?, _ path: String) -> String? {
    guard let node, !node.isNull else { return nil }
    guard let text = node.scalar, node.scalarType != .bool else {
      diagnostics.add(node.wrongType(expected: "text", fieldPath: path))
      return nil
    }
    guard let (cleaned, first) = ControlCharacters.removed(from: text) else { return text }
    diagnostics.add(
      node.warning(
        "the text holds control characters (\(ControlCharacters.name(first))); they were "
          + "removed", fieldPath: path))
    return cleaned
  }

  /// A count: a whole number that is not negative.
  mutating func count(_ node: YAMLNode?, _ path: String) -> Int? {
    guard let node, !node.isNull else { return nil }
    guard let number = node.int ?? node.double.flatMap(Self.wholeNumber) else {
      diagnostics.add(node.wrongType(expected: "a whole number", fieldPath: path))
      return nil
    }
    guard number >= 0 else {
      diagnostics.add(
        node.error(
          "a count cannot be negative: \(number)", fieldPath: path, hint: "the value was ignored"))
      return nil
    }
    guard number <= CountLimit.maximum else {
      diagnostics.add(
        node.error(
          "the count \(number) is larger than any real one", fieldPath: path,
          hint: "\(CountLimit.phrase); the value was ignored"))
      return nil
    }
    return number
  }

  /// A year, as a number or as text of four digits ("2021").
  mutating func year(_ node: YAMLNode?, _ path: String) -> Int? {
    guard let node, !node.isNull, node.string?.trimmingBlanks().isEmpty != true else { return nil }
    let year = node.int ?? node.string.flatMap { Int($0.trimmingBlanks()) }
    guard let year else {
      diagnostics.add(node.wrongType(expected: "a year", fieldPath: path))
      return nil
    }
    guard years.contains(year) else {
      diagnostics.add(
        node.error(
          "the year \(year) is out of range", fieldPath: path,
          hint: "\(years.phrase); the value was ignored"))
      return nil
    }
    return year
  }

  /// Any number.
  mutating func number(_ node: YAMLNode?, _ path: String) -> Double? {
    guard let node, !node.isNull else { return nil }
    guard let number = node.double, number.isFinite else {
      diagnostics.add(node.wrongType(expected: "a number", fieldPath: path))
      return nil
    }
    return number
  }

  /// The items of a list.
  mutating func list(_ node: YAMLNode?, _ path: String) -> [YAMLNode]? {
    guard let node, !node.isNull else { return nil }
    guard let items = node.sequence else {
      diagnostics.add(node.wrongType(expected: "a list", fieldPath: path))
      return nil
    }
    return items
  }

  /// An object (a mapping), returned as its node.
  mutating func object(_ node: YAMLNode?, _ path: String) -> YAMLNode? {
    guard let node, !node.isNull else { return nil }
    guard node.mapping != nil else {
      diagnostics.add(node.wrongType(expected: "an object", fieldPath: path))
      return nil
    }
    return node
  }

  /// Adds a diagnostic of the reader's own.
  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.add(diagnostic)
  }

  /// Reads an export that the loader or a reader has parsed: an empty file is an error,
  /// anything else goes to `profile`, and the parser's diagnostics come before the reader's.
  static func readExport(
    _ parsed: YAMLReader.Parsed, file: String?, currentYear: Int?,
    profile: (YAMLNode, inout JSONFields) -> Profile?
  ) -> (profile: Profile?, diagnostics: [Diagnostic]) {
    let (root, parseDiagnostics) = parsed
    guard let root else {
      let empty = parseDiagnostics.isEmpty ? [Diagnostic.error("the file is empty")] : []
      return (nil, parseDiagnostics + empty.map { $0.inFile(file) })
    }
    var fields = JSONFields(years: YearRange(currentYear: currentYear))
    let read = profile(root, &fields)
    return (read, parseDiagnostics + fields.diagnostics.finished(file: file))
  }

  private static func wholeNumber(_ value: Double) -> Int? {
    guard value == value.rounded(), abs(value) < 1e15 else { return nil }
    return Int(value)
  }
}

/// Turns citations per year into a ``CitationHistory``.
enum CitationYears {
  /// The widest span of years filled in, so that one absurd year cannot fill millions.
  static let maximumSpan = 300

  /// The history of `counts`, with the years missing between the first and the last filled
  /// as zero and `partialYear`, when it is among them, marked incomplete.
  static func history(_ counts: [Int: Int], source: String, partialYear: Int?)
    -> CitationHistory
  {
    var filled = counts
    if let first = counts.keys.min(), let last = counts.keys.max(), last - first < maximumSpan {
      for year in first...last where filled[year] == nil { filled[year] = 0 }
    }
    var history = CitationHistory(counts: filled, source: source)
    if let partialYear, filled[partialYear] != nil { history.partialYears = [partialYear] }
    return history
  }
}
