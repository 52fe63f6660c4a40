// The benchmark: how long Vita takes to render the canonical profile, as a fresh process
// and inside one process, phase by phase, and how much memory it holds at its peak.
//
// Usage: vita-bench [--vita PATH] [--profile PATH] [--runs N] [--iterations N]
import Vita
import VitaImport
import VitaLayout
import VitaModel
import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

struct Options {
  var vita = ".build/release/vita"
  var profile = "Examples/000_2e4744010abc845a.txt"
  var runs = 10
  var iterations = 60
  /// Phases to leave out, for profiling one part under callgrind: "fresh", "png", "batch".
  var skip: Set<String> = []
  /// A folder of generated profiles for the batch rows (Benchmarks/generate-profiles.py).
  var batchInput: String? = nil

  init(_ arguments: [String]) {
    var index = 0
    while index + 1 < arguments.count {
      let value = arguments[index + 1]
      switch arguments[index] {
      case "--vita": vita = value
      case "--profile": profile = value
      case "--runs": runs = max(5, Int(value) ?? runs)
      case "--iterations": iterations = max(1, Int(value) ?? iterations)
      case "--skip": skip.insert(value)
      case "--batch-input": batchInput = value
      default: break
      }
      index += 2
    }
  }
}

func row(_ name: String, _ sample: Sample, _ unit: String = "ms", target: String = "") {
  let cells = [sample.median, sample.minimum, sample.maximum].map { value in
    String(format: value)
  }
  let padded = name.padding(to: 34)
  print(
    "\(padded) \(cells[0].padding(to: 9, left: true)) \(cells[1].padding(to: 9, left: true)) "
      + "\(cells[2].padding(to: 9, left: true))  \(unit) \(target)")
}

extension String {
  init(format value: Double) {
    let scaled = (value * 100).rounded() / 100
    let whole = Int(scaled)
    let fraction = Int(((scaled - Double(whole)) * 100).rounded())
    self = "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  func padding(to width: Int, left: Bool = false) -> String {
    let pad = String(repeating: " ", count: max(0, width - count))
    return left ? pad + self : self + pad
  }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let environment = [
  "SOURCE_DATE_EPOCH=1767225600", "HOME=" + String(cString: getenv("HOME") ?? strdup("/root")),
]
let output = "/tmp/vita-bench-\(getpid())"
mkdir(output, 0o755)

print("Vita \(Engine.version) benchmark: \(options.profile)")
print("phase                              median       min       max")

// 1. A fresh process, as a user runs it.
var childPeak = 0.0
if !options.skip.contains("fresh") {
  _ = runProcess(
    [options.vita, "render", options.profile, "-o", output + "/cv.pdf"], environment: environment)
  let fresh = Sample(
    values: (0..<options.runs).map { _ in
      measure {
        let status = runProcess(
          [options.vita, "render", options.profile, "-o", output + "/cv.pdf"],
          environment: environment)
        precondition(status == 0, "vita render failed with status \(status)")
      }
    })
  row("vita render, fresh process", fresh, target: "(target ≤ 60)")
  childPeak = peakMemory(children: true)
}

// 2. Inside one process, phase by phase.
let engine = try Engine()
let bytes = try Files.read(options.profile)
let (theme, _) = try engine.readTheme("classic")
var phases: [String: [Double]] = [:]
var totals: [Double] = []
var pageCount = 0
var pngPages: [Frame] = []
for iteration in 0..<(options.iterations + 5) {
  var profile: Profile? = nil
  var document: Document? = nil
  var pages: [Frame] = []
  var writer: PDFWriter? = nil
  let read = measure { profile = ProfileTextReader().read(bytes, file: nil).profile }
  let compose = measure {
    document = engine.document(profile!, theme: theme, options: RenderOptions())
  }
  let layout = measure { pages = engine.pages(document!) }
  let draw = measure {
    writer = PDFWriter(
      info: PDFInfo(metadata: document!.metadata, creator: "bench", creationDate: ""),
      firstPage: pages.first?.size)
    writer!.draw(pages)
  }
  let finish = measure { _ = try! writer!.finish() }
  guard iteration >= 5 else { continue }  // warm-up
  for (name, value) in [
    ("read", read), ("compose", compose), ("layout", layout), ("draw", draw), ("finish", finish),
  ] {
    phases[name, default: []].append(value)
  }
  totals.append(read + compose + layout + draw + finish)
  pageCount = pages.count
  pngPages = pages
}
row("in-process render, per CV", Sample(values: totals), target: "(target ≤ 12)")
for name in ["read", "compose", "layout", "draw", "finish"] {
  row("  " + name, Sample(values: phases[name]!))
}

// 3. PNG pages at 150 dpi.
var pngTimes: [Double] = []
for _ in 0..<(options.skip.contains("png") ? 0 : 3) {
  for page in pngPages {
    pngTimes.append(measure { _ = try! Renderer.png(page, dpi: 150) })
  }
}
if !pngTimes.isEmpty {
  row("PNG page at 150 dpi", Sample(values: pngTimes), target: "(target ≤ 40)")
}

// 4. A standalone chart to PNG at 150 dpi: in this process, and as a fresh `vita chart`.
let chartProfile = ProfileTextReader().read(bytes, file: nil).profile!
var chartOptions = ChartOptions()
chartOptions.creationTime = 1_767_225_600
let chartTimes = (0..<(options.iterations + 5)).map { _ in
  measure {
    _ = try! engine.chart(chartProfile, kind: .papersPerYear, theme: theme, options: chartOptions)
  }
}.dropFirst(5)
row("chart to PNG at 150 dpi", Sample(values: Array(chartTimes)), target: "(target ≤ 8)")
if !options.skip.contains("fresh") {
  let arguments = [
    options.vita, "chart", options.profile, "--kind", "papers-per-year", "-o",
    output + "/chart.png",
  ]
  _ = runProcess(arguments, environment: environment)
  let fresh = Sample(
    values: (0..<options.runs).map { _ in
      measure {
        let status = runProcess(arguments, environment: environment)
        precondition(status == 0, "vita chart failed with status \(status)")
      }
    })
  row("vita chart, fresh process", fresh, target: "(target ≤ 40)")
}

print("pages per CV: \(pageCount)")
print("peak memory, fresh vita render: \(String(format: childPeak)) MB (target ≤ 40)")
print("peak memory, this benchmark process: \(String(format: peakMemory(children: false))) MB")

// 4. A batch of generated profiles, with one job and with two.
if let input = options.batchInput, !options.skip.contains("batch") {
  var times: [Int: Double] = [:]
  for jobs in [1, 2] {
    let folder = output + "/batch-\(jobs)"
    let seconds =
      measure {
        let status = runProcess(
          [options.vita, "batch", input, "-o", folder, "--jobs", String(jobs), "--quiet"],
          environment: environment)
        precondition(status == 0, "vita batch failed with status \(status)")
      } / 1000
    times[jobs] = seconds
    print(
      "batch of \(input.split(separator: "/").last ?? ""), --jobs \(jobs): \(String(format: seconds)) s"
    )
  }
  if let one = times[1], let two = times[2] {
    print("batch speed-up from 1 to 2 jobs: \(String(format: one / two))× (target ≥ 1.8)")
  }
  print(
    "peak memory of any child process: \(String(format: peakMemory(children: true))) MB (target ≤ 150)"
  )
}
