/// What a layout file says: the page, the type, the colours and what goes where.
///
/// Every built-in look is a file in `Layouts/`; the values below are only the defaults a
/// layout file falls back on for keys it leaves out.
public struct Theme: Hashable, Sendable {
  /// The layout's name, such as "classic".
  public var name: String = "custom"
  /// One line on what the layout is for.
  public var summary: String = ""
  /// Page size and margins.
  public var page = PageSetup()
  /// Type for each role.
  public var fonts = FontRoles()
  /// Colours.
  public var colors = Palette()
  /// Vertical spacing between blocks, in points.
  public var spacing = Spacing()
  /// The sections of the CV, in order.
  public var sections: [Section] = [.metrics, .publications]
  /// The running footer; `{name}`, `{page}`, `{pages}` and `{date}` are filled in.
  public var footer: String = "{name} · page {page} of {pages}"
  /// The running header, with the same placeholders; empty for none.
  public var header: String = ""
  /// The charts the `charts` section shows, in order; a chart whose data are missing is
  /// left out with a warning.
  public var charts: [ChartKind] = [.citationsPerYear, .papersPerYear, .categories, .coauthors]
  /// How the `charts` section sets its charts out: columns, row height and how many.
  public var chartRows = ChartRows()
  /// How the publication list is ordered and shown.
  public var publications = PublicationOptions()
  /// The years the CV covers.
  public var window = DateWindow()
  /// A column beside the main one; `nil` for a single column.
  public var sidebar: Sidebar? = nil

  /// Creates a theme with every default.
  public init() {}

  /// A section of the CV.
  public enum Section: String, Hashable, Sendable, CaseIterable {
    /// The declared figures: h-index, papers, citations and the rest.
    case metrics
    /// The publication list.
    case publications
    /// The charts that `charts` names, drawn from the profile's data.
    case charts
    /// Degrees, each beside its years.
    case education
    /// Positions held.
    case positions
    /// Awards and honours.
    case awards
    /// Talks given.
    case talks
    /// Courses taught.
    case teaching
    /// Service to the field: reviewing, committees, editing.
    case service

    /// The CV section of the profile this section shows; `nil` for metrics, charts and
    /// publications.
    public var cvKind: CVSection.Kind? { CVSection.Kind(rawValue: rawValue) }
  }
}

/// A page's size and margins, in points.
public struct PageSetup: Hashable, Sendable {
  /// The page width.
  public var width: Double = PaperSize.a4.width
  /// The page height.
  public var height: Double = PaperSize.a4.height
  /// The top margin, above the text area (the header sits inside it).
  public var marginTop: Double = 62
  /// The right margin.
  public var marginRight: Double = 68
  /// The bottom margin, below the text area (the footer sits inside it).
  public var marginBottom: Double = 70
  /// The left margin.
  public var marginLeft: Double = 68

  /// Creates the default page: A4 with margins of about an inch.
  public init() {}

  /// The width of the text area.
  public var textWidth: Double { width - marginLeft - marginRight }
  /// The height of the text area.
  public var textHeight: Double { height - marginTop - marginBottom }
}

/// The paper sizes Vita knows by name, in points.
public enum PaperSize: String, Hashable, Sendable, CaseIterable {
  /// ISO A4, 210 × 297 mm.
  case a4
  /// US Letter, 8.5 × 11 in.
  case letter

  /// The width in points.
  public var width: Double { self == .a4 ? 595.276 : 612 }
  /// The height in points.
  public var height: Double { self == .a4 ? 841.89 : 792 }
}

/// A colour as red, green and blue components from 0 to 1.
public struct RGBColor: Hashable, Sendable {
  /// The red component.
  public var red: Double
  /// The green component.
  public var green: Double
  /// The blue component.
  public var blue: Double

  /// Creates a colour from components from 0 to 1.
  public init(red: Double, green: Double, blue: Double) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Black.
  public static let black = RGBColor(red: 0, green: 0, blue: 0)

  /// Reads `#rrggbb` or `#rgb`; `nil` for anything else.
  public init?(hex: String) {
    var digits = Substring(hex)
    guard digits.first == "#" else { return nil }
    digits = digits.dropFirst()
    if digits.count == 3 { digits = Substring(digits.flatMap { [$0, $0] }) }
    guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
    red = Double((value >> 16) & 0xFF) / 255
    green = Double((value >> 8) & 0xFF) / 255
    blue = Double(value & 0xFF) / 255
  }
}

/// One role's type: family, size, weight, slant, line height and colour.
public struct FontStyle: Hashable, Sendable {
  /// The font family, as fontconfig knows it.
  public var family: String
  /// The size in points.
  public var size: Double
  /// Whether the role is set in bold.
  public var bold: Bool = false
  /// Whether the role is set in italic.
  public var italic: Bool = false
  /// The distance between baselines, in points.
  public var leading: Double
  /// Extra space between letters, in points; for capitals set as labels.
  public var tracking: Double = 0
  /// Whether the text is set in capitals.
  public var uppercase: Bool = false
  /// Which palette colour the role uses.
  public var color: Palette.Role = .text

  /// Creates a style; the line height defaults to 1.25 times the size.
  public init(
    family: String, size: Double, bold: Bool = false, italic: Bool = false,
    leading: Double? = nil, tracking: Double = 0, uppercase: Bool = false,
    color: Palette.Role = .text
  ) {
    self.family = family
    self.size = size
    self.bold = bold
    self.italic = italic
    self.leading = leading ?? size * 1.25
    self.tracking = tracking
    self.uppercase = uppercase
    self.color = color
  }
}

/// The type of each role in a CV.
public struct FontRoles: Hashable, Sendable {
  /// The researcher's name at the top.
  public var name = FontStyle(family: "Linux Libertine O", size: 24, leading: 28)
  /// The line under the name: field and organisations.
  public var subtitle = FontStyle(family: "Linux Libertine O", size: 11, italic: true)
  /// Section headings.
  public var heading = FontStyle(family: "Linux Libertine O", size: 13, bold: true, leading: 16)
  /// A publication's title.
  public var entryTitle = FontStyle(family: "Linux Libertine O", size: 10.5, bold: true)
  /// Running text: abstracts.
  public var body = FontStyle(family: "Linux Libertine O", size: 10, leading: 12.5)
  /// Small lines of facts: date, category, organisations, authors.
  public var meta = FontStyle(family: "Linux Libertine O", size: 9.5, leading: 12)
  /// A metric's figure.
  public var metricValue = FontStyle(family: "Linux Libertine O", size: 16, leading: 19)
  /// A metric's label.
  public var metricLabel = FontStyle(family: "Linux Libertine O", size: 8.5, leading: 10.5)
  /// The running header and footer.
  public var footer = FontStyle(family: "Linux Libertine O", size: 8.5, leading: 10.5)

  /// Creates the default roles.
  public init() {}
}

/// The colours a layout uses, by role.
public struct Palette: Hashable, Sendable {
  /// A colour role that a font style or a rule refers to.
  public enum Role: String, Hashable, Sendable, CaseIterable {
    /// Running text.
    case text
    /// Headings, rules and the name.
    case accent
    /// Secondary facts.
    case muted
    /// Links.
    case link
    /// Thin rules.
    case rule
  }

  /// Running text.
  public var text = RGBColor(red: 0.1, green: 0.1, blue: 0.1)
  /// Headings and the name.
  public var accent = RGBColor(red: 0.12, green: 0.23, blue: 0.4)
  /// Secondary facts.
  public var muted = RGBColor(red: 0.38, green: 0.38, blue: 0.38)
  /// Links.
  public var link = RGBColor(red: 0.12, green: 0.23, blue: 0.4)
  /// Thin rules.
  public var rule = RGBColor(red: 0.7, green: 0.7, blue: 0.7)
  /// The series colours of charts, in order of use. The default is Okabe and Ito's
  /// palette, ordered so that neighbours differ for colour-blind readers and in grey.
  public var chart: [RGBColor] = Palette.okabeIto

  /// Okabe and Ito's colour-blind-safe palette, ordered dark and light by turns (grey
  /// values 0.34, 0.64, 0.42, 0.62, 0.47, 0.84, 0.59) so that neighbours stay apart in
  /// greyscale too: blue, orange, bluish green, sky blue, vermilion, yellow, reddish purple.
  public static let okabeIto: [RGBColor] = [
    "#0072b2", "#e69f00", "#009e73", "#56b4e9", "#d55e00", "#f0e442", "#cc79a7",
  ].compactMap { RGBColor(hex: $0) }

  /// Creates the default palette.
  public init() {}

  /// The colour for a role.
  public subscript(role: Role) -> RGBColor {
    switch role {
    case .text: text
    case .accent: accent
    case .muted: muted
    case .link: link
    case .rule: rule
    }
  }
}

/// Vertical space between the blocks of a CV, in points.
public struct Spacing: Hashable, Sendable {
  /// Space before a section heading.
  public var beforeHeading: Double = 16
  /// Space between a heading and what follows.
  public var afterHeading: Double = 6
  /// Space between two publications.
  public var betweenEntries: Double = 10
  /// Space between the lines of one entry (title, facts, authors, abstract).
  public var insideEntry: Double = 1.5
  /// Space after the title block.
  public var afterTitle: Double = 10

  /// Creates the default spacing.
  public init() {}
}
