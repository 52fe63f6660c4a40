/// One node of a YAML or JSON document, with the line and column it starts at.
///
/// A node is a scalar, a sequence or a mapping. Scalars keep their text as written and
/// whether it was plain, so that `"123"` stays a string while `123` reads as an integer;
/// the typed accessors (`string`, `int`, `double`, `bool`, `isNull`) apply YAML 1.2's core
/// schema. Mappings keep their pairs in file order, keys included as nodes, so a reader can
/// point at a key when it reports one.
public struct YAMLNode: Hashable, Sendable {
  /// What a node holds.
  public enum Content: Hashable, Sendable {
    /// A scalar's text; `plain` is true when its type comes from its text (no quotes, no
    /// block style, no string tag).
    case scalar(String, plain: Bool)
    /// A sequence's items, in order.
    case sequence([YAMLNode])
    /// A mapping's pairs, in file order.
    case mapping([Pair])
  }

  /// One key and its value in a mapping.
  public struct Pair: Hashable, Sendable {
    /// The key, as a node with its own position.
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  /// What the node holds.
  public var content: Content
  /// The 1-based line the node starts on.
  public var line: Int
  /// The 1-based column the node starts at, counted in characters.
  public var column: Int

  /// Creates a node.
  public init(_ content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }

  /// The text of a scalar of any type, as written; `nil` for a sequence or a mapping.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// The items of a sequence; `nil` for anything else.
  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The pairs of a mapping; `nil` for anything else.
  public var mapping: [Pair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// The value of the first pair whose key is the scalar `key`; `nil` if there is none or
  /// the node is not a mapping.
  public subscript(key: String) -> YAMLNode? {
    mapping?.first { $0.key.scalar == key }?.value
  }
}
