import CCairo
import VitaCharts
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

/// One text engine for the suite: setting up fonts is the slow part.
let engine = PangoTextEngine(fonts: try! FontConfiguration(folder: packageRoot + "/Fonts"))

/// Charts on the real text engine.
let charts = ChartLayout(shaper: engine)

/// The year the test charts are made in.
let currentYear = 2026

/// The canonical profile's papers, reduced to what the charts read.
func canonicalProfile() -> Profile {
  let categories = [
    "LG": Category(code: "LG", name: "Machine Learning"),
    "CL": Category(code: "CL", name: "Computation and Language"),
    "ML": Category(code: "ML", name: "Machine Learning (Statistics)"),
  ]
  let papers: [(String, Int, [String])] = [
    ("CL", 2024, ["Gemma Team", "Morgane Riviere", "Shreya Pathak"]),
    ("LG", 2022, ["Zhaohan Daniel Guo", "Shantanu Thakoor", "Miruna Pîslar"]),
    ("LG", 2023, ["Mehdi Azabou", "Venkataramana Ganesh", "Shantanu Thakoor"]),
    ("LG", 2022, ["Yunhao Tang", "Zhaohan Daniel Guo", "Pierre Harvey Richemond"]),
    ("ML", 2022, ["Shantanu Thakoor", "Mark Rowland", "Diana Borsa"]),
    ("LG", 2023, ["Mehdi Azabou", "Michael Mendelson", "Nauman Ahad"]),
    ("LG", 2022, ["Mehdi Azabou", "Michael Mendelson", "Maks Sorokin"]),
    ("LG", 2021, ["Shantanu Thakoor", "Zhaohan Daniel Guo", "Bilal Piot"]),
    ("CL", 2025, ["Gemini Team", "Petko Georgiev"]),
    ("LG", 2021, ["Mohammad Gheshlaghi Azar", "Shantanu Thakoor"]),
    ("LG", 2020, ["Jean-Bastien Grill", "Florian Strub", "Shantanu Thakoor"]),
    ("LG", 2021, ["Mohammad Gheshlaghi Azar", "Zhaohan Daniel Guo"]),
    ("CL", 2024, ["Gemini Team", "Shantanu Thakoor"]),
    ("LG", 2021, ["Shantanu Thakoor", "Corentin Tallec"]),
    ("LG", 2023, ["Shantanu Thakoor", "Ravi Kumar"]),
    ("CL", 2023, ["Shantanu Thakoor", "Ada Lovelace"]),
  ]
  var profile = Profile(name: "Shantanu Thakoor")
  profile.papers = papers.enumerated().map { index, entry in
    var paper = Paper(
      title: "Paper \(index)", authors: entry.2, authorsTruncated: index % 3 == 0,
      date: PaperDate(year: entry.1), categories: [categories[entry.0]!])
    paper.citations = [962, 410, 180, 95, 60, 44, 31, 25, 19, 12, 9, 7, 4, 2, 1, 0][index]
    return paper
  }
  return profile
}

/// A profile with a citation history, as OpenAlex gives one: the current year partial.
func citedProfile(
  _ counts: [Int: Int], source: String? = "OpenAlex", partial: Set<Int> = [2026]
) -> Profile {
  var profile = canonicalProfile()
  profile.citationHistory = CitationHistory(counts: counts, source: source, partialYears: partial)
  return profile
}

/// Citations per year over a range of years, rising and then levelling off.
func history(_ years: ClosedRange<Int>, scale: Int = 40) -> [Int: Int] {
  var counts: [Int: Int] = [:]
  for (index, year) in years.enumerated() {
    counts[year] = scale * min(index + 1, 8) + (index * 37) % 23
  }
  return counts
}

/// A chart's frame for a profile, at a size.
func frame(
  _ kind: ChartKind, _ profile: Profile, size: Size = ChartSpecification.defaultSize,
  dpi: Double? = 150, theme: Theme = Theme()
) throws -> Frame {
  try charts.frame(
    ChartSpecification(kind: kind, size: size, theme: theme, currentYear: currentYear, dpi: dpi),
    profile: profile)
}

/// The themes the geometry is checked in: the default serif, and the sans of the modern
/// layout, whose taller line box once cost labels.
let themes: [Theme] = {
  var sans = Theme()
  sans.fonts.meta.family = "Noto Sans"
  return [Theme(), sans]
}()

/// Writes bytes to a file in a fresh temporary folder and returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) -> String {
  var template = Array("/tmp/vita-test-XXXXXX".utf8CString)
  let folder = String(cString: mkdtemp(&template)!)
  let path = folder + "/" + name
  write(bytes, to: path)
  return path
}

/// Writes bytes to a path.
func write(_ bytes: [UInt8], to path: String) {
  let file = fopen(path, "wb")!
  _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
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

/// The largest difference between two pixels' red, green or blue values.
func channelDistance(_ a: UInt32, _ b: UInt32) -> Int {
  var largest = 0
  for shift: UInt32 in [0, 8, 16] {
    let left = Int((a >> shift) & 0xFF)
    let right = Int((b >> shift) & 0xFF)
    largest = max(largest, abs(left - right))
  }
  return largest
}

/// The text items of a frame with their boxes and text.
func textBoxes(_ frame: Frame) -> [(text: String, box: Rect)] {
  frame.items.compactMap { entry in
    guard case .text(let run) = entry.item else { return nil }
    return (String(decoding: run.text, as: UTF8.self), entry.bounds)
  }
}

/// The texts of a frame, in drawing order, runs of one label joined.
func texts(_ frame: Frame) -> [String] {
  textBoxes(frame).map(\.text)
}
