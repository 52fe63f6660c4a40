import Vita

#if canImport(Glibc)
  import Glibc
#endif

/// The folder of the package, found from this file's path.
let packageRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
  return path
}()

/// The canonical profile.
let canonicalProfile = packageRoot + "/Examples/000_2e4744010abc845a.txt"

/// The `vita` program that `swift build` made beside the tests.
let vitaProgram: String = {
  for configuration in ["debug", "release"] {
    let path = packageRoot + "/.build/\(configuration)/vita"
    if access(path, X_OK) == 0 { return path }
  }
  return packageRoot + "/.build/debug/vita"
}()

/// One engine for the suite.
let engine = try! Engine(resources: Resources(root: packageRoot))

/// A fresh, empty temporary folder.
func temporaryFolder() -> String {
  var template = Array("/tmp/vita-test-XXXXXX".utf8CString)
  return String(cString: mkdtemp(&template)!)
}

/// Writes bytes to a path.
func write(_ bytes: [UInt8], to path: String) {
  let file = fopen(path, "wb")!
  _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

/// The bytes of a file, or `nil` when it cannot be read.
func contents(_ path: String) -> [UInt8]? {
  try? Files.read(path)
}

/// The names in a folder, sorted, without `.` and `..`.
func listing(_ folder: String) -> [String] {
  guard let directory = opendir(folder) else { return [] }
  defer { closedir(directory) }
  var names: [String] = []
  while let entry = readdir(directory) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names.sorted()
}

/// Runs a shell command; returns its exit status, standard output and standard error.
func shell(_ command: String, in folder: String? = nil) -> (
  status: Int32, output: String, error: String
) {
  let errorPath = "/tmp/vita-test-stderr-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  let prefix = folder.map { "cd '\($0)' && " } ?? ""
  guard let pipe = popen("\(prefix)\(command) 2>'\(errorPath)'", "r") else { return (-1, "", "") }
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = fread(&buffer, 1, buffer.count, pipe)
    if count <= 0 { break }
    output += buffer.prefix(count)
  }
  let status = pclose(pipe)
  let error = contents(errorPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
  unlink(errorPath)
  return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self), error)
}

/// Text with every run of white space made one space.
func collapsingSpaces(_ text: String) -> String {
  text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{0C}" })
    .joined(separator: " ")
}
