#if canImport(Glibc)
  import Glibc
#endif

/// Wall-clock time in milliseconds from a monotonic clock.
func milliseconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
}

/// The time `body` takes, in milliseconds.
func measure(_ body: () throws -> Void) rethrows -> Double {
  let start = milliseconds()
  try body()
  return milliseconds() - start
}

/// Summary statistics of repeated measurements.
struct Sample {
  var values: [Double]

  var median: Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  var minimum: Double { values.min() ?? 0 }
  var maximum: Double { values.max() ?? 0 }
}

/// The peak resident memory of this process, or of its waited-for children, in megabytes.
func peakMemory(children: Bool) -> Double {
  var usage = rusage()
  getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// Runs a program to completion with its output discarded; returns its exit status.
func runProcess(_ arguments: [String], environment: [String]) -> Int32 {
  var pid = pid_t()
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = arguments.map { strdup($0) } + [nil]
  let envp = environment.map { strdup($0) } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { return -1 }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  return (status >> 8) & 0xFF
}
