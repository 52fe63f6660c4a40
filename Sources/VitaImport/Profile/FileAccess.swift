#if canImport(Glibc)
  import Glibc
#endif

/// The little file access the loader needs: whole files with a size limit, and real paths.
enum FileAccess {
  /// Why a file could not be read.
  struct Failure: Error {
    /// The reason, as a user reads it.
    var reason: String
  }

  /// The bytes of a file, refused before reading when it is larger than `limit`.
  static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Failure(reason: systemReason())) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(Failure(reason: systemReason())) }
    guard status.st_mode & S_IFMT != S_IFDIR else {
      return .failure(Failure(reason: "it is a folder, not a file"))
    }
    guard status.st_size <= limit else {
      return .failure(Failure(reason: "it is larger than \(limit >> 20) MB, more than any profile"))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { return .failure(Failure(reason: systemReason())) }
      if count == 0 { return .success(bytes) }
      bytes += chunk.prefix(count)
      guard bytes.count <= limit else {
        return .failure(
          Failure(reason: "it is larger than \(limit >> 20) MB, more than any profile"))
      }
    }
  }

  /// The absolute path with every symbolic link, `.` and `..` resolved; `nil` when it
  /// does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = Glibc.realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func systemReason() -> String {
    String(cString: strerror(errno))
  }
}
