import VitaModel

/// What a render asks of composition beyond the profile and the theme.
public struct ComposeOptions: Sendable {
  /// The name to mark in author lists; the profile's own name when `nil`.
  public var owner: String?
  /// The date that `{date}` in a header or footer stands for.
  public var date: String
  /// Vita's version, for the PDF's creator field.
  public var creator: String
  /// Tells which charts the profile's data allow; without one, no charts are composed.
  public var figures: (any FigureProvider)?
  /// The year the report is made in; charts leave out later years.
  public var currentYear: Int?

  /// Creates options.
  public init(
    owner: String? = nil, date: String = "", creator: String = "Vita",
    figures: (any FigureProvider)? = nil, currentYear: Int? = nil
  ) {
    self.owner = owner
    self.date = date
    self.creator = creator
    self.figures = figures
    self.currentYear = currentYear
  }
}

/// Turns a profile and a theme into a document: decides what is on the pages, never where.
public struct Compose {
  let profile: Profile
  let theme: Theme
  let options: ComposeOptions
  let owners: [PersonName]

  /// Prepares to compose a profile with a theme; a theme's window of years narrows the
  /// profile to it first.
  public init(profile: Profile, theme: Theme, options: ComposeOptions = ComposeOptions()) {
    self.profile = profile.windowed(theme.window)
    self.theme = theme
    self.options = options
    owners = [PersonName(options.owner ?? profile.name)].compactMap { $0 }
  }

  /// The document: the title block (unless a sidebar shows the name), then each section
  /// the theme names, in its order, and the sidebar.
  public func document() -> Document {
    let nameInSidebar = theme.sidebar?.sections.contains(.name) ?? false
    var blocks = nameInSidebar ? [] : titleBlock()
    var warnings: [Diagnostic] = []
    for section in theme.sections {
      switch section {
      case .metrics: blocks += metricsSection()
      case .publications: blocks += publicationsSection()
      case .charts: blocks += chartsSection(warnings: &warnings)
      case .education, .positions, .awards, .talks, .teaching, .service:
        blocks += section.cvKind.map(cvSection) ?? []
      }
    }
    var document = Document(
      page: theme.page, blocks: blocks, metadata: metadata(),
      footer: running(theme.footer), header: running(theme.header))
    document.sidebar = sidebarFlow(warnings: &warnings)
    document.warnings = warnings
    return document
  }

  // MARK: Styles

  /// The text style of a font role.
  func style(_ role: FontStyle, bold: Bool? = nil, color: Palette.Role? = nil) -> TextStyle {
    TextStyle(
      font: FontRequest(
        family: role.family, size: role.size, bold: bold ?? role.bold, italic: role.italic),
      color: theme.colors[color ?? role.color], tracking: role.tracking)
  }

  /// A paragraph in one role's style.
  func paragraph(_ text: String, _ role: FontStyle, alignment: TextAlignment = .left) -> Block {
    let shown = role.uppercase ? text.uppercased() : text
    return .paragraph(
      StyledText(shown, style: style(role)),
      ParagraphStyle(alignment: alignment, leading: role.leading))
  }

  private func running(_ template: String) -> RunningText? {
    guard !template.isEmpty else { return nil }
    let filled = Self.trimmingSeparators(
      template.replacing("{name}", with: profile.name).replacing("{date}", with: options.date))
    return RunningText(
      template: filled, style: style(theme.fonts.footer), leading: theme.fonts.footer.leading)
  }

  /// A running text without the " · " an empty placeholder leaves at either end:
  /// "{name} · page {page}" for a profile without a name is "page {page}".
  static func trimmingSeparators(_ text: String) -> String {
    var text = Substring(text)
    while let first = text.first, first == " " || first == "·" { text.removeFirst() }
    while let last = text.last, last == " " || last == "·" { text.removeLast() }
    return String(text)
  }

  private func metadata() -> DocumentMetadata {
    let categories = profile.papers.flatMap(\.categories).map(\.name)
    var keywords: [String] = []
    for name in [profile.primaryCategory?.name].compactMap({ $0 }) + categories
    where !keywords.contains(name) {
      keywords.append(name)
    }
    let field = profile.primaryCategory.map { ": \($0.name)" } ?? ""
    return DocumentMetadata(
      title: "\(profile.name) · Curriculum vitae", author: profile.name,
      subject: "Publications and research metrics\(field)", keywords: keywords)
  }
}
