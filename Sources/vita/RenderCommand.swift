import Vita
import VitaImport
import VitaModel
import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

/// `vita render`: one profile to a PDF, or to PNG or SVG pages.
struct RenderCommand {
  let profilePath: String
  /// The format `--from` forces on the profile; recognised when `nil`.
  let sourceFormat: ProfileFormat?
  let output: String?
  let options: RenderOptions
  /// Whether to render again on every change of the profile or the layout.
  let watches: Bool

  /// Runs `vita render` with the arguments after the command's name.
  static func main(_ arguments: [String], environment: [String: String]) -> ExitCode {
    runCommand("render", help: Help.render, arguments: arguments) {
      let render = try RenderCommand(arguments, environment: environment)
      let engine = try Engine()
      if render.watches { render.watch(engine: engine) }
      let (paths, warnings) = try render.run(engine: engine)
      warnings.forEach { printError($0.description) }
      paths.forEach { printError("vita: wrote \($0)") }
      return .success
    }
  }

  /// Reads the command's arguments.
  init(_ arguments: [String], environment: [String: String]) throws(UsageError) {
    let parsed = try Arguments.parse(
      arguments,
      valued: [
        "-o", "--output", "--format", "--dpi", "--layout", "--paper", "--owner", "--since",
        "--until", "--from",
      ],
      flags: ["--watch"])
    guard parsed.positionals.count == 1 else {
      throw UsageError(
        parsed.positionals.isEmpty
          ? "render needs a PROFILE" : "render takes one PROFILE, not \(parsed.positionals.count)")
    }
    profilePath = parsed.positionals[0]
    sourceFormat = try profileFormat(parsed.options["--from"])
    if parsed.options["-o"] != nil, parsed.options["--output"] != nil {
      throw UsageError("-o and --output are the same option; give it once")
    }
    output = parsed.options["-o"] ?? parsed.options["--output"]
    var options = RenderOptions()
    if let format = parsed.options["--format"] {
      guard let value = OutputFormat(rawValue: format.lowercased()) else {
        throw UsageError("--format must be pdf, png or svg, not '\(format)'")
      }
      options.format = value
    } else if let output,
      let implied = OutputFormat.allCases.first(where: { format in
        output.lowercased().hasSuffix("." + format.fileExtension)
      })
    {
      // `-o cv.png` asks for PNG as plainly as `--format png` does.
      options.format = implied
    }
    if let dpi = parsed.options["--dpi"] {
      guard let value = Double(dpi), value.isFinite, (10...1200).contains(value) else {
        throw UsageError("--dpi must be a number from 10 to 1200, not '\(dpi)'")
      }
      options.dpi = value
    }
    if let paper = parsed.options["--paper"] {
      guard let value = PaperSize(rawValue: paper.lowercased()) else {
        throw UsageError("--paper must be a4 or letter, not '\(paper)'")
      }
      options.paper = value
    }
    options.layout = parsed.options["--layout"]
    options.owner = parsed.options["--owner"]
    options.since = try Self.year(parsed.options["--since"], option: "--since")
    options.until = try Self.year(parsed.options["--until"], option: "--until")
    if let since = options.since, let until = options.until, since > until {
      throw UsageError("--since \(since) comes after --until \(until): no year is left")
    }
    options.creationTime = try Self.creationTime(environment)
    self.options = options
    watches = parsed.flags.contains("--watch")
  }

  /// A year given to an option, from 1000 to 9999; `nil` when the option is absent.
  static func year(_ text: String?, option: String) throws(UsageError) -> Int? {
    guard let text else { return nil }
    guard let year = Int(text), (1000...9999).contains(year) else {
      throw UsageError("\(option) must be a year such as 2020, not '\(text)'")
    }
    return year
  }

  /// SOURCE_DATE_EPOCH when set (reproducible builds), else the clock.
  static func creationTime(_ environment: [String: String]) throws(UsageError) -> Int64 {
    guard let value = environment["SOURCE_DATE_EPOCH"] else { return Int64(time(nil)) }
    guard let seconds = Int64(value), seconds >= 0, seconds < 253_402_300_800 else {
      throw UsageError("SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(value)'")
    }
    return seconds
  }

  /// Renders and writes; returns the paths written and the warnings met.
  func run(engine: Engine) throws(VitaError) -> (paths: [String], warnings: [Diagnostic]) {
    let (profile, profileWarnings) = try engine.readProfile(at: profilePath, format: sourceFormat)
    let (theme, themeWarnings) = try engine.readTheme(options.layout)
    var warnings = profileWarnings + themeWarnings
    let files = try engine.render(profile, theme: theme, options: options, warnings: &warnings)
    let base = output ?? defaultBase()
    let paths = Engine.outputPaths(base: base, format: options.format, files: files)
    try Files.writeAtomically(Array(zip(paths, files.map(\.bytes))).map { ($0, $1) })
    return (paths, warnings)
  }

  /// The profile's file name without folder and extension, with the format's extension.
  private func defaultBase() -> String {
    var name = profilePath.split(separator: "/").last.map(String.init) ?? profilePath
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      name = String(name[..<dot])
    }
    return name + "." + options.format.fileExtension
  }
}
