import CYAML
import VitaModel

/// Reads YAML, and JSON as the YAML subset it is, into a tree of positioned nodes.
///
/// The reader runs libyaml's event parser and builds the tree without recursion. It never
/// crashes on bad bytes: a syntax or encoding error, an alias that expands too far,
/// nesting deeper than `maximumDepth`, more than `maximumNodes` nodes, a duplicate key or
/// a second document each become an error diagnostic with line and column; a list or a
/// mapping longer than `maximumItems` is cut, with a warning. Errors that leave the tree
/// in doubt (syntax, encoding, depth, aliases) also leave the root `nil`; after a
/// duplicate key or a second document, the root is still returned, so that a reader can
/// report what else is wrong.
public enum YAMLReader {
  /// The most sequences and mappings a document may nest inside one another.
  public static let maximumDepth = 256

  /// The most nodes that aliases may add to a document in all, so that a few lines of
  /// aliases of aliases ("billion laughs") cannot make a tree that never ends.
  public static let maximumAliasedNodes = 100_000

  /// The most items a sequence keeps, and the most pairs a mapping keeps; the rest are
  /// read for their syntax, dropped, and counted in a warning.
  public static let maximumItems = 100_000

  /// The most nodes a document may keep in all; past it, the reading stops with an error,
  /// so that a file of empty lists costs no more memory than a profile could need.
  public static let maximumNodes = 4_000_000

  /// A parsed document: the root, or `nil`, and the problems found.
  typealias Parsed = (root: YAMLNode?, diagnostics: [Diagnostic])

  /// Parses one document.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents, UTF-8.
  ///   - file: The file's name as the user gave it, for the diagnostics.
  /// - Returns: The root node, `nil` for an empty document or one that could not be read
  ///   to its end, and every problem found, each tagged with `file`.
  /// - Complexity: O(*n*) in the length of the input, plus the nodes aliases add.
  public static func parse(_ bytes: [UInt8], file: String?) -> (
    root: YAMLNode?, diagnostics: [Diagnostic]
  ) {
    guard !bytes.isEmpty else { return (nil, []) }

    var builder = TreeBuilder()
    let failure = bytes.withUnsafeBufferPointer { input in
      runParser(on: input, into: &builder)
    }

    var diagnostics = builder.diagnostics
    if let failure { diagnostics.append(failure) }
    diagnostics = diagnostics.map { $0.inFile(file) }

    // A tree cut short by a syntax error would look like a valid, smaller document.
    return (failure == nil ? builder.root : nil, diagnostics)
  }

  /// Feeds libyaml's events to the builder; returns the error that stopped the reading.
  private static func runParser(
    on input: UnsafeBufferPointer<UInt8>, into builder: inout TreeBuilder
  ) -> Diagnostic? {
    // libyaml keeps a pointer to the parser inside the parser, so it needs a fixed address.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) != 0 else {
      return .error("libyaml could not start: out of memory")
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }
    while true {
      guard yaml_parser_parse(parser, event) != 0 else {
        return libyamlError(parser.pointee, input: input)
      }
      defer { yaml_event_delete(event) }
      if event.pointee.type == YAML_STREAM_END_EVENT { return nil }
      if let failure = feed(event.pointee, into: &builder) { return failure }
    }
  }

  /// Hands one event to the builder.
  private static func feed(_ event: yaml_event_t, into builder: inout TreeBuilder)
    -> Diagnostic?
  {
    let line = Int(event.start_mark.line) + 1
    let column = Int(event.start_mark.column) + 1
    if event.type == YAML_DOCUMENT_START_EVENT {
      builder.startDocument(line: line, column: column)
    }
    guard builder.isInFirstDocument else { return nil }

    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      // A node past a cap is dropped: its text is not worth decoding.
      let text =
        builder.dropsNext
        ? ""
        : String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      return builder.addScalar(
        text, plain: isPlain(event), anchor: string(scalar.anchor), line: line, column: column)
    case YAML_SEQUENCE_START_EVENT:
      return builder.startCollection(
        isMapping: false, anchor: string(event.data.sequence_start.anchor), line: line,
        column: column)
    case YAML_MAPPING_START_EVENT:
      return builder.startCollection(
        isMapping: true, anchor: string(event.data.mapping_start.anchor), line: line,
        column: column)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      return builder.endCollection()
    case YAML_ALIAS_EVENT:
      return builder.addAlias(string(event.data.alias.anchor) ?? "", line: line, column: column)
    default:
      break
    }
    return nil
  }

  /// Whether a scalar's type comes from its text: written plain and not tagged as a string.
  private static func isPlain(_ event: yaml_event_t) -> Bool {
    let scalar = event.data.scalar
    guard scalar.style == YAML_PLAIN_SCALAR_STYLE else { return false }
    guard let tag = string(scalar.tag) else { return true }
    return tag != "!" && tag != "tag:yaml.org,2002:str"
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
