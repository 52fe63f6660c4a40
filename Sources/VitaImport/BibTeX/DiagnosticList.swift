import VitaModel

/// Diagnostics kept up to a limit and the rest only counted, so that a file of garbage costs
/// neither time nor memory in messages no one reads; shared by the YAML reader and every
/// profile reader on top of it (Vita's own format, OpenAlex, Google Scholar) and by BibTeX.
struct DiagnosticList {
  /// The most diagnostics listed one by one.
  static let limit = 1_000

  /// The diagnostics kept, in the order they were added.
  private(set) var listed: [Diagnostic] = []
  private var unlistedCount = 0
  private var unlistedHasError = false

  /// Adds a diagnostic; `make` runs only while there is room, so that its cost (finding a
  /// line and column) is not paid for diagnostics that are only counted.
  mutating func add(_ severity: Diagnostic.Severity, _ make: () -> Diagnostic) {
    guard listed.count < Self.limit else {
      unlistedCount += 1
      unlistedHasError = unlistedHasError || severity == .error
      return
    }
    listed.append(make())
  }

  /// Adds a diagnostic.
  mutating func add(_ diagnostic: Diagnostic) {
    add(diagnostic.severity) { diagnostic }
  }

  /// Adds a diagnostic, as an array would.
  mutating func append(_ diagnostic: Diagnostic) {
    add(diagnostic)
  }

  /// Adds the diagnostics of another list, and counts what it did not list.
  mutating func add(contentsOf other: DiagnosticList) {
    for diagnostic in other.listed { add(diagnostic) }
    unlistedCount += other.unlistedCount
    unlistedHasError = unlistedHasError || other.unlistedHasError
  }

  /// Adds diagnostics.
  mutating func add(contentsOf diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { add(diagnostic) }
  }

  /// The diagnostics in the order of the file, each naming it, and last, when some were only
  /// counted, one that says how many, an error if any of them was.
  func finished(file: String?) -> [Diagnostic] {
    var sorted = listed.enumerated().sorted {
      ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
        < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
    }.map { $0.element.inFile(file) }
    if unlistedCount > 0 {
      let noun = unlistedCount == 1 ? "problem was" : "problems were"
      sorted.append(
        Diagnostic(
          unlistedHasError ? .error : .warning, "\(unlistedCount) more \(noun) not listed",
          file: file))
    }
    return sorted
  }
}
