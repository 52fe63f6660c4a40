/// One `@type{key, field = value, …}` entry as the file writes it, before its LaTeX becomes
/// text.
struct BibTeXEntry {
  /// One `name = value` pair, with the value's macros expanded and its pieces joined, but its
  /// braces and LaTeX kept.
  struct Field {
    /// The field's name, in lower case.
    var name: String
    /// The value, without its outer braces or quotes.
    var value: String
    /// The byte offset where the value starts, for diagnostics.
    var offset: Int
  }

  /// The entry type in lower case: `article`, `inproceedings`.
  var type: String
  /// The citation key, as written.
  var key: String
  /// The byte offset of the entry's `@`.
  var offset: Int
  /// The fields in the order the file gives them; a repeated name keeps its first value.
  var fields: [Field] = []

  /// The field with this lower-case name.
  func field(_ name: String) -> Field? {
    fields.first { $0.name == name }
  }

  /// The value of the field with this lower-case name.
  func value(_ name: String) -> String? {
    field(name)?.value
  }
}

/// Turns byte offsets into the 1-based lines and columns that diagnostics print.
///
/// Columns count characters, so the positions keep how many characters come before every
/// block of bytes: a column then costs at most one block's bytes, however long the line.
struct TextPositions {
  private let bytes: [UInt8]
  /// The offset where each line starts.
  private let lineStarts: [Int]
  /// The number of characters before each block of `blockSize` bytes.
  private let charactersBeforeBlock: [Int]
  private static let blockSize = 512

  /// Indexes the lines of a text; LF ends a line (a CR before it is part of the line end).
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var blocks: [Int] = []
    blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
    var characters = 0
    for (offset, byte) in bytes.enumerated() {
      if offset % Self.blockSize == 0 { blocks.append(characters) }
      if byte & 0xC0 != 0x80 { characters += 1 }
      if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    }
    blocks.append(characters)
    lineStarts = starts
    charactersBeforeBlock = blocks
  }

  /// The 1-based line of the byte at `offset`.
  /// - Complexity: O(log *l*) for *l* lines.
  func line(of offset: Int) -> Int {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The line and the column, counted in characters, of the byte at `offset`.
  /// - Complexity: O(log *l*) for *l* lines, plus one block of bytes.
  func location(of offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(offset, 0), bytes.count)
    let line = line(of: offset)
    return (line, characters(before: offset) - characters(before: lineStarts[line - 1]) + 1)
  }

  /// The number of characters in the bytes before `offset`.
  private func characters(before offset: Int) -> Int {
    let block = offset / Self.blockSize
    var count = charactersBeforeBlock[block]
    for byte in bytes[(block * Self.blockSize)..<offset] where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
