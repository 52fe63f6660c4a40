import Vita
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a line to standard error: the only place Vita prints diagnostics and progress.
func printError(_ text: String) {
  var line = text
  line.append("\n")
  _ = line.withCString { write(2, $0, strlen($0)) }
}

/// Runs the command line and returns the exit status.
func run(_ arguments: [String]) -> ExitCode {
  var environment: [String: String] = [:]
  if let value = getenv("SOURCE_DATE_EPOCH") {
    environment["SOURCE_DATE_EPOCH"] = String(cString: value)
  }
  guard let command = arguments.first else {
    printError(Help.main)
    return .usage
  }
  let rest = Array(arguments.dropFirst())
  switch command {
  case "-h", "--help", "help":
    print(Help.main)
    return .success
  case "--version", "version":
    print("vita \(Engine.version)")
    return .success
  case "render":
    return RenderCommand.main(rest, environment: environment)
  case "batch":
    return BatchCommand.main(rest, environment: environment)
  case "validate":
    return ValidateCommand.main(rest)
  case "convert":
    return ConvertCommand.main(rest)
  case "new":
    return NewCommand.main(rest)
  case "chart":
    return ChartCommand.main(rest, environment: environment)
  case "layouts":
    return LayoutsCommand.main(rest)
  default:
    printError("vita: unknown command '\(command)'; run vita --help for the commands")
    return .usage
  }
}

/// Runs a command: prints its help when asked, and turns whatever it throws into a
/// message on stderr and an exit status, the same way for every command.
func runCommand(
  _ name: String, help: String, arguments: [String], _ body: () throws -> ExitCode
) -> ExitCode {
  if arguments.contains("-h") || arguments.contains("--help") {
    print(help)
    return .success
  }
  do {
    return try body()
  } catch let error as UsageError {
    printError("vita \(name): \(error.message)\n\(help.split(separator: "\n")[0])")
    return .usage
  } catch let error as VitaError {
    report(error)
    return ExitCode(error)
  } catch {
    printError("vita: \(error)")
    return .software
  }
}

/// Prints a library error: every diagnostic of bad input, warnings included.
func report(_ error: VitaError) {
  if case .invalidInput(let diagnostics) = error {
    diagnostics.forEach { printError($0.description) }
    let count = diagnostics.filter { $0.severity == .error }.count
    printError("vita: \(count) error\(count == 1 ? "" : "s"); nothing was written")
  } else {
    printError("vita: \(error.description)")
  }
}

/// Lets Ctrl-C and SIGTERM reach Vita whatever its parent blocked or ignored: a process
/// started from a thread that blocks them (a test runner's worker, say) would otherwise
/// outlive every `kill`.
func restoreTerminationSignals() {
  var signals = sigset_t()
  sigemptyset(&signals)
  for number in [SIGINT, SIGTERM, SIGHUP] {
    sigaddset(&signals, number)
    signal(number, SIG_DFL)
  }
  pthread_sigmask(SIG_UNBLOCK, &signals, nil)
}

restoreTerminationSignals()
exit(run(Array(CommandLine.arguments.dropFirst())).rawValue)
