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
struct TextPositions {
  private let bytes: [UInt8]
  /// The offset where each line starts.
  private let lineStarts: [Int]

  /// Indexes the lines of a text; LF ends a line (a CR before it is part of the line end).
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// The line and the column, counted in characters, of the byte at `offset`.
  /// - Complexity: O(log *l* + *c*) for *l* lines and a column *c*.
  func location(of offset: Int) -> (line: Int, column: Int) {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    for byte in bytes[lineStarts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
    return (low + 1, column)
  }
}
