import Vita
import VitaImport
import VitaModel

/// `vita convert`: a profile in any format to Vita's own YAML or JSON.
struct ConvertCommand {
  /// The command's help text.
  static let help = """
    Usage: vita convert FILE --to yaml|json [-o OUT] [--from FORMAT]

    Writes FILE, in any format Vita reads, in Vita's own YAML or JSON; reading the
    result gives the same profile.

    Options:
      --to FORMAT       yaml or json; optional when OUT ends in .yaml, .yml or .json
      -o, --output OUT  where to write (atomically); default: standard output
      --from FORMAT     read FILE as vita, text, bibtex, openalex, scholar or jsonresume
      -h, --help        show this help
    """

  let input: String
  let output: String?
  let toJSON: Bool
  let format: ProfileFormat?

  /// Runs `vita convert` with the arguments after the command's name.
  static func main(_ arguments: [String]) -> ExitCode {
    if arguments.contains("-h") || arguments.contains("--help") {
      print(help)
      return .success
    }
    do {
      let command = try ConvertCommand(arguments)
      return command.run()
    } catch {
      printError("vita convert: \(error.message)\n\(help.split(separator: "\n")[0])")
      return .usage
    }
  }

  init(_ arguments: [String]) throws(UsageError) {
    let parsed = try Arguments.parse(
      arguments, valued: ["--to", "-o", "--output", "--from"], flags: [])
    guard parsed.positionals.count == 1 else {
      throw UsageError(
        parsed.positionals.isEmpty
          ? "convert needs a FILE" : "convert takes one FILE, not \(parsed.positionals.count)")
    }
    input = parsed.positionals[0]
    if parsed.options["-o"] != nil, parsed.options["--output"] != nil {
      throw UsageError("-o and --output are the same option; give it once")
    }
    output = parsed.options["-o"] ?? parsed.options["--output"]
    format = try profileFormat(parsed.options["--from"])

    // Without --to, the output's extension says which.
    let target = parsed.options["--to"] ?? output.flatMap(Self.fileExtension)
    guard let target else { throw UsageError("convert needs --to yaml or --to json") }
    switch target.lowercased() {
    case "yaml", "yml": toJSON = false
    case "json": toJSON = true
    default: throw UsageError("--to must be yaml or json, not '\(target)'")
    }
  }

  /// The extension of a file name, without the dot.
  private static func fileExtension(_ path: String) -> String? {
    let name = path.split(separator: "/").last ?? Substring(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return String(name[name.index(after: dot)...])
  }

  /// Reads, converts and writes; prints warnings and errors.
  func run() -> ExitCode {
    do throws(VitaError) {
      let bytes = try Files.read(input)
      let (profile, diagnostics) = ProfileLoader().read(bytes: bytes, file: input, format: format)
      guard let profile, !diagnostics.containsErrors else { throw .invalidInput(diagnostics) }
      diagnostics.forEach { printError($0.description) }

      let writer = ProfileWriter()
      let text = toJSON ? writer.json(profile) : writer.yaml(profile)
      guard let output else {
        print(text, terminator: "")
        return .success
      }
      try Files.writeAtomically([(path: output, bytes: Array(text.utf8))])
      printError("vita: wrote \(output)")
      return .success
    } catch {
      report(error)
      return ExitCode(error)
    }
  }
}
