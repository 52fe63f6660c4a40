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
  private let state = Mutex((lastLine: -1, lastDraw: 0.0, drawn: false))

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
      if isTerminal {
        guard done == total || now - state.lastDraw > 0.1 else { return }
        state.lastDraw = now
        state.drawn = true
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar =
          String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let failures = failed > 0 ? ", \(failed) failed" : ""
        printRaw(
          "\r\(label) [\(bar)] \(done)/\(total)\(failures)  \(String(format1: rate))/s  "
            + "\(Int(left.rounded(.up))) s left \u{1B}[K")
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

  private func printRaw(_ text: String) {
    _ = text.withCString { write(2, $0, strlen($0)) }
  }
}
