#if canImport(Glibc)
  import Glibc
#endif

/// Reading inputs whole and writing outputs atomically.
public enum Files {
  /// The most an input file may hold; more is refused before it is read.
  public static let maximumInputSize = 64 << 20

  /// The bytes of a file, or why they cannot be had.
  public static func read(_ path: String) throws(VitaError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .inputUnreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .inputUnreadable(path: path, reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT != S_IFDIR else {
      throw .inputUnreadable(path: path, reason: "it is a folder, not a file")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .inputUnreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes += chunk.prefix(count)
      if bytes.count > maximumInputSize {
        // Readable, but not a profile: bad input data (65), not a file that cannot be read.
        throw .invalidInput([
          .error(
            "the file is larger than \(maximumInputSize >> 20) MB, more than any input Vita reads",
            hint: "a profile of thousands of papers takes a few megabytes; check that this is "
              + "the file you meant"
          ).inFile(path)
        ])
      }
    }
    return bytes
  }

  /// Writes several files so that either all of them are in place or none is: each goes to
  /// a temporary name in its folder first, and only when all are written are they renamed.
  /// Should a rename fail, the files already renamed are removed again.
  public static func writeAtomically(_ files: [(path: String, bytes: [UInt8])]) throws(VitaError) {
    var temporaries: [(temporary: String, path: String)] = []
    func removeTemporaries() {
      for entry in temporaries { unlink(entry.temporary) }
    }
    for file in files {
      do {
        let temporary = try writeTemporary(file.bytes, beside: file.path)
        temporaries.append((temporary, file.path))
      } catch {
        removeTemporaries()
        throw error
      }
    }
    // A rename that fails takes back the ones before it, so that a set of pages is never
    // left half replaced.
    for (index, entry) in temporaries.enumerated() where rename(entry.temporary, entry.path) != 0 {
      let reason = String(cString: strerror(errno))
      for earlier in temporaries[..<index] { unlink(earlier.path) }
      for later in temporaries[index...] { unlink(later.temporary) }
      throw .outputFailed(path: entry.path, reason: reason)
    }
  }

  private static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(VitaError)
    -> String
  {
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(folder).\(name).vita-XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw .outputFailed(path: path, reason: String(cString: strerror(errno)))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
    fchmod(descriptor, 0o644)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        write(descriptor, raw.baseAddress! + written, raw.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw .outputFailed(path: path, reason: reason)
      }
      written += count
    }
    guard close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .outputFailed(path: path, reason: reason)
    }
    return temporary
  }
}
