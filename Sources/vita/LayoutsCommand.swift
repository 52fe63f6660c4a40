import Vita

/// `vita layouts`: the built-in layouts, one a line, with what each is for.
enum LayoutsCommand {
  /// Runs `vita layouts` with the arguments after the command's name.
  static func main(_ arguments: [String]) -> ExitCode {
    if arguments.contains("-h") || arguments.contains("--help") {
      print(Help.layouts)
      return .success
    }
    guard arguments.isEmpty else {
      printError("vita layouts: takes no arguments\n\(Help.layouts.split(separator: "\n")[0])")
      return .usage
    }
    do {
      let layouts = try Engine().builtInLayouts()
      let width = layouts.map(\.name.count).max() ?? 0
      for layout in layouts {
        let padding = String(repeating: " ", count: width - layout.name.count + 2)
        print(layout.name + padding + layout.summary)
      }
      return .success
    } catch {
      report(error)
      return ExitCode(error)
    }
  }
}
