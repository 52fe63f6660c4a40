import VitaModel

extension ThemeReader.Reading {
  /// The font roles a layout file names, in the order a CV uses them.
  static let fontRoles: [NamedField<FontRoles, FontStyle>] = [
    ("name", \.name), ("subtitle", \.subtitle), ("heading", \.heading),
    ("entry-title", \.entryTitle), ("body", \.body), ("meta", \.meta),
    ("metric-value", \.metricValue), ("metric-label", \.metricLabel), ("footer", \.footer),
  ]

  /// The keys of one font role.
  static let fontKeys = [
    "family", "size", "leading", "bold", "italic", "tracking", "uppercase", "color",
  ]

  /// Reads `fonts`: a mapping from role to style.
  mutating func readFonts(_ fonts: Entry) {
    let names = Self.fontRoles.map(\.name)
    for role in entries(of: fonts.value, at: fonts.path, known: names, kind: "font role") {
      guard let keyPath = Self.fontRoles.first(where: { $0.name == role.name })?.keyPath else {
        continue
      }
      let problemsBefore = diagnostics.count
      theme.fonts[keyPath: keyPath] = fontStyle(role, over: theme.fonts[keyPath: keyPath])
      if diagnostics.count == problemsBefore { fontNodes.append((role.value, role.path, keyPath)) }
    }
  }

  /// Reports a font role whose type or lines are larger than the text area, once the page
  /// is known: its text could only overflow the page.
  mutating func checkFontsFit() {
    let page = theme.page
    guard page.textWidth > 0, page.textHeight > 0 else { return }
    for (node, path, role) in fontNodes {
      let style = theme.fonts[keyPath: role]
      let tallest = max(style.size, style.leading)
      guard tallest > page.textHeight || style.size > page.textWidth else { continue }
      diagnostics.append(
        node.error(
          "type \(Self.formatted(style.size)) pt on lines \(Self.formatted(style.leading)) pt "
            + "apart does not fit a text area \(Self.formatted(page.textWidth)) × "
            + "\(Self.formatted(page.textHeight)) pt", fieldPath: path,
          hint: "a size and leading of a few points to a few dozen fit any page"))
    }
  }

  /// One role's style: the default with what the file says.
  ///
  /// A size without a leading keeps the default's proportion of leading to size, so that
  /// larger type does not set its lines on top of one another.
  private mutating func fontStyle(_ role: Entry, over defaults: FontStyle) -> FontStyle {
    var style = defaults
    var hasLeading = false
    for entry in entries(of: role.value, at: role.path, known: Self.fontKeys) {
      switch entry.name {
      case "family": style.family = fontFamily(entry) ?? style.family
      case "size": style.size = length(entry, .positive) ?? style.size
      case "leading":
        hasLeading = true
        style.leading = length(entry, .positive) ?? style.leading
      case "bold": style.bold = bool(entry) ?? style.bold
      case "italic": style.italic = bool(entry) ?? style.italic
      case "tracking": style.tracking = length(entry, .any) ?? style.tracking
      case "uppercase": style.uppercase = bool(entry) ?? style.uppercase
      case "color": style.color = colorRole(entry) ?? style.color
      default: break
      }
    }
    if !hasLeading, style.size != defaults.size {
      style.leading = defaults.leading / defaults.size * style.size
    }
    return style
  }

  private mutating func fontFamily(_ entry: Entry) -> String? {
    guard let family = string(entry) else { return nil }
    guard !family.allSatisfy(\.isWhitespace) else {
      diagnostics.append(
        entry.value.error(
          "the font family is empty", fieldPath: entry.path,
          hint: "name a family fontconfig knows, such as Linux Libertine O"))
      return nil
    }
    return family
  }

  /// A font's colour: the name of one of the palette's roles.
  private mutating func colorRole(_ entry: Entry) -> Palette.Role? {
    let known = Palette.Role.allCases.map(\.rawValue)
    guard let name = entry.value.string else {
      diagnostics.append(entry.value.wrongType(expected: "a colour name", fieldPath: entry.path))
      return nil
    }
    guard let role = Palette.Role(rawValue: name) else {
      let hint = ClosestName.hint(
        for: name, among: known,
        otherwise: "a font's colour names one of the colours under 'colors': ")
      diagnostics.append(
        entry.value.error("unknown colour '\(name)'", fieldPath: entry.path, hint: hint))
      return nil
    }
    return role
  }
}
