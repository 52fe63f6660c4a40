import VitaModel

extension ThemeReader.Reading {
  /// The vertical spaces a layout file sets, by name.
  static let spaces: [NamedField<Spacing, Double>] = [
    ("before-heading", \.beforeHeading), ("after-heading", \.afterHeading),
    ("between-entries", \.betweenEntries), ("inside-entry", \.insideEntry),
    ("after-title", \.afterTitle),
  ]

  /// Reads `spacing`: a mapping from name to a length of zero or more.
  mutating func readSpacing(_ spacing: Entry) {
    let names = Self.spaces.map(\.name)
    for entry in entries(of: spacing.value, at: spacing.path, known: names) {
      guard let keyPath = Self.spaces.first(where: { $0.name == entry.name })?.keyPath,
        let space = length(entry, .nonNegative)
      else { continue }
      theme.spacing[keyPath: keyPath] = space
    }
  }
}
