import VitaModel

// Stand-ins for the BibTeX, OpenAlex and Scholar readers, which are written in parallel on
// another branch; this file goes when they land.

/// Reads BibTeX; a stand-in until the real reader lands.
public struct BibTeXReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads BibTeX bytes; the stand-in reports that the format is not yet supported.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    (nil, [Diagnostic(.error, "BibTeX is not yet supported", file: file)])
  }
}

/// Reads OpenAlex records; a stand-in until the real reader lands.
public struct OpenAlexReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads OpenAlex JSON; the stand-in reports that the format is not yet supported.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    (nil, [Diagnostic(.error, "OpenAlex records are not yet supported", file: file)])
  }
}

/// Reads Google Scholar exports; a stand-in until the real reader lands.
public struct ScholarReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads a Scholar export; the stand-in reports that the format is not yet supported.
  public func read(_ bytes: [UInt8], file: String?) -> (
    profile: Profile?, diagnostics: [Diagnostic]
  ) {
    (nil, [Diagnostic(.error, "Google Scholar exports are not yet supported", file: file)])
  }
}
