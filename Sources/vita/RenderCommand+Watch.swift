import Vita

#if canImport(Glibc)
  import Glibc
#endif

extension RenderCommand {
  /// How often the watched files are looked at, in microseconds.
  static let watchInterval: UInt32 = 200_000

  /// Renders, then renders again each time the profile or the layout file changes, until
  /// the process is interrupted. Each render prints one line on standard error; a failed
  /// one prints its errors and watching goes on.
  func watch(engine: Engine) -> Never {
    let layoutFile = try? engine.layoutPath(options.layout)
    let files = [profilePath] + (layoutFile.map { [$0] } ?? [])
    printError("vita: watching \(files.joined(separator: " and ")); Ctrl-C to stop")
    var seen: [FileStamp?] = []
    while true {
      let stamps = files.map(FileStamp.init(path:))
      if stamps != seen {
        seen = stamps
        renderOnce(engine: engine)
      }
      usleep(Self.watchInterval)
    }
  }

  /// One render of a watch: a line saying what was written and how long it took, or the
  /// errors.
  private func renderOnce(engine: Engine) {
    let start = Self.monotonicMilliseconds()
    do {
      let (paths, warnings) = try run(engine: engine)
      warnings.forEach { printError($0.description) }
      let elapsed = Self.monotonicMilliseconds() - start
      let target = paths.count == 1 ? paths[0] : "\(paths.count) files (\(paths[0]), …)"
      printError("vita: rendered \(target) in \(elapsed) ms")
    } catch {
      report(error)
      printError("vita: watching for the next change")
    }
  }

  /// Milliseconds on a clock that only goes forward.
  private static func monotonicMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}

/// What tells one version of a file from the next: its modification time and size.
struct FileStamp: Equatable {
  /// Seconds of the modification time.
  var seconds: Int
  /// Nanoseconds of the modification time.
  var nanoseconds: Int
  /// The size in bytes.
  var size: Int

  /// The stamp of a file now; `nil` when it cannot be seen (being replaced, say).
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    seconds = status.st_mtim.tv_sec
    nanoseconds = status.st_mtim.tv_nsec
    size = Int(status.st_size)
  }
}
