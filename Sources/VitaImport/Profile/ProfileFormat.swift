/// The formats a profile can come in.
public enum ProfileFormat: String, Hashable, Sendable, CaseIterable {
  /// The text copied from a researcher's profile page (`ProfileTextReader`).
  case text
  /// Vita's own format, YAML or JSON (`ProfileDocumentReader`).
  case vita
  /// A BibTeX bibliography.
  case bibtex
  /// An OpenAlex `/authors` record, a `/works` list or a single work.
  case openalex
  /// A Google Scholar author export in SerpApi's shape.
  case scholar
  /// A JSON Resume (jsonresume.org): a CV with `basics`, `work`, `education` and the rest.
  case jsonresume

  /// The format of a file, from its name and its first bytes.
  ///
  /// Content decides where it is clear: a JSON or YAML mapping is classified by its root
  /// keys (`works_count`, `counts_by_year` or an OpenAlex `results` list for OpenAlex,
  /// `search_metadata`, or `articles` beside `author`, `cited_by`, `table` or `graph`, for
  /// Scholar; `basics` for JSON Resume; anything else for Vita), and a line opening a BibTeX entry (`@article{`)
  /// means BibTeX. Otherwise the extension decides (`.bib`, `.yaml`, `.yml`, `.json`,
  /// `.txt`), and text is the fallback.
  ///
  /// - Parameters:
  ///   - path: The file's name, or `nil` for bytes from memory.
  ///   - bytes: The file's contents, UTF-8.
  public static func detect(path: String?, bytes: [UInt8]) -> ProfileFormat {
    detectParsing(path: path, bytes: bytes).format
  }

  /// The format of a file, and the tree parsed to find it when the file is YAML or JSON,
  /// so that the reader need not parse it again. The tree's diagnostics name no file.
  static func detectParsing(path: String?, bytes: [UInt8]) -> (
    format: ProfileFormat, parsed: YAMLReader.Parsed?
  ) {
    let fileExtension = path.flatMap(Self.fileExtension) ?? ""
    let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
    let first = start < bytes.endIndex ? bytes[start] : 0

    let looksLikeJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    if looksLikeJSON || ["json", "yaml", "yml"].contains(fileExtension) {
      let parsed = YAMLReader.parse(bytes, file: nil)
      return (parsed.root.flatMap(classify) ?? .vita, parsed)
    }
    return (detectText(fileExtension: fileExtension, bytes: bytes), nil)
  }

  /// The format of a file that is neither JSON nor named as YAML.
  private static func detectText(fileExtension: String, bytes: [UInt8]) -> ProfileFormat {
    if ["bib", "bibtex"].contains(fileExtension) || opensBibTeXEntry(bytes) { return .bibtex }
    if fileExtension == "txt" { return .text }
    return hasVitaRootKey(bytes) ? .vita : .text
  }

  /// The lower-cased extension of a file name, without the dot.
  static func fileExtension(_ path: String) -> String? {
    let name = path.split(separator: "/").last ?? Substring(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The format a YAML or JSON tree's root keys point to; `nil` when they point nowhere.
  private static func classify(_ root: YAMLNode) -> ProfileFormat? {
    if root.sequence != nil { return isOpenAlexWork(root.sequence?.first) ? .openalex : nil }
    guard let pairs = root.mapping else { return nil }
    let keys = Set(pairs.compactMap(\.key.scalar))
    if keys.contains("person") || keys.contains("papers") { return .vita }
    if keys.contains("basics") { return .jsonresume }
    let scholarCompanions = ["author", "cited_by", "table", "graph"]
    if keys.contains("search_metadata")
      || (keys.contains("articles") && scholarCompanions.contains(where: keys.contains))
    {
      return .scholar
    }
    if keys.contains("works_count") || keys.contains("counts_by_year")
      || keys.contains("summary_stats") || isOpenAlexWork(root)
    {
      return .openalex
    }
    if let results = root["results"]?.sequence, results.isEmpty || isOpenAlexWork(results[0]) {
      return .openalex
    }
    return .vita
  }

  /// Whether a node looks like an OpenAlex work or author: an `id` on openalex.org.
  private static func isOpenAlexWork(_ node: YAMLNode?) -> Bool {
    guard let id = node?["id"]?.string else { return false }
    return id.hasPrefix("https://openalex.org/")
  }

  /// Whether a line in the first 64 KB opens a BibTeX entry: `@word{` or `@word(`.
  private static func opensBibTeXEntry(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(1 << 16)
    var index = head.startIndex
    while index < head.endIndex {
      var cursor = index
      while cursor < head.endIndex, head[cursor] == UInt8(ascii: " ") || head[cursor] == 9 {
        cursor += 1
      }
      if cursor < head.endIndex, head[cursor] == UInt8(ascii: "@") {
        cursor += 1
        let wordStart = cursor
        while cursor < head.endIndex, isLetter(head[cursor]) { cursor += 1 }
        while cursor < head.endIndex, head[cursor] == UInt8(ascii: " ") { cursor += 1 }
        if cursor > wordStart, cursor < head.endIndex,
          head[cursor] == UInt8(ascii: "{") || head[cursor] == UInt8(ascii: "(")
        {
          return true
        }
      }
      index = head[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? head.endIndex
    }
    return false
  }

  /// Whether a line of the first 64 KB starts with one of Vita's root keys and a colon.
  private static func hasVitaRootKey(_ bytes: [UInt8]) -> Bool {
    let head = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
    return head.split(separator: "\n").contains { line in
      ["person:", "papers:", "sources:"].contains { line.hasPrefix($0) }
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 10 || byte == 13
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte)
  }
}
