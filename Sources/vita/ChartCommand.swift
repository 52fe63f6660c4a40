import Vita
import VitaModel
import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

/// `vita chart`: one chart of a profile, or every chart its data allow, as PNG, SVG or PDF.
struct ChartCommand {
  let profilePath: String
  /// The chart asked for; `nil` for `--kind all`.
  let kind: ChartKind?
  let output: String?
  let layout: String?
  let options: ChartOptions

  /// Runs `vita chart` with the arguments after the command's name.
  static func main(_ arguments: [String], environment: [String: String]) -> ExitCode {
    if arguments.contains("-h") || arguments.contains("--help") {
      print(Help.chart)
      return .success
    }
    do {
      let command = try ChartCommand(arguments, environment: environment)
      let engine = try Engine()
      let (paths, warnings) = try command.run(engine: engine)
      warnings.forEach { printError($0.description) }
      paths.forEach { printError("vita: wrote \($0)") }
      return .success
    } catch let error as UsageError {
      printError("vita chart: \(error.message)\n\(Help.chart.split(separator: "\n")[0])")
      return .usage
    } catch let error as VitaError {
      report(error)
      return ExitCode(error)
    } catch {
      printError("vita: \(error)")
      return .software
    }
  }

  /// Reads the command's arguments.
  init(_ arguments: [String], environment: [String: String]) throws(UsageError) {
    let parsed = try Arguments.parse(
      arguments,
      valued: ["-o", "--output", "--kind", "--width", "--height", "--dpi", "--layout"],
      flags: [])
    guard parsed.positionals.count == 1 else {
      throw UsageError(
        parsed.positionals.isEmpty
          ? "chart needs a PROFILE" : "chart takes one PROFILE, not \(parsed.positionals.count)")
    }
    profilePath = parsed.positionals[0]
    guard let kindName = parsed.options["--kind"] else {
      throw UsageError("chart needs --kind: all or one of \(Self.kindNames)")
    }
    if kindName == "all" {
      kind = nil
    } else if let value = ChartKind(rawValue: kindName) {
      kind = value
    } else {
      throw UsageError("unknown chart kind '\(kindName)'; the kinds are all, \(Self.kindNames)")
    }
    if parsed.options["-o"] != nil, parsed.options["--output"] != nil {
      throw UsageError("-o and --output are the same option; give it once")
    }
    output = parsed.options["-o"] ?? parsed.options["--output"]
    layout = parsed.options["--layout"]

    var options = ChartOptions()
    if let output, kind != nil {
      let extensionName = output.split(separator: ".").last.map { $0.lowercased() } ?? ""
      guard output.contains("."), let format = OutputFormat(rawValue: extensionName) else {
        throw UsageError("-o must end in .png, .svg or .pdf, not '\(output)'")
      }
      options.format = format
    }
    options.width = try Self.length(parsed.options["--width"], "--width") ?? options.width
    options.height = try Self.length(parsed.options["--height"], "--height") ?? options.height
    if let dpi = parsed.options["--dpi"] {
      guard let value = Double(dpi), value.isFinite, (10...1200).contains(value) else {
        throw UsageError("--dpi must be a number from 10 to 1200, not '\(dpi)'")
      }
      options.dpi = value
    }
    options.creationTime = try RenderCommand.creationTime(environment)
    self.options = options
  }

  /// The kinds' names, for messages.
  static let kindNames = ChartKind.allCases.map(\.rawValue).joined(separator: ", ")

  /// A chart side in points, from 120 to 5000.
  private static func length(_ text: String?, _ name: String) throws(UsageError) -> Double? {
    guard let text else { return nil }
    guard let value = Double(text), value.isFinite, (120...5000).contains(value) else {
      throw UsageError("\(name) must be a number of points from 120 to 5000, not '\(text)'")
    }
    return value
  }

  /// Draws and writes; returns the paths written and the warnings met.
  func run(engine: Engine) throws(VitaError) -> (paths: [String], warnings: [Diagnostic]) {
    let (profile, profileWarnings) = try engine.readProfile(at: profilePath)
    let (theme, themeWarnings) = try engine.readTheme(layout)
    let files: [(path: String, bytes: [UInt8])]
    do {
      files = try draw(profile, theme: theme, engine: engine)
    } catch {
      // A chart without its data is an error in the profile: name the file.
      guard case .invalidInput(let diagnostics) = error else { throw error }
      throw .invalidInput(diagnostics.map { $0.file == nil ? $0.inFile(profilePath) : $0 })
    }
    try Files.writeAtomically(files)
    return (files.map(\.path), profileWarnings + themeWarnings)
  }

  /// The files to write: the one chart asked for, or every chart the data allow.
  private func draw(_ profile: Profile, theme: Theme, engine: Engine) throws(VitaError)
    -> [(path: String, bytes: [UInt8])]
  {
    if let kind {
      let bytes = try engine.chart(profile, kind: kind, theme: theme, options: options)
      return [(output ?? "\(kind.rawValue).png", bytes)]
    }
    var folder = output ?? "."
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    let kinds = Engine.availableCharts(in: profile)
    guard !kinds.isEmpty else {
      throw .invalidInput([
        .error(
          "the profile has data for no chart",
          hint: "charts need dated papers, categories, co-authors or citation counts")
      ])
    }
    // The folder is made when missing; the files in it still appear all at once or not at all.
    if mkdir(folder, 0o755) != 0, errno != EEXIST {
      throw .outputFailed(path: folder, reason: String(cString: strerror(errno)))
    }
    var files: [(path: String, bytes: [UInt8])] = []
    for kind in kinds {
      let bytes = try engine.chart(profile, kind: kind, theme: theme, options: options)
      files.append(("\(folder)/\(kind.rawValue).png", bytes))
    }
    return files
  }
}
