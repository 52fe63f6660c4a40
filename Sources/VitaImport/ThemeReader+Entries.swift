import VitaModel

extension ThemeReader.Reading {
  /// A known key of a mapping, its value and the value's field path.
  struct Entry {
    /// The key's text.
    var name: String
    /// The value.
    var value: YAMLNode
    /// The path of the value, such as `fonts.body.size`.
    var path: String
  }

  /// The pairs of a mapping whose keys are known, in file order.
  ///
  /// Reports the node if it is not a mapping, and each key that is not a name or not one
  /// of `known`, suggesting the closest known one.
  ///
  /// - Parameter kind: What a key names, for messages: "key", "font role".
  mutating func entries(
    of node: YAMLNode, at path: String?, known: [String], kind: String = "key"
  ) -> [Entry] {
    guard let pairs = node.mapping else {
      diagnostics.append(node.wrongType(expected: "a mapping", fieldPath: path))
      return []
    }

    var entries: [Entry] = []
    for pair in pairs {
      guard let name = pair.key.scalar, !pair.key.isNull else {
        diagnostics.append(pair.key.wrongType(expected: "a \(kind) name", fieldPath: path))
        continue
      }
      let keyPath = FieldPath.key(name, in: path)
      guard known.contains(name) else {
        let hint = ClosestName.hint(for: name, among: known, otherwise: "known \(kind)s: ")
        diagnostics.append(
          pair.key.error("unknown \(kind) '\(name)'", fieldPath: keyPath, hint: hint))
        continue
      }
      entries.append(Entry(name: name, value: pair.value, path: keyPath))
    }
    return entries
  }

  /// The value as a string, or `nil` after reporting it.
  mutating func string(_ entry: Entry) -> String? {
    guard let text = entry.value.string else {
      diagnostics.append(entry.value.wrongType(expected: "a string", fieldPath: entry.path))
      return nil
    }
    return text
  }

  /// The value as `true` or `false`, or `nil` after reporting it.
  mutating func bool(_ entry: Entry) -> Bool? {
    guard let value = entry.value.bool else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "true or false", fieldPath: entry.path, hint: Self.boolHint(entry.value)))
      return nil
    }
    return value
  }

  /// Why a string that means yes or no is not a boolean.
  private static func boolHint(_ node: YAMLNode) -> String? {
    switch node.string?.lowercased() {
    case "true", "false":
      return "write true or false without quotes"
    case "yes", "no", "on", "off", "y", "n":
      return "in YAML 1.2, yes, no, on and off are text; write true or false"
    default:
      return nil
    }
  }
}
