import VitaCharts
import VitaImport
import VitaLayout
import VitaModel
import VitaRender
import VitaText

/// What a render produces besides the page images: which layout was used and where.
public struct RenderOptions: Sendable {
  /// The output format.
  public var format: OutputFormat = .pdf
  /// The resolution of PNG pages, in dots per inch.
  public var dpi: Double = 150
  /// A built-in layout's name or a layout file's path; `classic` when `nil`.
  public var layout: String? = nil
  /// A paper size that overrides the layout's.
  public var paper: PaperSize? = nil
  /// The name to mark in author lists; the profile's own name when `nil`.
  public var owner: String? = nil
  /// The first year shown, overriding the layout's `since`; `nil` keeps the layout's.
  public var since: Int? = nil
  /// The last year shown, overriding the layout's `until`; `nil` keeps the layout's.
  public var until: Int? = nil
  /// The creation time, in seconds since 1970, for the PDF's date and `{date}`.
  public var creationTime: Int64 = 0

  /// Creates the default options.
  public init() {}
}

/// A file a render produced, in memory, before it is written.
public struct RenderedFile: Sendable {
  /// The 1-based page it shows, for per-page formats; `nil` for a PDF of all pages.
  public var page: Int?
  /// The file's contents.
  public var bytes: [UInt8]
}

/// The library's entry point: finds Vita's resources, sets up the fonts once, and renders
/// profiles. It never prints and never exits; problems arrive as `VitaError` values and
/// warnings as diagnostics.
public final class Engine: Sendable {
  /// Vita's version.
  public static let version = "0.1.0"
  /// Where `Layouts/` and `Fonts/` are.
  public let resources: Resources
  /// The text engine, on the private font configuration.
  public let text: PangoTextEngine

  /// Sets up fonts from the resources (found with `Resources.locate()` when not given).
  public init(resources: Resources? = nil) throws(VitaError) {
    if let resources {
      self.resources = resources
    } else {
      self.resources = try Resources.locate()
    }
    do {
      text = PangoTextEngine(fonts: try FontConfiguration(folder: self.resources.fonts))
    } catch {
      throw .fonts(error)
    }
  }

  /// An engine for another thread: its own text engine (Pango is not shared across
  /// threads) over the same font configuration and resources.
  public init(sharingFontsWith other: Engine) {
    resources = other.resources
    text = PangoTextEngine(fonts: other.text.fonts)
  }

  // MARK: Reading

  /// Reads a profile file in any format Vita knows, following the sources a Vita profile
  /// names; warnings come back with it, errors throw.
  ///
  /// - Parameter format: The format to read it as; detected from the name and contents when
  ///   `nil`.
  public func readProfile(at path: String, format: ProfileFormat? = nil) throws(VitaError)
    -> (Profile, [Diagnostic])
  {
    try readProfile(Files.read(path), file: path, format: format)
  }

  /// Reads profile bytes in any format; `file` names them in diagnostics, and a Vita
  /// profile's sources are resolved from its folder.
  public func readProfile(_ bytes: [UInt8], file: String?, format: ProfileFormat? = nil)
    throws(VitaError) -> (Profile, [Diagnostic])
  {
    let (profile, diagnostics) = ProfileLoader().read(bytes: bytes, file: file, format: format)
    guard let profile, !diagnostics.containsErrors else { throw .invalidInput(diagnostics) }
    return (profile, diagnostics)
  }

  /// Reads a layout: a built-in name (`classic`) or the path of a layout file.
  public func readTheme(_ nameOrPath: String?) throws(VitaError) -> (Theme, [Diagnostic]) {
    try readLayoutFile(layoutPath(nameOrPath), chain: [])
  }

  // MARK: Rendering

  /// The document a profile and theme compose to, with the options' paper and owner.
  public func document(_ profile: Profile, theme: Theme, options: RenderOptions) -> Document {
    var theme = theme
    if let paper = options.paper {
      theme.page.width = paper.width
      theme.page.height = paper.height
    }
    if let since = options.since { theme.window.since = since }
    if let until = options.until { theme.window.until = until }
    let compose = Compose(
      profile: profile, theme: theme,
      options: ComposeOptions(
        owner: options.owner, date: CivilDate(seconds: options.creationTime).longDescription,
        creator: "Vita \(Engine.version)", figures: ChartFigures(shaper: text),
        currentYear: options.creationTime > 0 ? CivilDate(seconds: options.creationTime).year : nil
      ))
    return compose.document()
  }

  /// The pages of a document.
  public func pages(_ document: Document) -> [Frame] {
    FlowLayout(shaper: text, figures: ChartFigures(shaper: text)).pages(document)
  }

  /// Renders a profile to files in memory: one PDF, or one PNG or SVG per page.
  public func render(_ profile: Profile, theme: Theme, options: RenderOptions) throws(VitaError)
    -> [RenderedFile]
  {
    var warnings: [Diagnostic] = []
    return try render(profile, theme: theme, options: options, warnings: &warnings)
  }

  /// Renders a profile to files in memory and adds what composing noticed (a chart left
  /// out for want of data) to `warnings`.
  public func render(
    _ profile: Profile, theme: Theme, options: RenderOptions, warnings: inout [Diagnostic]
  ) throws(VitaError) -> [RenderedFile] {
    try text.fonts.requireFamilies(theme.fonts.all.map(\.family), orThrow: VitaError.fonts)
    let document = document(profile, theme: theme, options: options)
    // Composing's warnings concern the layout's lists, such as `charts[0]`.
    warnings += document.warnings.map { $0.file == nil ? $0.inFile("layout '\(theme.name)'") : $0 }
    let pages = pages(document)
    do {
      switch options.format {
      case .pdf:
        let info = PDFInfo(
          metadata: document.metadata, creator: "Vita \(Engine.version)",
          creationDate: CivilDate(seconds: options.creationTime).isoTimestamp)
        return [RenderedFile(page: nil, bytes: try Renderer.pdf(pages, info: info))]
      case .png:
        return try pages.enumerated().map { index, page throws(RenderError) in
          RenderedFile(page: index + 1, bytes: try Renderer.png(page, dpi: options.dpi))
        }
      case .svg:
        return try pages.enumerated().map { index, page throws(RenderError) in
          RenderedFile(page: index + 1, bytes: try Renderer.svg(page))
        }
      }
    } catch {
      if case .imageTooLarge = error { throw .usage(error.description) }
      throw .render(error)
    }
  }

  /// Where a render's files go: `base` as it is for a PDF, `base-N.ext` per page for the
  /// other formats, where `base` loses a final `.pdf`, `.png` or `.svg`.
  public static func outputPaths(base: String, format: OutputFormat, files: [RenderedFile])
    -> [String]
  {
    var stem = base
    for format in OutputFormat.allCases where stem.hasSuffix("." + format.fileExtension) {
      stem.removeLast(format.fileExtension.count + 1)
    }
    return files.map { file in
      guard let page = file.page else { return "\(stem).\(format.fileExtension)" }
      return "\(stem)-\(page).\(format.fileExtension)"
    }
  }
}

extension FontRoles {
  /// Every role's style.
  var all: [FontStyle] {
    [name, subtitle, heading, entryTitle, body, meta, metricValue, metricLabel, footer]
  }
}

extension FontConfiguration {
  func requireFamilies(
    _ families: [String], orThrow wrap: (FontError) -> VitaError
  ) throws(VitaError) {
    do { try requireFamilies(families) } catch { throw wrap(error) }
  }
}
