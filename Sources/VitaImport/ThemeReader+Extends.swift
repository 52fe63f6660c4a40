import VitaModel

extension ThemeReader {
  /// Why the layout that `extends:` names could not be read.
  public struct ParentFailure: Error, Sendable {
    /// What went wrong, for the error at the `extends` key: "no built-in layout 'clasic'".
    public var message: String
    /// A hint for the user, such as the known layout names.
    public var hint: String?
    /// The parent's own diagnostics, positioned in the parent's file.
    public var diagnostics: [Diagnostic]
    /// The names that would have been found, for "did you mean …"; used when `hint` is
    /// `nil`.
    public var knownNames: [String]

    /// Creates a failure.
    public init(
      message: String, hint: String? = nil, diagnostics: [Diagnostic] = [],
      knownNames: [String] = []
    ) {
      self.message = message
      self.hint = hint
      self.diagnostics = diagnostics
      self.knownNames = knownNames
    }
  }

  /// Reads the layout that `extends:` names, given as written (a built-in name or a path
  /// relative to the extending file): its theme, or why it has none.
  public typealias ParentResolver = @Sendable (String) -> Result<Theme, ParentFailure>
}

extension ThemeReader.Reading {
  /// Reads `extends` before anything else, so that the rest of the file overrides the
  /// parent's values; without a resolver, `extends` is an error.
  mutating func readExtends(_ root: YAMLNode, resolve: ThemeReader.ParentResolver?) {
    guard let pair = root.mapping?.first(where: { $0.key.scalar == "extends" }) else { return }
    guard let reference = pair.value.string, !reference.isEmpty else {
      diagnostics.append(
        pair.value.wrongType(
          expected: "a layout name or file", fieldPath: "extends",
          hint: "write a built-in layout such as classic, or a file such as base.yaml"))
      return
    }
    guard let resolve else {
      diagnostics.append(
        pair.value.error(
          "cannot extend '\(reference)' here", fieldPath: "extends",
          hint: "this reader was given no way to find other layouts"))
      return
    }
    switch resolve(reference) {
    case .success(let parent):
      theme = parent
    case .failure(let failure):
      parentDiagnostics += failure.diagnostics
      var hint = failure.hint
      if hint == nil, !failure.knownNames.isEmpty {
        hint = ClosestName.hint(
          for: reference, among: failure.knownNames, otherwise: "the built-in layouts are: ")
      }
      diagnostics.append(
        pair.value.error(
          "cannot extend '\(reference)': \(failure.message)", fieldPath: "extends",
          hint: hint))
    }
  }
}
