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
  /// - Parameters:
  ///   - bytes: The file's contents, in UTF-8, UTF-16 with a byte-order mark, or Latin-1.
  ///   - file: The file's path as the user gave it, or `nil` for bytes from memory (whose
  ///     sources cannot be followed).
  ///   - format: The format to read the bytes as; detected when `nil`.
  public func read(bytes: [UInt8], file: String?, format: ProfileFormat? = nil) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    let document = readOne(bytes: bytes, file: file, format: format)
    guard var profile = document.profile, !document.sources.isEmpty else {
      return (document.profile, document.diagnostics)
    }
    var diagnostics = document.diagnostics
    for source in document.sources {
      diagnostics += merge(source, into: &profile, profileFile: file)
    }
    if profile.person.name.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, "the profile has no name, and no source gave one", file: file,
          fieldPath: "person.name", hint: "add 'person:' with the person's 'name:'"))
    }
    return (diagnostics.containsErrors ? nil : profile, diagnostics)
  }

  /// One file read in its format, without following its sources.
  func readOne(bytes: [UInt8], file: String?, format: ProfileFormat?) -> (
    profile: Profile?, sources: [SourceReference], diagnostics: [Diagnostic]
  ) {
    let (utf8, encodingDiagnostics) = TextEncoding.utf8(bytes)
    let located = encodingDiagnostics.map { $0.inFile(file) }
    guard let utf8 else { return (nil, [], located) }

    let result: (profile: Profile?, diagnostics: [Diagnostic])
    var sources: [SourceReference] = []
    switch format ?? ProfileFormat.detect(path: file, bytes: utf8) {
    case .text: result = ProfileTextReader().read(utf8, file: file)
    case .bibtex: result = BibTeXReader().read(utf8, file: file)
    case .openalex: result = OpenAlexReader().read(utf8, file: file)
    case .scholar: result = ScholarReader().read(utf8, file: file)
    case .vita:
      let document = ProfileDocumentReader(currentYear: currentYear).readDocument(
        utf8, file: file)
      result = (document.profile, document.diagnostics)
      sources = document.sources
    }
    let diagnostics = located + result.diagnostics
    return (diagnostics.containsErrors ? nil : result.profile, sources, diagnostics)
  }
}
