extension ProfileTextReader {
  /// What a paper's authors line says.
  struct AuthorsLine {
    /// The authors' names, in order.
    var names: [String] = []
    /// Whether the list ends with "et al.".
    var truncated = false
    /// The organisations after the middle dot.
    var organisations: [String] = []
  }
}

extension ProfileTextReader.Parser {
  typealias AuthorsLine = ProfileTextReader.AuthorsLine

  /// Reads "Name, Name et al. · org, org": names split at commas, a trailing "et al." that
  /// marks the list as cut, and organisations after the middle dot (U+00B7).
  mutating func readAuthors(_ line: Line, path: String) -> AuthorsLine {
    let text: ArraySlice<UInt8>
    if line.length > Limit.fieldLength {
      text = ArraySlice(field(line, name: "authors line", fieldPath: path + ".authors").utf8)
    } else {
      text = bytes[line.start..<line.end]
    }

    var authors = AuthorsLine()
    let dot = middleDot(in: text)
    var names = trimmed(text[..<(dot ?? text.endIndex)])
    authors.truncated = removeEtAl(from: &names)
    authors.names = list(names, item: "author name", line: line, fieldPath: path + ".authors")
    if let dot {
      authors.organisations = list(
        trimmed(text[(dot + 2)...]), item: "organisation", line: line,
        fieldPath: path + ".organisations")
    }
    return authors
  }

  /// The offset of the first middle dot, two bytes in UTF-8.
  private func middleDot(in text: ArraySlice<UInt8>) -> Int? {
    var index = text.startIndex
    while index + 1 < text.endIndex {
      if text[index] == 0xC2, text[index + 1] == 0xB7 { return index }
      index += 1
    }
    return nil
  }

  /// Removes a trailing "et al." (or "et al"), with the commas and spaces before it, and
  /// tells whether there was one.
  private func removeEtAl(from names: inout ArraySlice<UInt8>) -> Bool {
    for suffix in ["et al.", "et al"] {
      let count = suffix.utf8.count
      guard names.count >= count else { continue }
      let start = names.endIndex - count
      let ending = names[start...]
      guard zip(ending, suffix.utf8).allSatisfy({ Byte.lowercased($0) == $1 }),
        start == names.startIndex || Byte.isBlank(names[start - 1])
          || names[start - 1] == Byte.comma
      else { continue }
      names = names[..<start]
      while let last = names.last, Byte.isBlank(last) || last == Byte.comma {
        names.removeLast()
      }
      return true
    }
    return false
  }

  /// The comma-separated items of a list, trimmed; empty items are dropped with one warning.
  private mutating func list(
    _ text: ArraySlice<UInt8>, item: String, line: Line, fieldPath: String
  ) -> [String] {
    guard !text.isEmpty else { return [] }
    var items: [String] = []
    var droppedEmpty = false
    for part in text.split(separator: Byte.comma, omittingEmptySubsequences: false) {
      let name = trimmed(part)
      if name.isEmpty {
        droppedEmpty = true
      } else {
        items.append(String(decoding: name, as: UTF8.self))
      }
    }
    if droppedEmpty { report(.emptyListItem(what: item), at: line, fieldPath: fieldPath) }
    return items
  }

  /// Some bytes without the spaces and tabs around them.
  private func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var text = text
    while let first = text.first, Byte.isBlank(first) { text.removeFirst() }
    while let last = text.last, Byte.isBlank(last) { text.removeLast() }
    return text
  }
}
