import VitaImport
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

extension Engine {
  /// The file a layout name or path stands for: a built-in's file in `Layouts/`, or the
  /// path as given.
  public func layoutPath(_ nameOrPath: String?) throws(VitaError) -> String {
    let name = nameOrPath ?? "classic"
    if Self.isLayoutPath(name) { return name }
    guard resources.layoutNames().contains(name) else {
      let known = resources.layoutNames().joined(separator: ", ")
      throw .usage("unknown layout '\(name)'; the built-in layouts are: \(known)")
    }
    return "\(resources.layouts)/\(name).yaml"
  }

  /// The built-in layouts, sorted by name, each with its one-line summary.
  public func builtInLayouts() throws(VitaError) -> [(name: String, summary: String)] {
    try resources.layoutNames().map { name throws(VitaError) in
      (name, try readTheme(name).0.summary)
    }
  }

  /// Reads a layout file, following `extends:` through built-in names and relative paths;
  /// `chain` holds the files already being read, to refuse a cycle.
  func readLayoutFile(_ path: String, chain: [String]) throws(VitaError) -> (
    Theme, [Diagnostic]
  ) {
    let bytes = try Files.read(path)
    let chain = chain + [Self.canonical(path)]
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    let resolve: ThemeReader.ParentResolver = { [self] reference in
      self.readParent(reference, folder: folder, chain: chain)
    }
    let (theme, diagnostics) = ThemeReader().read(bytes, file: path, parent: resolve)
    guard let theme, !diagnostics.containsErrors else { throw .invalidInput(diagnostics) }
    return (theme, diagnostics)
  }

  /// The layout an `extends:` names, or why it cannot be had.
  private func readParent(_ reference: String, folder: String, chain: [String]) -> Result<
    Theme, ThemeReader.ParentFailure
  > {
    let path: String
    if Self.isLayoutPath(reference) {
      path = reference.hasPrefix("/") ? reference : folder + reference
    } else {
      guard resources.layoutNames().contains(reference) else {
        return .failure(
          .init(
            message: "there is no built-in layout of that name",
            knownNames: resources.layoutNames()))
      }
      path = "\(resources.layouts)/\(reference).yaml"
    }
    if let start = chain.firstIndex(of: Self.canonical(path)) {
      let names = (chain[start...] + [Self.canonical(path)]).map(Self.fileName)
      return .failure(
        .init(
          message: "the layouts extend each other in a cycle: "
            + names.joined(separator: " → "),
          hint: "remove 'extends' from one of them"))
    }
    do {
      return .success(try readLayoutFile(path, chain: chain).0)
    } catch {
      switch error {
      case .invalidInput(let diagnostics):
        return .failure(.init(message: "it holds errors", diagnostics: diagnostics))
      default:
        return .failure(.init(message: error.description))
      }
    }
  }

  /// Whether a layout reference is a file rather than a built-in name.
  static func isLayoutPath(_ name: String) -> Bool {
    name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
      || name.hasSuffix(".json")
  }

  /// The absolute path of a file without `.`, `..` or links, or the path as given when it
  /// cannot be resolved.
  private static func canonical(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The last part of a path.
  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
