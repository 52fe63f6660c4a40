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
    guard let items = entry.value.sequence else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a list of sections", fieldPath: entry.path,
          hint: "write the sections in order, such as [metrics, publications]"))
      return
    }

    let known = Theme.Section.allCases.map(\.rawValue)
    var sections: [Theme.Section] = []
    for (index, item) in items.enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      guard let name = item.string else {
        diagnostics.append(item.wrongType(expected: "a section name", fieldPath: path))
        continue
      }
      guard let section = Theme.Section(rawValue: name) else {
        let hint = ClosestName.hint(for: name, among: known, otherwise: "known sections: ")
        diagnostics.append(item.error("unknown section '\(name)'", fieldPath: path, hint: hint))
        continue
      }
      guard !sections.contains(section) else {
        diagnostics.append(item.error("section '\(name)' is listed twice", fieldPath: path))
        continue
      }
      sections.append(section)
    }
    if sections.count == items.count { theme.sections = sections }
  }

  /// The keys of `charts` written as a mapping.
  static let chartRowKeys = ["kinds", "columns", "height", "at-most"]

  /// Reads `charts`: the list of charts the `charts` section shows, in order, or a mapping
  /// with that list as `kinds` and how the rows are set out.
  mutating func readCharts(_ entry: Entry) {
    guard entry.value.mapping != nil else {
      theme.charts = chartKinds(entry) ?? theme.charts
      return
    }
    for field in entries(of: entry.value, at: entry.path, known: Self.chartRowKeys) {
      switch field.name {
      case "kinds": theme.charts = chartKinds(field) ?? theme.charts
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
    guard let items = entry.value.sequence else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a list of charts", fieldPath: entry.path,
          hint: "write the charts in order, such as [citations-per-year, papers-per-year]"))
      return nil
    }

    let known = ChartKind.allCases.map(\.rawValue)
    var charts: [ChartKind] = []
    for (index, item) in items.enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      guard let name = item.string else {
        diagnostics.append(item.wrongType(expected: "a chart name", fieldPath: path))
        continue
      }
      guard let chart = ChartKind(rawValue: name) else {
        let hint = ClosestName.hint(for: name, among: known, otherwise: "known charts: ")
        diagnostics.append(item.error("unknown chart '\(name)'", fieldPath: path, hint: hint))
        continue
      }
      guard !charts.contains(chart) else {
        diagnostics.append(item.error("chart '\(name)' is listed twice", fieldPath: path))
        continue
      }
      charts.append(chart)
    }
    return charts.count == items.count ? charts : nil
  }
}
