import CCairo
import VitaLayout
import VitaModel
import VitaText

#if canImport(Glibc)
  import Glibc
#endif

/// The folder of the package, found from this file's path.
let packageRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
  return path
}()

/// One text engine for the suite.
let engine = PangoTextEngine(fonts: try! FontConfiguration(folder: packageRoot + "/Fonts"))

/// A small frame with a heading, a justified paragraph, a rule and a link.
func sampleFrame() -> Frame {
  let layout = ParagraphLayout(shaper: engine)
  let serif = FontRequest(family: "Linux Libertine O", size: 10)
  let heading = TextStyle(
    font: FontRequest(family: "Linux Libertine O", size: 13, bold: true),
    color: RGBColor(red: 0.12, green: 0.23, blue: 0.4))
  var paragraph = StyledText(
    "Typeset from data: a steady baseline, justified lines and a link to ",
    style: TextStyle(font: serif, color: .black))
  paragraph.append(
    "example.org/it's here", style: TextStyle(font: serif, color: .black),
    link: "https://example.org/it's here")
  var frame = Frame(size: Size(width: 200, height: 100))
  if let line = layout.lines(
    of: StyledText("Vita · 2026", style: heading), width: 180,
    style: ParagraphStyle(alignment: .left, leading: 16)
  ).first {
    frame.merge(line, at: Point(x: 10, y: 8))
  }
  var y = 30.0
  for line in layout.lines(
    of: paragraph, width: 180, style: ParagraphStyle(alignment: .justified, leading: 12.5))
  {
    frame.merge(line, at: Point(x: 10, y: y))
    y += 12.5
  }
  frame.add(
    .rectangle(FilledRectangle(size: Size(width: 180, height: 0.6), color: .black)),
    at: Point(x: 10, y: 26))
  return frame
}

/// Writes bytes to a file in a fresh temporary folder and returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) -> String {
  var template = Array("/tmp/vita-test-XXXXXX".utf8CString)
  let folder = String(cString: mkdtemp(&template)!)
  let path = folder + "/" + name
  let file = fopen(path, "wb")!
  _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
  return path
}

/// Runs a command and returns its exit status and standard output.
func run(_ command: String) -> (status: Int32, output: String) {
  guard let pipe = popen(command + " 2>/dev/null", "r") else { return (-1, "") }
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = fread(&buffer, 1, buffer.count, pipe)
    if count <= 0 { break }
    output += buffer.prefix(count)
  }
  let status = pclose(pipe)
  return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
}

/// The pixels of a PNG as 32-bit words, with its size; `nil` if it cannot be read.
func pixels(ofPNG path: String) -> (width: Int, height: Int, words: [UInt32])? {
  let surface = cairo_image_surface_create_from_png(path)!
  defer { cairo_surface_destroy(surface) }
  guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
  let width = Int(cairo_image_surface_get_width(surface))
  let height = Int(cairo_image_surface_get_height(surface))
  let stride = Int(cairo_image_surface_get_stride(surface))
  let data = cairo_image_surface_get_data(surface)!
  var words: [UInt32] = []
  words.reserveCapacity(width * height)
  for row in 0..<height {
    let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
    for column in 0..<width { words.append(line[column] & 0x00FF_FFFF) }
  }
  return (width, height, words)
}
