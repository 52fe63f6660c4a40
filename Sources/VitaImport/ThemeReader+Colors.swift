import VitaModel

extension ThemeReader.Reading {
  /// The colours a layout file sets, by role.
  static let colorRoles: [NamedField<Palette, RGBColor>] = [
    ("text", \.text), ("accent", \.accent), ("muted", \.muted), ("link", \.link),
    ("rule", \.rule),
  ]

  /// Reads `colors`: a mapping from role to `"#rrggbb"`, and `chart`, a list of them.
  mutating func readColors(_ colors: Entry) {
    let names = Self.colorRoles.map(\.name) + ["chart"]
    for entry in entries(of: colors.value, at: colors.path, known: names, kind: "colour role") {
      if entry.name == "chart" {
        readChartColors(entry)
        continue
      }
      guard let keyPath = Self.colorRoles.first(where: { $0.name == entry.name })?.keyPath,
        let color = color(entry)
      else { continue }
      theme.colors[keyPath: keyPath] = color
    }
  }

  /// Reads `colors.chart`: the series colours of charts, a non-empty list in order of use.
  private mutating func readChartColors(_ entry: Entry) {
    let hint = "write the series colours in order, such as [\"#0072b2\", \"#e69f00\"]"
    guard let items = entry.value.sequence else {
      diagnostics.append(
        entry.value.wrongType(expected: "a list of colours", fieldPath: entry.path, hint: hint))
      return
    }
    guard !items.isEmpty else {
      diagnostics.append(
        entry.value.error("the list of chart colours is empty", fieldPath: entry.path, hint: hint))
      return
    }
    let colors = items.enumerated().compactMap { index, item in
      color(Entry(name: entry.name, value: item, path: FieldPath.item(index, in: entry.path)))
    }
    if colors.count == items.count { theme.colors.chart = colors }
  }

  /// A colour written `"#rrggbb"` or `"#rgb"`; `nil` after reporting it.
  mutating func color(_ entry: Entry) -> RGBColor? {
    // Unquoted, `text: #1a1a1a` is a key whose value is a comment: an empty value.
    if entry.value.isNull {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a colour", fieldPath: entry.path,
          hint: "put the colour in quotes, such as \"#1a1a1a\": unquoted, # starts a comment"))
      return nil
    }
    guard let text = entry.value.string else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a colour", fieldPath: entry.path,
          hint: "write a colour as \"#rrggbb\" or \"#rgb\", in quotes"))
      return nil
    }
    guard let color = RGBColor(hex: text) else {
      diagnostics.append(
        entry.value.error(
          "unknown colour '\(text)'", fieldPath: entry.path,
          hint: "write a colour as \"#rrggbb\" or \"#rgb\", in quotes"))
      return nil
    }
    return color
  }
}
