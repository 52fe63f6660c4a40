import VitaModel

/// Reads a layout file (`Layouts/*.yaml`) into a `Theme`.
///
/// The reader starts from `Theme()` and overrides what the file says. It reports every
/// problem it finds in one run, each with line, column and field path (`fonts.body.size`),
/// and returns no theme if any of them is an error. `Layouts/classic.yaml` documents every
/// key.
public struct ThemeReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads a layout file's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, YAML or JSON, UTF-8.
  ///   - file: The file's name as the user gave it, for the diagnostics.
  ///   - parent: Reads the layout that `extends:` names; without it, `extends` is an error.
  /// - Returns: The theme, or `nil` if anything is an error, and every problem found.
  public func read(_ bytes: [UInt8], file: String?, parent: ParentResolver? = nil) -> (
    theme: Theme?, diagnostics: [Diagnostic]
  ) {
    let (root, syntaxDiagnostics) = YAMLReader.parse(bytes, file: file)
    var reading = Reading()
    if let root {
      reading.readExtends(root, resolve: parent)
      reading.readTheme(root)
    } else if syntaxDiagnostics.isEmpty {
      reading.diagnostics.append(
        .warning("the layout file is empty, so every value is the default"))
    }

    let diagnostics =
      reading.parentDiagnostics
      + Self.inFileOrder(syntaxDiagnostics + reading.diagnostics.map { $0.inFile(file) })
    return (diagnostics.containsErrors ? nil : reading.theme, diagnostics)
  }

  /// Diagnostics sorted by line and column, those about the whole file first, ties kept
  /// in the order they were found.
  private static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated()
      .sorted {
        ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
          < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
      }
      .map(\.element)
  }
}

extension ThemeReader {
  /// One pass over a layout file: the theme so far and what was wrong.
  struct Reading {
    /// A key of a layout file and the model field it sets.
    typealias NamedField<Root, Value> = (
      name: String, keyPath: WritableKeyPath<Root, Value> & Sendable
    )

    /// The theme, defaults overridden by what has been read.
    var theme = Theme()
    /// The problems found, without the file name.
    var diagnostics: [Diagnostic] = []
    /// The problems of the layout that `extends` names, already in their own file.
    var parentDiagnostics: [Diagnostic] = []
    /// The sidebar's node and path, for checking its width once the page is read.
    var sidebarNode: (node: YAMLNode, path: String)?
    /// The font roles the file sets, with their nodes, for checking once the page is read
    /// that their lines fit the text area.
    var fontNodes: [(node: YAMLNode, path: String, role: WritableKeyPath<FontRoles, FontStyle>)] =
      []

    /// The keys a layout file may have at its root, in the order `classic.yaml` uses.
    static let rootKeys = [
      "extends", "name", "summary", "page", "fonts", "colors", "spacing", "sections", "charts",
      "header", "footer", "publications", "since", "until", "sidebar",
    ]

    /// Reads the root mapping, key by key.
    mutating func readTheme(_ root: YAMLNode) {
      guard root.mapping != nil else {
        diagnostics.append(
          root.wrongType(
            expected: "a mapping of layout settings", fieldPath: nil,
            hint: "a layout file has keys such as 'name:', 'page:' and 'fonts:'"))
        return
      }
      for entry in entries(of: root, at: nil, known: Self.rootKeys) {
        readRootEntry(entry)
      }
      checkSidebar()
      checkFontsFit()
    }

    private mutating func readRootEntry(_ entry: Entry) {
      switch entry.name {
      case "name": theme.name = string(entry) ?? theme.name
      case "summary": theme.summary = string(entry) ?? theme.summary
      case "page": readPage(entry)
      case "fonts": readFonts(entry)
      case "colors": readColors(entry)
      case "spacing": readSpacing(entry)
      case "sections": readSections(entry)
      case "charts": readCharts(entry)
      case "header": theme.header = runningText(entry) ?? theme.header
      case "footer": theme.footer = runningText(entry) ?? theme.footer
      case "publications": readPublications(entry)
      case "since", "until": readWindowYear(entry)
      case "sidebar": readSidebar(entry)
      default: break
      }
    }
  }
}
