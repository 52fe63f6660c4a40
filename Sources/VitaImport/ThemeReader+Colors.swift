import VitaModel

extension ThemeReader.Reading {
  /// The colours a layout file sets, by role.
  static let colorRoles: [NamedField<Palette, RGBColor>] = [
    ("text", \.text), ("accent", \.accent), ("muted", \.muted), ("link", \.link),
    ("rule", \.rule),
  ]

  /// Reads `colors`: a mapping from role to `"#rrggbb"`.
  mutating func readColors(_ colors: Entry) {
    let names = Self.colorRoles.map(\.name)
    for entry in entries(of: colors.value, at: colors.path, known: names, kind: "colour role") {
      guard let keyPath = Self.colorRoles.first(where: { $0.name == entry.name })?.keyPath,
        let color = color(entry)
      else { continue }
      theme.colors[keyPath: keyPath] = color
    }
  }

  /// A colour written `"#rrggbb"` or `"#rgb"`; `nil` after reporting it.
  private mutating func color(_ entry: Entry) -> RGBColor? {
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
