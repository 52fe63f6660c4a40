import CYAML
import VitaModel

extension YAMLReader {
  /// The error libyaml stopped on, with its own words and where it was.
  static func libyamlError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>)
    -> Diagnostic
  {
    let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
    switch parser.error {
    case YAML_MEMORY_ERROR:
      return .error("libyaml ran out of memory")

    case YAML_READER_ERROR:
      // The reader reports a byte offset, not a mark: count lines and characters up to it.
      let (line, column) = position(ofByte: parser.problem_offset, in: input)
      let isEncoding = problem.contains("UTF-8") || problem.contains("Unicode")
      return .error(
        problem, line: line, column: column,
        hint: isEncoding ? "Vita reads YAML as UTF-8; save the file in that encoding" : nil)

    default:
      let (line, column) = clamped(parser.problem_mark, to: input)
      var hint: String?
      if let context = parser.context.map({ String(cString: $0) }) {
        let start = clamped(parser.context_mark, to: input)
        hint = "\(context) that starts at line \(start.line), column \(start.column)"
      }
      return .error(problem, line: line, column: column, hint: hint)
    }
  }

  /// A libyaml mark as a 1-based line and column, moved back to the end of the text when
  /// it lies past it (libyaml ends the stream on a line of its own).
  private static func clamped(_ mark: yaml_mark_t, to input: UnsafeBufferPointer<UInt8>)
    -> (line: Int, column: Int)
  {
    let end = position(ofByte: input.count, in: input)
    let line = Int(mark.line) + 1
    let column = Int(mark.column) + 1
    if line > end.line || (line == end.line && column > end.column) { return end }
    return (line, column)
  }

  /// The 1-based line and column of a byte, counting columns in characters.
  private static func position(ofByte offset: Int, in input: UnsafeBufferPointer<UInt8>)
    -> (line: Int, column: Int)
  {
    var line = 1
    var column = 1
    for byte in input.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
