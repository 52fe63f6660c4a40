/// A problem found in an input file, with where it is and, when one helps, what to do.
///
/// Readers never throw on bad data: they return what they could read and a list of
/// diagnostics, so that one run reports every problem in a file at once.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// The input can still be used; something was guessed, dropped or capped.
    case warning
    /// The input, or the part named, cannot be used.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  /// Whether this is an error or a warning.
  public var severity: Severity
  /// What is wrong, as one sentence without a final full stop.
  public var message: String
  /// The file the problem is in, as the user named it; `nil` for text that came from memory.
  public var file: String?
  /// The 1-based line, or `nil` when the problem concerns the file as a whole.
  public var line: Int?
  /// The 1-based column, counted in characters, or `nil` when only the line is known.
  public var column: Int?
  /// The path of the field in the model, such as `papers[12].date`.
  public var fieldPath: String?
  /// What the user can do about it.
  public var hint: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil,
    column: Int? = nil, fieldPath: String? = nil, hint: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.fieldPath = fieldPath
    self.hint = hint
  }

  /// Creates an error.
  public static func error(
    _ message: String, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil,
    hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, message, line: line, column: column, fieldPath: fieldPath, hint: hint)
  }

  /// Creates a warning.
  public static func warning(
    _ message: String, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil,
    hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, message, line: line, column: column, fieldPath: fieldPath, hint: hint)
  }

  /// The diagnostic with its file set, for readers that work on bytes and learn the name later.
  public func inFile(_ name: String?) -> Diagnostic {
    var copy = self
    copy.file = name
    return copy
  }

  /// The diagnostic as one line: `file:line:col: error: message [field.path]`.
  ///
  /// A hint, when present, follows on a second line, indented.
  public var description: String {
    var location = file ?? "<input>"
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    var text = "\(location): \(severity.rawValue): \(message)"
    if let fieldPath { text += " [\(fieldPath)]" }
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }
}
