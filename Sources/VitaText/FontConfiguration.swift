import CPango

#if canImport(Glibc)
  import Glibc
#endif

/// Why fonts could not be set up.
public enum FontError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `Fonts/fonts.conf` is missing or fontconfig refused it.
  case configurationUnreadable(path: String)
  /// The configuration names no folder that holds a font.
  case noFonts(path: String)
  /// A family a layout asks for is not installed; `package` is the Debian package that has it.
  case missingFamily(family: String, package: String?)

  public var description: String {
    switch self {
    case .configurationUnreadable(let path):
      "cannot load the font configuration \(path)"
    case .noFonts(let path):
      "the font configuration \(path) finds no fonts; run Scripts/setup.sh to install them"
    case .missingFamily(let family, let package?):
      "the font family '\(family)' is not installed; install the Debian package \(package) "
        + "(apt-get install \(package)), or run Scripts/setup.sh"
    case .missingFamily(let family, nil):
      "the font family '\(family)' is not installed and Fonts/manifest.tsv does not name "
        + "a package for it; add it there or choose another family in the layout"
    }
  }
}

/// A private fontconfig configuration that sees the fonts `Fonts/fonts.conf` names and no
/// others, so that the same input gives the same output on every machine.
public final class FontConfiguration: @unchecked Sendable {
  /// The fontconfig configuration; owned, destroyed with this object.
  let config: OpaquePointer
  /// Debian packages by family, from `Fonts/manifest.tsv`.
  public let packages: [String: String]

  /// Loads `fonts.conf` and `manifest.tsv` from a fonts folder.
  public init(folder: String) throws(FontError) {
    let path = folder + "/fonts.conf"
    guard let config = FcConfigCreate() else { throw .configurationUnreadable(path: path) }
    guard FcConfigParseAndLoad(config, path, 1) != 0, FcConfigBuildFonts(config) != 0 else {
      FcConfigDestroy(config)
      throw .configurationUnreadable(path: path)
    }
    let fonts = FcConfigGetFonts(config, FcSetSystem)
    guard let fonts, fonts.pointee.nfont > 0 else {
      FcConfigDestroy(config)
      throw .noFonts(path: path)
    }
    // Pango's font map starts a thread that calls FcInit, which would load the machine's
    // own configuration and scan its fonts; with this one current, FcInit has nothing to do.
    FcConfigSetCurrent(config)
    self.config = config
    packages = FontConfiguration.readManifest(folder + "/manifest.tsv")
  }

  deinit {
    FcConfigDestroy(config)
  }

  /// Throws for the first family that no font in the configuration has.
  public func requireFamilies(_ families: some Sequence<String>) throws(FontError) {
    for family in Set(families).sorted() where !hasFamily(family) {
      throw .missingFamily(family: family, package: packages[family])
    }
  }

  /// Whether some font in the configuration belongs to a family (generic names count).
  public func hasFamily(_ family: String) -> Bool {
    if ["serif", "sans-serif", "sans", "monospace"].contains(family) { return true }
    guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return false }
    defer {
      FcPatternDestroy(pattern)
      FcObjectSetDestroy(objects)
    }
    FcPatternAddString(pattern, "family", family)
    FcObjectSetAdd(objects, "family")
    guard let list = FcFontList(config, pattern, objects) else { return false }
    defer { FcFontSetDestroy(list) }
    return list.pointee.nfont > 0
  }

  /// The manifest's family-to-package column pair; a missing manifest gives none.
  private static func readManifest(_ path: String) -> [String: String] {
    guard let file = fopen(path, "r") else { return [:] }
    defer { fclose(file) }
    var packages: [String: String] = [:]
    var buffer = [CChar](repeating: 0, count: 1024)
    while fgets(&buffer, Int32(buffer.count), file) != nil {
      let line = String(
        decoding: buffer.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 2, !line.hasPrefix("#"), columns[0] != "family" else { continue }
      packages[String(columns[0])] = String(columns[1]).trimmingTrailingNewline()
    }
    return packages
  }
}

extension String {
  fileprivate func trimmingTrailingNewline() -> String {
    var text = self
    while text.last == "\n" || text.last == "\r" { text.removeLast() }
    return text
  }
}
