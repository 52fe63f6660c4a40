#if canImport(Glibc)
  import Glibc
#endif

/// Where Vita's own data lives: the folder that holds `Layouts/` and `Fonts/`.
public struct Resources: Sendable {
  /// The folder holding `Layouts/` and `Fonts/`.
  public let root: String

  /// Uses a given folder.
  public init(root: String) {
    self.root = root
  }

  /// Finds the folder: `VITA_HOME` when set, else the nearest folder above the running
  /// program, then above the current folder, that holds `Fonts/fonts.conf`.
  public static func locate() throws(VitaError) -> Resources {
    if let home = getenv("VITA_HOME").map({ String(cString: $0) }), !home.isEmpty {
      guard isResourceFolder(home) else {
        throw .resourcesMissing("VITA_HOME=\(home) holds no Fonts/fonts.conf and Layouts/")
      }
      return Resources(root: home)
    }
    for start in [executablePath(), currentDirectory()].compactMap({ $0 }) {
      var folder = start
      while !folder.isEmpty {
        if isResourceFolder(folder) { return Resources(root: folder) }
        guard let slash = folder.lastIndex(of: "/") else { break }
        folder = String(folder[..<slash])
      }
    }
    throw .resourcesMissing(
      "cannot find Vita's Layouts/ and Fonts/ folders; set VITA_HOME to the folder holding them")
  }

  /// The fonts folder.
  public var fonts: String { root + "/Fonts" }
  /// The built-in layouts folder.
  public var layouts: String { root + "/Layouts" }

  /// The names of the built-in layouts, sorted.
  public func layoutNames() -> [String] {
    guard let directory = opendir(layouts) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasSuffix(".yaml"), !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
    }
    return names.sorted()
  }

  private static func isResourceFolder(_ folder: String) -> Bool {
    access(folder + "/Fonts/fonts.conf", R_OK) == 0 && access(folder + "/Layouts", R_OK) == 0
  }

  private static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    let path = String(decoding: buffer.prefix(length).map(UInt8.init(bitPattern:)), as: UTF8.self)
    return path.lastIndex(of: "/").map { String(path[..<$0]) }
  }

  private static func currentDirectory() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
  }
}
