import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Progress on standard error: a bar with done/total, rate and time left on a terminal,
/// plain lines at every twentieth of the work otherwise.
final class ProgressDisplay: Sendable {
  private let label: String
  private let isTerminal: Bool
  private let started: Double
  private let state = Mutex((lastLine: -1, lastDraw: 0.0, drawn: false, done: 0))

  init(label: String) {
    self.label = label
    isTerminal = isatty(2) != 0
    started = monotonicSeconds()
  }

  func update(done: Int, failed: Int, total: Int) {
    let now = monotonicSeconds()
    let elapsed = max(now - started, 0.001)
    let rate = Double(done) / elapsed
    let left = rate > 0 ? Double(total - done) / rate : 0
    state.withLock { state in
      // Workers report in parallel: a count older than one drawn already is dropped.
      guard done >= state.done else { return }
      state.done = done
      if isTerminal {
        guard done == total || now - state.lastDraw > 0.1 else { return }
        state.lastDraw = now
        state.drawn = true
        let failures = failed > 0 ? ", \(failed) failed" : ""
        let figures =
          " \(done)/\(total)\(failures)  \(String(format1: rate))/s  "
          + "\(Int(left.rounded(.up))) s left"
        printRaw(
          "\r" + bar(done: done, total: total, room: columns - label.count - figures.count)
            + figures + "\u{1B}[K")
      } else {
        let step = max(1, total / 20)
        let line = done / step
        guard line != state.lastLine || done == total else { return }
        state.lastLine = line
        printError("\(label): \(done)/\(total) done\(failed > 0 ? ", \(failed) failed" : "")")
      }
    }
  }

  func finish() {
    state.withLock { state in
      if isTerminal && state.drawn { printRaw("\n") }
    }
  }

  /// The label and a bar of at most 30 cells that fits in `room` columns; the label
  /// alone when fewer than 10 cells would fit.
  private func bar(done: Int, total: Int, room: Int) -> String {
    let width = min(30, room - 4)
    guard width >= 10 else { return label }
    let filled = total > 0 ? width * done / total : width
    let cells =
      String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    return "\(label) [\(cells)]"
  }

  /// The terminal's width, so that the line never wraps (a wrapped line cannot be
  /// redrawn in place); 80 when it cannot be had.
  private var columns: Int {
    var size = winsize()
    guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  private func printRaw(_ text: String) {
    _ = text.withCString { write(2, $0, strlen($0)) }
  }
}
