import VitaModel

/// Reads a profile in any format Vita knows, and follows the files a Vita profile names as
/// its sources.
///
/// Before parsing, the bytes are brought to UTF-8 (see `TextEncoding`); the format is then
/// the one asked for or the one `ProfileFormat.detect(path:bytes:)` finds. The loader never
/// throws and never prints: every problem comes back as a diagnostic.
public struct ProfileLoader: Sendable {
  /// The year taken as now, for the range of years.
  public var currentYear: Int?

  /// Creates a loader; `currentYear` defaults to the clock's year.
  public init(currentYear: Int? = nil) {
    self.currentYear = currentYear
  }

  /// Reads the profile in a file, with the sources it names.
  ///
  /// - Parameters:
  ///   - path: The file's path, also its name in diagnostics.
  ///   - format: The format to read it as; detected from the name and contents when `nil`.
  /// - Returns: The profile, or `nil` when anything is an error (the file unreadable
  ///   included), and every problem found.
  public func load(path: String, from format: ProfileFormat? = nil) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    switch FileAccess.read(path, limit: TextEncoding.maximumSize) {
    case .success(let bytes): return read(bytes: bytes, file: path, format: format)
    case .failure(let failure):
      return (nil, [Diagnostic(.error, "cannot read the file: \(failure.reason)", file: path)])
    }
  }

  /// Reads a profile from bytes; sources are resolved relative to `file`'s folder.
  ///
  /// Once the sources are merged, each declared h-index, i10-index or citation count that
  /// the papers' own counts contradict gets a warning; the declared figure is kept.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, in UTF-8, UTF-16 with a byte-order mark, or Latin-1.
  ///   - file: The file's path as the user gave it, or `nil` for bytes from memory (whose
  ///     sources cannot be followed).
  ///   - format: The format to read the bytes as; detected when `nil`.
  public func read(bytes: [UInt8], file: String?, format: ProfileFormat? = nil) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    let document = readOne(bytes: bytes, file: file, format: format)
    guard var profile = document.profile else { return (nil, document.diagnostics) }
    var fromSources: [Diagnostic] = []
    for source in document.sources {
      fromSources += merge(source, into: &profile, profileFile: file)
    }
    var own = document.diagnostics
    // A source that failed may have had the name: its errors say enough.
    if !document.sources.isEmpty, profile.person.name.isEmpty, !fromSources.containsErrors {
      own.append(
        Diagnostic(
          .warning, "the profile has no name, and no source gave one", file: file,
          fieldPath: "person.name", hint: "add 'person:' with the person's 'name:'"))
    }
    own += Self.disagreements(of: profile, origins: document.metricOrigins, file: file)

    // The profile's own problems in the order of its file, then each source's.
    let diagnostics = ProfileDocumentReader.inFileOrder(own) + fromSources
    return (diagnostics.containsErrors ? nil : profile, diagnostics)
  }

  /// The warnings for declared metrics the papers contradict, placed where each metric
  /// stands in the file when the reader knows.
  private static func disagreements(
    of profile: Profile, origins: [ProfileDocumentReader.Origin], file: String?
  ) -> [Diagnostic] {
    profile.metricDisagreements().map { disagreement in
      guard disagreement.metricIndex < origins.count else {
        // Another program's file: the model's index would name no field of it.
        var warning = disagreement.warning.inFile(file)
        warning.fieldPath = nil
        return warning
      }
      return origins[disagreement.metricIndex].place(disagreement.warning, file: file)
    }
  }

  /// One file read in its format, without following its sources.
  func readOne(bytes: [UInt8], file: String?, format: ProfileFormat?) -> (
    profile: Profile?, sources: [SourceReference], diagnostics: [Diagnostic],
    metricOrigins: [ProfileDocumentReader.Origin]
  ) {
    let (utf8, encodingDiagnostics) = TextEncoding.utf8(bytes)
    let located = encodingDiagnostics.map { $0.inFile(file) }
    guard let utf8 else { return (nil, [], located, []) }

    // Recognising YAML or JSON parses it: the reader takes that tree rather than parse again.
    let detected =
      format.map { (format: $0, parsed: nil) }
      ?? ProfileFormat.detectParsing(path: file, bytes: utf8)
    let document = read(utf8, as: detected.format, parsed: detected.parsed, file: file)
    let diagnostics = located + document.diagnostics
    return (
      diagnostics.containsErrors ? nil : document.profile, document.sources, diagnostics,
      document.metricOrigins
    )
  }

  /// Bytes read by the reader of a format; `parsed` is their tree, when detection made it.
  private func read(
    _ utf8: [UInt8], as format: ProfileFormat, parsed: YAMLReader.Parsed?, file: String?
  ) -> ProfileDocumentReader.Document {
    func tree() -> YAMLReader.Parsed {
      guard let parsed else { return YAMLReader.parse(utf8, file: file) }
      return (parsed.root, parsed.diagnostics.map { $0.inFile(file) })
    }
    let result: (profile: Profile?, diagnostics: [Diagnostic])
    switch format {
    case .text: result = ProfileTextReader().read(utf8, file: file)
    case .bibtex: result = BibTeXReader(currentYear: currentYear).read(utf8, file: file)
    case .openalex:
      result = OpenAlexReader(currentYear: currentYear).read(parsed: tree(), file: file)
    case .scholar: result = ScholarReader(currentYear: currentYear).read(parsed: tree(), file: file)
    case .jsonresume:
      result = JSONResumeReader(currentYear: currentYear).read(parsed: tree(), file: file)
    case .vita:
      return ProfileDocumentReader(currentYear: currentYear).readDocument(
        parsed: tree(), file: file)
    }
    return ProfileDocumentReader.Document(
      profile: result.profile, sources: [], diagnostics: result.diagnostics)
  }
}
