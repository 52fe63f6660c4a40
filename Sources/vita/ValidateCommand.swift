import Vita
import VitaImport
import VitaModel

/// `vita validate`: reads profiles and reports every problem, writing nothing.
enum ValidateCommand {
  /// The command's help text.
  static let help = """
    Usage: vita validate FILE... [--from FORMAT]

    Reads each FILE (Vita YAML or JSON, BibTeX, OpenAlex, Google Scholar or profile
    text) and prints every problem with its line, column and field. Writes nothing.

    Options:
      --from FORMAT   read every FILE as vita, text, bibtex, openalex, scholar or
                      jsonresume, instead of recognising the format
      -h, --help      show this help

    Exit status: 0 when every file is fine (warnings allowed), 65 when any holds an
    error, else 66 when any cannot be read.
    """

  /// Runs `vita validate` with the arguments after the command's name.
  static func main(_ arguments: [String]) -> ExitCode {
    if arguments.contains("-h") || arguments.contains("--help") {
      print(help)
      return .success
    }
    let files: [String]
    let format: ProfileFormat?
    do throws(UsageError) {
      let parsed = try Arguments.parse(arguments, valued: ["--from"], flags: [])
      guard !parsed.positionals.isEmpty else { throw UsageError("validate needs a FILE") }
      files = parsed.positionals
      format = try profileFormat(parsed.options["--from"])
    } catch {
      printError("vita validate: \(error.message)\n\(help.split(separator: "\n")[0])")
      return .usage
    }

    var unreadable = false
    var invalid = false
    for file in files {
      let bytes: [UInt8]
      do throws(VitaError) {
        bytes = try Files.read(file)
      } catch {
        if case .invalidInput(let diagnostics) = error {
          diagnostics.forEach { printError($0.description) }
          invalid = true
        } else {
          printError("vita: \(error.description)")
          unreadable = true
        }
        continue
      }
      let (profile, diagnostics) = ProfileLoader().read(bytes: bytes, file: file, format: format)
      diagnostics.forEach { printError($0.description) }
      if let profile, !diagnostics.containsErrors {
        printError("\(file): ok (\(summary(profile, warnings: diagnostics.count)))")
      } else {
        invalid = true
      }
    }
    return invalid ? .dataError : unreadable ? .noInput : .success
  }

  /// "16 papers" or "1 paper, 2 warnings".
  private static func summary(_ profile: Profile, warnings: Int) -> String {
    let papers = profile.papers.count
    var text = "\(papers) paper\(papers == 1 ? "" : "s")"
    if warnings > 0 { text += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
    return text
  }
}

/// The format `--from` names, or `nil` when it is not given.
func profileFormat(_ name: String?) throws(UsageError) -> ProfileFormat? {
  guard let name else { return nil }
  guard let format = ProfileFormat(rawValue: name.lowercased()) else {
    let known = ProfileFormat.allCases.map(\.rawValue).joined(separator: ", ")
    throw UsageError("--from must be one of \(known), not '\(name)'")
  }
  return format
}
