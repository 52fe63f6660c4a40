import Vita

/// The exit statuses of `vita`, from BSD's sysexits where one fits.
enum ExitCode: Int32 {
  case success = 0
  /// Some items of a batch failed.
  case partialFailure = 1
  /// The command line is wrong (EX_USAGE).
  case usage = 64
  /// An input holds errors (EX_DATAERR).
  case dataError = 65
  /// An input is missing or unreadable (EX_NOINPUT).
  case noInput = 66
  /// A font or other installed resource is missing (EX_UNAVAILABLE).
  case unavailable = 69
  /// Drawing failed inside Vita or its libraries (EX_SOFTWARE).
  case software = 70
  /// An output file cannot be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// Stopped by SIGINT or SIGTERM (128 + 2, as shells report it).
  case interrupted = 130

  /// The status for a library error.
  init(_ error: VitaError) {
    switch error {
    case .usage: self = .usage
    case .inputUnreadable: self = .noInput
    case .invalidInput: self = .dataError
    case .outputFailed: self = .cannotCreate
    case .fonts, .resourcesMissing: self = .unavailable
    case .render: self = .software
    }
  }
}
