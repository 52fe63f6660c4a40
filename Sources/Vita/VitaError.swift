import VitaModel
import VitaRender
import VitaText

/// Why a request to the library failed. Each case maps to one exit status of `vita`.
public enum VitaError: Error, Sendable, CustomStringConvertible {
  /// The request itself is wrong: an unknown layout name, an impossible resolution.
  case usage(String)
  /// An input file could not be opened or read.
  case inputUnreadable(path: String, reason: String)
  /// An input file was read but holds errors; every diagnostic is here, warnings too.
  case invalidInput([Diagnostic])
  /// An output file could not be created or written; nothing was left behind.
  case outputFailed(path: String, reason: String)
  /// The fonts are not set up.
  case fonts(FontError)
  /// Drawing failed.
  case render(RenderError)
  /// Vita's own files (`Layouts/`, `Fonts/`) were not found.
  case resourcesMissing(String)

  public var description: String {
    switch self {
    case .usage(let message): message
    case .inputUnreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .invalidInput(let diagnostics):
      diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    case .outputFailed(let path, let reason): "\(path): cannot write: \(reason)"
    case .fonts(let error): error.description
    case .render(let error): error.description
    case .resourcesMissing(let message): message
    }
  }
}
