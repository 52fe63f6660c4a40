import VitaModel

extension ProfileLoader {
  /// Reads one source and merges what it is asked for into the profile: papers are appended
  /// unless the profile has them already, and the citation history is taken when the
  /// profile has none. A profile without a name takes the source's person.
  func merge(_ source: SourceReference, into profile: inout Profile, profileFile: String?)
    -> [Diagnostic]
  {
    let path: String
    switch resolve(source, profileFile: profileFile) {
    case .path(let resolved): path = resolved
    case .refused(let diagnostic): return [diagnostic]
    }
    let shown = Self.joined(folder: profileFile.map(Self.folder) ?? "", source.file)
    let bytes: [UInt8]
    switch FileAccess.read(path, limit: TextEncoding.maximumSize) {
    case .success(let read): bytes = read
    case .failure(let failure):
      return [error(source, profileFile, "cannot read the source '\(shown)': \(failure.reason)")]
    }

    let document = readOne(bytes: bytes, file: shown, format: source.format)
    var diagnostics = document.diagnostics
    if !document.sources.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, "the sources a source names are not followed", file: shown,
          fieldPath: "sources", hint: "name every source in the profile itself"))
    }
    guard let taken = document.profile else { return diagnostics }

    if profile.person.name.isEmpty { profile.person = taken.person }
    if source.parts.contains(.papers) {
      // The papers' source is named only while it is the only one.
      let hadPapers = !profile.papers.isEmpty
      Self.appendNewPapers(taken.papers, to: &profile)
      profile.papersSource = hadPapers ? nil : taken.papersSource
    }
    if source.parts.contains(.citations), profile.citationHistory.isEmpty {
      profile.citationHistory = taken.citationHistory
    }
    return diagnostics
  }

  /// The real path of a source, or the error that refuses it: an absolute path, or one
  /// that leads out of the profile's folder, through `..` or a symbolic link.
  private func resolve(_ source: SourceReference, profileFile: String?) -> Resolution {
    guard let profileFile else {
      return .refused(
        error(
          source, nil, "sources can only be followed from a profile read from a file",
          hint: "read the profile from its file, or merge the sources yourself"))
    }
    let hint = "name a file in the profile's folder or below it, by a relative path"
    guard !source.file.hasPrefix("/") else {
      return .refused(
        error(source, profileFile, "the source '\(source.file)' is an absolute path", hint: hint))
    }
    let folder = Self.folder(profileFile)
    guard let realFolder = FileAccess.realPath(folder.isEmpty ? "." : folder) else {
      return .refused(error(source, profileFile, "cannot find the profile's folder"))
    }
    guard let real = FileAccess.realPath(Self.joined(folder: folder, source.file)) else {
      let shown = Self.joined(folder: folder, source.file)
      return .refused(
        error(source, profileFile, "cannot read the source '\(shown)': no such file"))
    }
    let inside = realFolder == "/" ? real.hasPrefix("/") : real.hasPrefix(realFolder + "/")
    guard inside else {
      return .refused(
        error(
          source, profileFile, "the source '\(source.file)' leads out of the profile's folder",
          hint: hint))
    }
    return .path(real)
  }

  /// Where a source is, or why it is refused.
  private enum Resolution {
    case path(String)
    case refused(Diagnostic)
  }

  private func error(
    _ source: SourceReference, _ file: String?, _ message: String, hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, message, file: file, line: source.line, column: source.column,
      fieldPath: source.fieldPath, hint: hint)
  }

  /// The folder part of a path, without the final slash; empty for a bare name.
  static func folder(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// A path inside a folder.
  static func joined(folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  // MARK: Duplicates

  /// Appends the papers the profile does not have yet: the same DOI, the same arXiv
  /// identifier, or the same title and year make a duplicate.
  static func appendNewPapers(_ papers: [Paper], to profile: inout Profile) {
    var seen = Set(profile.papers.flatMap(identities))
    for paper in papers {
      let keys = identities(of: paper)
      guard seen.isDisjoint(with: keys) else { continue }
      seen.formUnion(keys)
      profile.papers.append(paper)
    }
  }

  /// The keys under which a paper counts as the same paper.
  static func identities(of paper: Paper) -> [String] {
    var keys: [String] = []
    if let doi = paper.doi, !doi.isEmpty { keys.append("doi:" + doi.lowercased()) }
    if let arXiv = paper.arXiv, !arXiv.isEmpty { keys.append("arxiv:" + bareArXiv(arXiv)) }
    let title = normalisedTitle(paper.title)
    if !title.isEmpty { keys.append("title:\(title)|\(paper.date?.year ?? 0)") }
    return keys
  }

  /// An arXiv identifier in lower case, without `arXiv:` and without a version.
  private static func bareArXiv(_ text: String) -> String {
    var id = text.lowercased()
    if id.hasPrefix("arxiv:") { id.removeFirst(6) }
    if let v = id.lastIndex(of: "v"), id[id.index(after: v)...].allSatisfy(\.isNumber),
      id.index(after: v) < id.endIndex
    {
      id = String(id[..<v])
    }
    return id
  }

  /// A title in lower case, its letters and digits only, words split by one space.
  private static func normalisedTitle(_ title: String) -> String {
    title.lowercased()
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .joined(separator: " ")
  }
}
