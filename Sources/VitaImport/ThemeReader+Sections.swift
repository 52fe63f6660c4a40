import VitaModel

extension ThemeReader.Reading {
  /// The placeholders a running header or footer may hold.
  static let placeholders = ["{name}", "{page}", "{pages}", "{date}"]

  /// A header or footer: a string, empty or null for none, whose `{placeholders}` are known.
  mutating func runningText(_ entry: Entry) -> String? {
    if entry.value.isNull { return "" }
    guard let text = string(entry) else { return nil }

    var isValid = true
    for placeholder in Self.placeholderCandidates(in: text)
    where !Self.placeholders.contains(placeholder) {
      let hint = ClosestName.hint(
        for: placeholder, among: Self.placeholders, otherwise: "known placeholders: ")
      diagnostics.append(
        entry.value.error(
          "unknown placeholder '\(placeholder)'", fieldPath: entry.path, hint: hint))
      isValid = false
    }
    return isValid ? text : nil
  }

  /// Each `{word}` in a text, braces included; braces around anything but letters are
  /// left as text.
  private static func placeholderCandidates(in text: String) -> [String] {
    var candidates: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      let word = rest[afterOpen..<close]
      if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
        candidates.append("{\(word)}")
      }
      rest = rest[rest.index(after: close)...]
    }
    return candidates
  }

  /// Reads the list of sections, in order.
  mutating func readSections(_ entry: Entry) {
    theme.sections =
      names(
        entry, of: Theme.Section.self, noun: "section", known: "known sections: ",
        hint: "write the sections in order, such as [metrics, publications]") ?? theme.sections
  }

  /// A list of names of an enumeration's cases, each known and listed once, in order;
  /// `nil` after reporting every problem, with the closest known name.
  ///
  /// - Parameters:
  ///   - noun: What one name names, for messages: "section", "chart".
  ///   - known: The words before the list of known names, when none is close.
  ///   - hint: How to write the list, for a value that is not one.
  mutating func names<Value: RawRepresentable & CaseIterable & Equatable>(
    _ entry: Entry, of type: Value.Type, noun: String, known: String, hint: String
  ) -> [Value]? where Value.RawValue == String {
    guard let items = entry.value.sequence else {
      diagnostics.append(
        entry.value.wrongType(expected: "a list of \(noun)s", fieldPath: entry.path, hint: hint))
      return nil
    }

    let names = Value.allCases.map(\.rawValue)
    var values: [Value] = []
    for (index, item) in items.enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      guard let name = item.string else {
        diagnostics.append(item.wrongType(expected: "a \(noun) name", fieldPath: path))
        continue
      }
      guard let value = Value(rawValue: name) else {
        let closest = ClosestName.hint(for: name, among: names, otherwise: known)
        diagnostics.append(
          item.error("unknown \(noun) '\(name)'", fieldPath: path, hint: closest))
        continue
      }
      guard !values.contains(value) else {
        diagnostics.append(item.error("\(noun) '\(name)' is listed twice", fieldPath: path))
        continue
      }
      values.append(value)
    }
    return values.count == items.count ? values : nil
  }

  /// The keys of `charts` written as a mapping.
  static let chartRowKeys = ["kinds", "columns", "height", "at-most"]

  /// Reads `charts`: the list of charts the `charts` section shows, in order, or a mapping
  /// with that list as `kinds` and how the rows are set out.
  mutating func readCharts(_ entry: Entry) {
    guard entry.value.mapping != nil else {
      theme.charts = chartKinds(entry) ?? theme.charts
      theme.chartRows.listPath = entry.path
      return
    }
    for field in entries(of: entry.value, at: entry.path, known: Self.chartRowKeys) {
      switch field.name {
      case "kinds":
        theme.charts = chartKinds(field) ?? theme.charts
        theme.chartRows.listPath = field.path
      case "columns":
        theme.chartRows.columns = count(field, of: "columns") ?? theme.chartRows.columns
      case "height": theme.chartRows.height = length(field, .positive) ?? theme.chartRows.height
      case "at-most":
        if field.value.string == "none" || field.value.isNull {
          theme.chartRows.limit = nil
        } else {
          theme.chartRows.limit = count(field, of: "charts") ?? theme.chartRows.limit
        }
      default: break
      }
    }
  }

  /// A whole number from 1 to 12, such as a number of columns; `nil` after reporting it.
  mutating func count(_ entry: Entry, of what: String) -> Int? {
    guard let value = entry.value.int else {
      diagnostics.append(
        entry.value.wrongType(expected: "a whole number of \(what)", fieldPath: entry.path))
      return nil
    }
    guard (1...12).contains(value) else {
      diagnostics.append(
        entry.value.error(
          "the number of \(what) must be from 1 to 12, found \(value)", fieldPath: entry.path))
      return nil
    }
    return value
  }

  /// A list of chart names, each known and listed once; `nil` after reporting a problem.
  mutating func chartKinds(_ entry: Entry) -> [ChartKind]? {
    names(
      entry, of: ChartKind.self, noun: "chart", known: "known charts: ",
      hint: "write the charts in order, such as [citations-per-year, papers-per-year]")
  }
}
