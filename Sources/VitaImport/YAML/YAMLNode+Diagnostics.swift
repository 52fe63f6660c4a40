import VitaModel

extension YAMLNode {
  /// An error positioned at this node.
  public func error(_ message: String, fieldPath: String?, hint: String? = nil) -> Diagnostic {
    .error(message, line: line, column: column, fieldPath: fieldPath, hint: hint)
  }

  /// A warning positioned at this node.
  public func warning(_ message: String, fieldPath: String?, hint: String? = nil) -> Diagnostic {
    .warning(message, line: line, column: column, fieldPath: fieldPath, hint: hint)
  }

  /// The error for a node of the wrong type: "expected a number, found the string 'ten'".
  ///
  /// - Parameters:
  ///   - expected: What the field takes, with its article: "a number", "a list of names".
  ///   - fieldPath: The field's path, such as `fonts.body.size`.
  ///   - hint: What to write instead, when the message alone may not say it.
  public func wrongType(expected: String, fieldPath: String?, hint: String? = nil) -> Diagnostic {
    error("expected \(expected), found \(summary)", fieldPath: fieldPath, hint: hint)
  }

  /// What the node is, for a message: "the string 'ten'", "the integer 3", "a list".
  public var summary: String {
    guard case .scalar(let text, _) = content else {
      return sequence != nil ? "a list" : "a mapping"
    }
    switch scalarType {
    case .null: return "an empty value"
    case .string: return "the string '\(Self.shortened(text))'"
    default: return text
    }
  }

  /// Long text cut to a length that fits in a message.
  private static func shortened(_ text: String) -> String {
    let limit = 40
    let firstLine = text.prefix { $0 != "\n" }
    guard firstLine.count > limit || firstLine.count < text.count else { return text }
    return firstLine.prefix(limit) + "…"
  }
}

/// Paths of fields in a document, as diagnostics show them: `fonts.body.size`,
/// `sections[2]`.
enum FieldPath {
  /// The path of a key inside the mapping at `path`; a key at the root is its own path.
  static func key(_ key: String, in path: String?) -> String {
    guard let path, !path.isEmpty else { return key }
    return "\(path).\(key)"
  }

  /// The path of an item inside the sequence at `path`.
  static func item(_ index: Int, in path: String?) -> String {
    "\(path ?? "")[\(index)]"
  }
}
