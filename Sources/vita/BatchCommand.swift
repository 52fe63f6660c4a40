import Synchronization
import Vita
import VitaModel
import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

/// Set by SIGINT or SIGTERM: the batch stops taking members and finishes those started.
let interrupted = Atomic<Bool>(false)

/// `vita batch`: every member of a group to a CV, in parallel, and one group report.
struct BatchCommand {
  var inputs: [String]
  var outputFolder: String
  var options: BatchOptions
  var layout: String?
  var quiet: Bool
  var merge: Bool

  static func main(_ arguments: [String], environment: [String: String]) -> ExitCode {
    runCommand("batch", help: Help.batch, arguments: arguments) {
      let command = try BatchCommand(arguments, environment: environment)
      let engine = try Engine()
      return try command.merge ? command.runMerge(engine: engine) : command.run(engine: engine)
    }
  }

  init(_ arguments: [String], environment: [String: String]) throws(UsageError) {
    let parsed = try Arguments.parse(
      arguments,
      valued: [
        "-o", "--output", "--jobs", "-j", "--layout", "--format", "--shard", "--since", "--until",
      ],
      flags: ["--quiet", "-q", "--merge"])
    merge = parsed.flags.contains("--merge")
    quiet = parsed.flags.contains("--quiet") || parsed.flags.contains("-q")
    inputs = parsed.positionals
    guard !inputs.isEmpty else {
      throw UsageError(
        merge ? "--merge needs the shards' output folders" : "batch needs at least one INPUT")
    }
    guard let output = parsed.options["-o"] ?? parsed.options["--output"] else {
      throw UsageError("batch needs -o OUTDIR")
    }
    outputFolder = Self.trimmed(output)
    // The merged report would replace the shard's own, and a second merge would then
    // find that shard missing.
    if merge, inputs.map(Self.trimmed).contains(outputFolder) {
      throw UsageError("--merge needs an -o OUTDIR of its own, not one of the shards' folders")
    }
    options = BatchOptions(outputFolder: outputFolder)
    let jobs = parsed.options["--jobs"] ?? parsed.options["-j"]
    if let jobs {
      guard let count = Int(jobs), (1...256).contains(count) else {
        throw UsageError("--jobs must be a whole number from 1 to 256, not '\(jobs)'")
      }
      options.jobs = count
    } else {
      options.jobs = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
    if let format = parsed.options["--format"] {
      guard let value = OutputFormat(rawValue: format.lowercased()) else {
        throw UsageError("--format must be pdf, png or svg, not '\(format)'")
      }
      options.render.format = value
    }
    if let shard = parsed.options["--shard"] {
      let parts = shard.split(separator: "/").map { Int($0) }
      guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1,
        (1...count).contains(index)
      else { throw UsageError("--shard must be K/N with 1 ≤ K ≤ N, such as 2/8, not '\(shard)'") }
      options.shard = (index, count)
    }
    options.render.since = try RenderCommand.year(parsed.options["--since"], option: "--since")
    options.render.until = try RenderCommand.year(parsed.options["--until"], option: "--until")
    if let since = options.render.since, let until = options.render.until, since > until {
      throw UsageError("--since \(since) comes after --until \(until): no year is left")
    }
    layout = parsed.options["--layout"]
    options.render.creationTime = try RenderCommand.creationTime(environment)
  }

  /// A folder's path without a trailing slash.
  static func trimmed(_ folder: String) -> String {
    folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
  }

  /// Renders the batch, writes the report and, for a whole batch, the group report.
  func run(engine: Engine) throws(VitaError) -> ExitCode {
    let plan = try BatchPlan.make(inputs: inputs)
    let (theme, warnings) = try engine.readTheme(layout ?? plan.layout)
    warnings.forEach { printError($0.description) }
    try prepareFolder()
    installSignalHandlers()
    let progress = quiet ? nil : ProgressDisplay(label: "vita batch")
    let started = monotonicSeconds()
    var report: BatchRunner.Progress? = nil
    if let progress {
      report = { done, failed, total in progress.update(done: done, failed: failed, total: total) }
    }
    let outcomes = BatchRunner(engine: engine).run(
      plan, theme: theme, options: options, progress: report,
      isCancelled: { interrupted.load(ordering: .relaxed) })
    progress?.finish()

    let shard = options.shard.map { "\($0.index)/\($0.count)" }
    let selected = options.shard.map { plan.shard($0.index, of: $0.count) } ?? plan
    let result = BatchReport(
      groupName: plan.groupName, shard: shard, outcomes: outcomes,
      planned: selected.members.count)
    // The members' report goes first, so that a group report that cannot be drawn does not
    // take it down too.
    try Files.writeAtomically([
      (outputFolder + "/" + BatchReport.fileName, Array(result.json.utf8))
    ])
    if options.shard == nil, !interrupted.load(ordering: .relaxed), result.done > 0 {
      if !quiet { printError("vita batch: the group report of \(result.done) members…") }
      var warnings: [Diagnostic] = []
      let pdf = try engine.groupReport(
        title: plan.groupName ?? "Group", outcomes: outcomes, theme: try groupTheme(engine),
        options: options.render, jobs: options.jobs, warnings: &warnings)
      warnings.forEach { printError($0.description) }
      try Files.writeAtomically([(outputFolder + "/group-report.pdf", pdf)])
    }
    summarise(
      result, left: selected.members.count - outcomes.count, seconds: monotonicSeconds() - started)
    if interrupted.load(ordering: .relaxed) {
      printError("vita batch: interrupted; run the same command again to complete the batch")
      return .interrupted
    }
    return result.failed > 0 ? .partialFailure : .success
  }

  /// Builds the group report from the reports of shards.
  func runMerge(engine: Engine) throws(VitaError) -> ExitCode {
    var reports: [(report: BatchReport, file: String)] = []
    for folder in inputs {
      let path = folder + "/" + BatchReport.fileName
      let (report, diagnostics) = BatchReport.read(try Files.read(path), file: path)
      guard let report else { throw .invalidInput(diagnostics) }
      reports.append((report, path))
    }
    let merged = try BatchReport.merge(reports)
    try prepareFolder()
    var warnings: [Diagnostic] = []
    let pdf = try engine.groupReport(
      title: merged.groupName ?? "Group", outcomes: merged.outcomes,
      theme: try groupTheme(engine),
      options: options.render, jobs: options.jobs, warnings: &warnings)
    warnings.forEach { printError($0.description) }
    try Files.writeAtomically([
      (outputFolder + "/group-report.pdf", pdf),
      (outputFolder + "/" + BatchReport.fileName, Array(merged.json.utf8)),
    ])
    if !quiet { summarise(merged, left: 0, seconds: nil) }
    return merged.failed > 0 ? .partialFailure : .success
  }

  /// The look of the group report: the built-in group layout, whatever the CVs use.
  private func groupTheme(_ engine: Engine) throws(VitaError) -> Theme {
    try engine.readTheme(Engine.groupLayout).0
  }

  /// Creates the output folder and removes temporary files that a killed run left.
  private func prepareFolder() throws(VitaError) {
    if mkdir(outputFolder, 0o755) != 0 && errno != EEXIST {
      throw .outputFailed(path: outputFolder, reason: String(cString: strerror(errno)))
    }
    guard let directory = opendir(outputFolder) else {
      throw .outputFailed(path: outputFolder, reason: String(cString: strerror(errno)))
    }
    defer { closedir(directory) }
    var stale: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix("."), name.dropLast(6).hasSuffix(".vita-") { stale.append(name) }
    }
    for name in stale { unlink(outputFolder + "/" + name) }
  }

  /// The closing lines: how many members were done, failed or left (by an interruption),
  /// and why each failure failed.
  private func summarise(_ report: BatchReport, left: Int, seconds: Double?) {
    guard !quiet else { return }
    let time = seconds.map { " in " + String(format1: $0) + " s" } ?? ""
    let notStarted = left > 0 ? ", \(left) not started" : ""
    printError(
      "vita batch: \(report.done) done, \(report.failed) failed\(notStarted)\(time)"
        + "; report in \(outputFolder)/\(BatchReport.fileName)")
    for outcome in report.outcomes {
      // Most reasons start with the file already.
      if let failure = outcome.failure {
        let path = outcome.member.profilePath
        printError("  failed: " + (failure.hasPrefix(path) ? failure : "\(path): \(failure)"))
      }
    }
  }

  /// The first SIGINT or SIGTERM asks the batch to stop after the members started; a
  /// second one ends the program at once (the next run removes its temporary files).
  private func installSignalHandlers() {
    for number in [SIGINT, SIGTERM] {
      signal(number) { number in
        interrupted.store(true, ordering: .relaxed)
        signal(number, SIG_DFL)
      }
    }
  }
}

/// Seconds from a monotonic clock.
func monotonicSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

extension String {
  /// A number with one decimal.
  init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(abs(tenths % 10))"
  }
}
