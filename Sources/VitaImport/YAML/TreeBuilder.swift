import VitaModel

/// Builds a node tree from parser events, with an explicit stack instead of recursion.
///
/// The builder also applies the rules libyaml leaves to its callers: it resolves aliases
/// within a budget, refuses nesting deeper than `YAMLReader.maximumDepth`, reports the
/// second of two equal keys in a mapping, and reads one document per file.
struct TreeBuilder {
  /// A node that is complete, with what its size costs an alias that repeats it.
  struct Built {
    var node: YAMLNode
    /// The number of nodes in the subtree, this one included.
    var size: Int
    /// The number of collections on the longest path down, this one included.
    var height: Int
  }

  /// A sequence or a mapping whose end has not been read yet.
  private struct OpenCollection {
    var isMapping: Bool
    var line: Int
    var column: Int
    var anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLNode.Pair] = []
    /// The key read last, waiting for its value.
    var pendingKey: YAMLNode?
    /// Whether the pending key repeats an earlier one, so that its value is dropped.
    var dropsValue = false
    /// Where each scalar key sits in `pairs`, built once a mapping grows past a few keys.
    var keyIndex: [String: Int]?
    var size = 1
    var height = 1

    /// Adds an item, a key or a value; returns the earlier key when `built` is a key that
    /// repeats one, and then drops the value that follows.
    mutating func add(_ built: Built) -> YAMLNode? {
      size += built.size
      height = max(height, built.height + 1)
      if !isMapping {
        items.append(built.node)
      } else if let key = pendingKey {
        if !dropsValue { pairs.append(YAMLNode.Pair(key: key, value: built.node)) }
        pendingKey = nil
        dropsValue = false
      } else {
        pendingKey = built.node
        guard let text = built.node.scalar else { return nil }
        if let earlier = indexOfKey(text) {
          dropsValue = true
          return pairs[earlier].key
        }
        keyIndex?[text] = pairs.count
      }
      return nil
    }

    /// Where a key with this text sits in `pairs`.
    private mutating func indexOfKey(_ text: String) -> Int? {
      if keyIndex == nil, pairs.count >= TreeBuilder.linearKeySearchLimit {
        var index: [String: Int] = [:]
        for (position, pair) in pairs.enumerated() {
          if let key = pair.key.scalar, index[key] == nil { index[key] = position }
        }
        keyIndex = index
      }
      if let keyIndex { return keyIndex[text] }
      return pairs.firstIndex { $0.key.scalar == text }
    }
  }

  /// The problems found so far that did not stop the reading.
  private(set) var diagnostics: [Diagnostic] = []
  /// The document's root, once it is complete.
  private(set) var root: YAMLNode?

  private var stack: [OpenCollection] = []
  private var anchors: [String: Built] = [:]
  private var aliasedNodes = 0
  private var documentCount = 0

  /// Mappings with more keys than this look their keys up in a dictionary.
  private static let linearKeySearchLimit = 8

  /// Whether no document but the first has started; later ones are checked for syntax
  /// by libyaml but not built.
  var isInFirstDocument: Bool { documentCount <= 1 }

  /// Notes the start of a document, and reports the second.
  mutating func startDocument(line: Int, column: Int) {
    documentCount += 1
    guard documentCount == 2 else { return }
    diagnostics.append(
      .error(
        "the file holds more than one YAML document", line: line, column: column,
        hint: "a line '---' starts a new document; Vita reads one document per file"))
  }

  /// Opens a sequence or a mapping; returns an error that stops the reading if it nests
  /// too deep.
  mutating func startCollection(isMapping: Bool, anchor: String?, line: Int, column: Int)
    -> Diagnostic?
  {
    guard stack.count < YAMLReader.maximumDepth else {
      return tooDeep(line: line, column: column)
    }
    var open = OpenCollection(isMapping: isMapping, line: line, column: column, anchor: anchor)
    if isMapping { open.pairs.reserveCapacity(8) } else { open.items.reserveCapacity(8) }
    stack.append(open)
    return nil
  }

  /// Closes the innermost sequence or mapping.
  mutating func endCollection() {
    guard let open = stack.popLast() else { return }
    let content: YAMLNode.Content = open.isMapping ? .mapping(open.pairs) : .sequence(open.items)
    let node = YAMLNode(content, line: open.line, column: open.column)
    complete(Built(node: node, size: open.size, height: open.height), anchor: open.anchor)
  }

  /// Adds a scalar.
  mutating func addScalar(_ text: String, plain: Bool, anchor: String?, line: Int, column: Int) {
    let node = YAMLNode(.scalar(text, plain: plain), line: line, column: column)
    complete(Built(node: node, size: 1, height: 0), anchor: anchor)
  }

  /// Adds a copy of the node an anchor names; returns an error that stops the reading if
  /// the copies grow past the budget or nest too deep.
  mutating func addAlias(_ name: String, line: Int, column: Int) -> Diagnostic? {
    guard let target = anchors[name], !stack.contains(where: { $0.anchor == name }) else {
      reportUnresolvedAlias(name, line: line, column: column)
      addScalar("", plain: true, anchor: nil, line: line, column: column)
      return nil
    }

    aliasedNodes += target.size
    guard aliasedNodes <= YAMLReader.maximumAliasedNodes else {
      return .error(
        "aliases expand to more than \(YAMLReader.maximumAliasedNodes) nodes", line: line,
        column: column,
        hint: "each '*\(name)' copies the node '&\(name)' names; copies of copies grow "
          + "exponentially")
    }
    guard stack.count + target.height <= YAMLReader.maximumDepth else {
      return tooDeep(line: line, column: column)
    }
    complete(target, anchor: nil)
    return nil
  }

  private func tooDeep(line: Int, column: Int) -> Diagnostic {
    .error(
      "the document nests deeper than \(YAMLReader.maximumDepth) levels", line: line,
      column: column)
  }

  private mutating func reportUnresolvedAlias(_ name: String, line: Int, column: Int) {
    if stack.contains(where: { $0.anchor == name }) {
      diagnostics.append(
        .error("alias '*\(name)' refers to a node that contains it", line: line, column: column))
    } else {
      diagnostics.append(
        .error(
          "alias '*\(name)' names no anchor", line: line, column: column,
          hint: "write '&\(name)' on a node before the alias"))
    }
  }

  /// Hands a finished node to the collection around it, or makes it the root.
  private mutating func complete(_ built: Built, anchor: String?) {
    if let anchor { anchors[anchor] = built }
    guard !stack.isEmpty else {
      root = built.node
      return
    }
    guard let first = stack[stack.count - 1].add(built), let text = first.scalar else { return }

    let key = built.node
    diagnostics.append(
      .error(
        "duplicate key '\(text)'", line: key.line, column: key.column, fieldPath: path(),
        hint: "'\(text)' is first set at line \(first.line), column \(first.column)"))
  }

  /// The path of the node being read, such as `fonts.body.size` or `papers[3].title`.
  private func path() -> String {
    var path = ""
    for open in stack {
      if !open.isMapping {
        path += "[\(open.items.count)]"
      } else if let key = open.pendingKey?.scalar {
        path += path.isEmpty ? key : ".\(key)"
      }
    }
    return path
  }
}
