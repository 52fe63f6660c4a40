/// A command line read one argument at a time: options with values, flags and positionals.
struct Arguments {
  private var remaining: [String]
  /// Positional arguments, in order, once every option has been taken.
  private(set) var positionals: [String] = []

  init(_ arguments: some Sequence<String>) {
    remaining = Array(arguments)
  }

  /// Splits options from positionals; `--` ends options. Every option named in `valued`
  /// takes the next argument (or `=value`); every one in `flags` takes none.
  static func parse(
    _ arguments: [String], valued: Set<String>, flags: Set<String>
  ) throws(UsageError) -> (options: [String: String], flags: Set<String>, positionals: [String]) {
    var options: [String: String] = [:]
    var seenFlags: Set<String> = []
    var positionals: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        positionals += arguments[index...]
        break
      }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        positionals.append(argument)
        continue
      }
      var name = argument
      var value: String? = nil
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      if flags.contains(name) {
        guard value == nil else { throw UsageError("\(name) takes no value") }
        seenFlags.insert(name)
      } else if valued.contains(name) {
        if value == nil {
          guard index < arguments.count else { throw UsageError("\(name) needs a value") }
          value = arguments[index]
          index += 1
        }
        guard options[name] == nil else { throw UsageError("\(name) is given twice") }
        options[name] = value
      } else {
        throw UsageError("unknown option '\(name)'")
      }
    }
    return (options, seenFlags, positionals)
  }
}

/// A mistake on the command line, printed with the command's usage line.
struct UsageError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
