import VitaModel

/// Builds a node tree from parser events, with an explicit stack instead of recursion.
///
/// The builder also applies the rules libyaml leaves to its callers: it resolves aliases
/// within a budget, refuses nesting deeper than `YAMLReader.maximumDepth` and more nodes
/// than `YAMLReader.maximumNodes`, keeps at most `YAMLReader.maximumItems` items of a list
/// or pairs of a mapping, reports the second of two equal keys in a mapping, and reads one
/// document per file.
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
    /// Whether the collection around this one is full or dropped, so that this one and
    /// everything inside it is read for its syntax only.
    var isDropped = false
    /// The items, or keys and values, read past `YAMLReader.maximumItems` and dropped.
    var droppedNodes = 0

    /// Whether the next item, key or value is dropped: this collection is dropped, or full.
    var dropsNext: Bool {
      if isDropped { return true }
      if droppedNodes > 0 { return true }
      let kept = isMapping ? pairs.count : items.count
      return kept >= YAMLReader.maximumItems && pendingKey == nil
    }

    /// The items or pairs dropped, for the warning.
    var droppedCount: Int { isMapping ? droppedNodes / 2 : droppedNodes }

    /// Adds an item, a key or a value; returns the earlier key when `built` is a key that
    /// repeats one, and then drops the value that follows.
    mutating func add(_ built: Built) -> YAMLNode? {
      guard !dropsNext else {
        droppedNodes += 1
        return nil
      }
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

  /// The problems found so far that did not stop the reading, in file order, at most
  /// `DiagnosticList.limit` of them listed.
  var diagnostics: [Diagnostic] { found.finished(file: nil) }
  /// The document's root, once it is complete.
  private(set) var root: YAMLNode?

  private var found = DiagnosticList()
  private var stack: [OpenCollection] = []
  private var anchors: [String: Built] = [:]
  private var aliasedNodes = 0
  private var keptNodes = 0
  private var documentCount = 0

  /// Whether the node read next will be dropped, so that its text need not be decoded.
  var dropsNext: Bool { stack.last?.dropsNext ?? false }

  /// Mappings with more keys than this look their keys up in a dictionary.
  private static let linearKeySearchLimit = 8

  /// Whether no document but the first has started; later ones are checked for syntax
  /// by libyaml but not built.
  var isInFirstDocument: Bool { documentCount <= 1 }

  /// Notes the start of a document, and reports the second.
  mutating func startDocument(line: Int, column: Int) {
    documentCount += 1
    guard documentCount == 2 else { return }
    found.add(
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
    open.isDropped = dropsNext
    stack.append(open)
    return nil
  }

  /// Closes the innermost sequence or mapping; returns an error that stops the reading if
  /// the document grows past `YAMLReader.maximumNodes`.
  mutating func endCollection() -> Diagnostic? {
    guard let open = stack.popLast() else { return nil }
    if open.droppedNodes > 0, !open.isDropped { reportDropped(open) }
    let content: YAMLNode.Content =
      open.isMapping ? .mapping(Self.mergingKeys(open.pairs)) : .sequence(open.items)
    let node = YAMLNode(content, line: open.line, column: open.column)
    return complete(Built(node: node, size: open.size, height: open.height), anchor: open.anchor)
  }

  /// Adds a scalar; returns an error that stops the reading if the document grows past
  /// `YAMLReader.maximumNodes`.
  mutating func addScalar(_ text: String, plain: Bool, anchor: String?, line: Int, column: Int)
    -> Diagnostic?
  {
    let node = YAMLNode(.scalar(text, plain: plain), line: line, column: column)
    return complete(Built(node: node, size: 1, height: 0), anchor: anchor)
  }

  /// Adds a copy of the node an anchor names; returns an error that stops the reading if
  /// the copies grow past the budget or nest too deep.
  mutating func addAlias(_ name: String, line: Int, column: Int) -> Diagnostic? {
    guard let target = anchors[name], !stack.contains(where: { $0.anchor == name }) else {
      reportUnresolvedAlias(name, line: line, column: column)
      return addScalar("", plain: true, anchor: nil, line: line, column: column)
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
    return complete(target, anchor: nil, addedNodes: target.size)
  }

  /// A mapping's pairs with YAML's merge keys applied: `<<: *base`, or a list of such
  /// aliases, brings in the pairs of the mappings named, except the keys the mapping sets
  /// itself; of a list, the first mapping wins. A merge key whose value is no mapping is
  /// kept, for the reader to report.
  static func mergingKeys(_ pairs: [YAMLNode.Pair]) -> [YAMLNode.Pair] {
    guard pairs.contains(where: isMerge) else { return pairs }
    var merged = pairs.filter { !isMerge($0) }
    var keys = Set(merged.compactMap(\.key.scalar))
    for pair in pairs where isMerge(pair) {
      let sources = pair.value.mapping.map { [$0] } ?? pair.value.sequence?.compactMap(\.mapping)
      guard let sources, !sources.isEmpty else {
        merged.append(pair)
        continue
      }
      for source in sources {
        merged += source.filter { entry in entry.key.scalar.map { keys.insert($0).inserted } ?? true
        }
      }
    }
    return merged
  }

  /// Whether a pair's key is the plain `<<` of a merge; a quoted "<<" is an ordinary key.
  private static func isMerge(_ pair: YAMLNode.Pair) -> Bool {
    if case .scalar("<<", plain: true) = pair.key.content { return true }
    return false
  }

  private func tooDeep(line: Int, column: Int) -> Diagnostic {
    .error(
      "the document nests deeper than \(YAMLReader.maximumDepth) levels", line: line,
      column: column)
  }

  private mutating func reportUnresolvedAlias(_ name: String, line: Int, column: Int) {
    if stack.contains(where: { $0.anchor == name }) {
      found.add(
        .error("alias '*\(name)' refers to a node that contains it", line: line, column: column))
    } else {
      found.add(
        .error(
          "alias '*\(name)' names no anchor", line: line, column: column,
          hint: "write '&\(name)' on a node before the alias"))
    }
  }

  /// Hands a finished node to the collection around it, or makes it the root; returns an
  /// error that stops the reading if the document grows past `YAMLReader.maximumNodes`.
  ///
  /// - Parameter addedNodes: The nodes that `built` adds to the document: one for a node
  ///   just read, whose children were counted as they came, the whole subtree for a copy.
  private mutating func complete(_ built: Built, anchor: String?, addedNodes: Int = 1)
    -> Diagnostic?
  {
    guard !stack.isEmpty else {
      root = built.node
      return nil
    }
    if stack[stack.count - 1].dropsNext {
      _ = stack[stack.count - 1].add(built)
      return nil
    }
    // A dropped node keeps no anchor: an alias of it would bring back what the cap dropped.
    if let anchor { anchors[anchor] = built }
    keptNodes += addedNodes
    guard keptNodes <= YAMLReader.maximumNodes else {
      return .error(
        "the document has more than \(YAMLReader.maximumNodes) values",
        line: built.node.line, column: built.node.column,
        hint: "no profile needs so many; check that it is the file you meant")
    }
    guard let first = stack[stack.count - 1].add(built), let text = first.scalar else {
      return nil
    }

    let key = built.node
    found.add(
      .error(
        "duplicate key '\(text)'", line: key.line, column: key.column, fieldPath: path(),
        hint: "'\(text)' is first set at line \(first.line), column \(first.column)"))
    return nil
  }

  /// The warning for a list or a mapping cut at `YAMLReader.maximumItems`.
  private mutating func reportDropped(_ open: OpenCollection) {
    let limit = YAMLReader.maximumItems
    let total = limit + open.droppedCount
    let message =
      open.isMapping
      ? "the mapping has \(total) keys; only the first \(limit) were read"
      : "the list has \(total) items; only the first \(limit) were read"
    let path = path()
    found.add(
      .warning(
        message, line: open.line, column: open.column, fieldPath: path.isEmpty ? nil : path))
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
