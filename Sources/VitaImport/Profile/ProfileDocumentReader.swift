import VitaModel

/// Reads Vita's own profile format, YAML or JSON, into a ``Profile``.
///
/// Keys are in kebab-case: `person`, `primary-category`, `metrics`, `citations-per-year`,
/// `papers`, the CV sections (`education`, `positions`, `awards`, `talks`, `teaching`,
/// `service`) and `sources`, which names other files to take data from (the loader follows
/// them; this reader only reads the list). `Documentation/Formats.md` describes every key,
/// and `Documentation/Schemas/profile.schema.json` is the JSON Schema.
///
/// The reader reports every problem of a file in one run, each with line, column and field
/// path (`papers[12].date`), and returns no profile when any of them is an error.
public struct ProfileDocumentReader: Sendable {
  /// The year the reader takes as now; a year after the next one is out of range.
  public var currentYear: Int

  /// Creates a reader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear ?? YearRange.clockYear()
  }

  /// Reads a profile's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, YAML or JSON, UTF-8.
  ///   - file: The file's name as the user gave it, for the diagnostics.
  /// - Returns: The profile, or `nil` if anything is an error, and every problem found, in
  ///   the order of the file.
  /// - Complexity: O(*n*) in the length of the input.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    let document = readDocument(bytes, file: file)
    return (document.profile, document.diagnostics)
  }

  /// A document as read: the profile, the files it names as sources, and the problems.
  struct Document {
    /// The profile, or `nil` if anything is an error.
    var profile: Profile?
    /// The files named under `sources:`, in order.
    var sources: [SourceReference]
    /// Every problem found, in file order.
    var diagnostics: [Diagnostic]
    /// Where each of the profile's metrics stands in the file.
    var metricOrigins: [Origin] = []
  }

  /// Where a value stands in a file, for diagnostics found after reading.
  struct Origin: Hashable, Sendable {
    /// The 1-based line.
    var line: Int
    /// The 1-based column.
    var column: Int
    /// The value's field path, such as `metrics[1]`.
    var fieldPath: String

    /// The origin of a node.
    init(_ node: YAMLNode, fieldPath: String) {
      (line, column, self.fieldPath) = (node.line, node.column, fieldPath)
    }

    /// A diagnostic moved to this place in `file`.
    func place(_ diagnostic: Diagnostic, file: String?) -> Diagnostic {
      var placed = diagnostic.inFile(file)
      (placed.line, placed.column, placed.fieldPath) = (line, column, fieldPath)
      return placed
    }
  }

  /// Reads a document, keeping its list of sources for the loader.
  func readDocument(_ bytes: [UInt8], file: String?) -> Document {
    readDocument(parsed: YAMLReader.parse(bytes, file: file), file: file)
  }

  /// Reads a document the loader has parsed already, with the parser's diagnostics.
  func readDocument(parsed: YAMLReader.Parsed, file: String?) -> Document {
    let (root, syntaxDiagnostics) = parsed
    var reading = Reading(currentYear: currentYear)
    if let root {
      reading.readProfile(root)
    } else if syntaxDiagnostics.isEmpty {
      reading.diagnostics.append(
        .error(
          "the file is empty", hint: "a profile starts with 'person:' and the person's 'name:'"))
    }
    var found = DiagnosticList()
    found.add(contentsOf: syntaxDiagnostics)
    found.add(contentsOf: reading.diagnostics)
    let diagnostics = found.finished(file: file)
    let profile = diagnostics.containsErrors ? nil : reading.profile
    return Document(
      profile: profile, sources: reading.sources, diagnostics: diagnostics,
      metricOrigins: reading.metricOrigins)
  }

  /// Diagnostics sorted by line and column, those about the whole file first, ties kept in
  /// the order they were found.
  static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated()
      .sorted {
        ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
          < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
      }
      .map(\.element)
  }

  /// The sizes past which the reader stops, so that absurd input costs neither time nor
  /// memory.
  enum Limit {
    /// The most papers read; the rest are dropped with a warning.
    static let papers = 100_000
    /// The most items read in any other list.
    static let listItems = 100_000
    /// The longest string kept, in characters; longer ones are cut with a warning.
    static let stringLength = 100_000
    /// The earliest year accepted.
    static let firstYear = YearRange.firstYear
  }
}

/// A file a profile names under `sources:`, to take papers or citations from.
struct SourceReference: Hashable, Sendable {
  /// What a source contributes.
  enum Part: String, CaseIterable, Sendable {
    /// Its papers, appended to the profile's.
    case papers
    /// Its citation history, taken when the profile has none.
    case citations
  }

  /// The path as written, relative to the profile's folder.
  var file: String
  /// What to take; every part when the profile does not say.
  var parts: Set<Part>
  /// The format to read it as, when the profile forces one.
  var format: ProfileFormat?
  /// Where the entry is, for diagnostics.
  var line: Int
  /// The column of the entry.
  var column: Int
  /// The entry's field path, such as `sources[1].file`.
  var fieldPath: String
}
