import Testing
import VitaImport
import VitaModel

/// How long something takes, in seconds.
func seconds(_ work: () -> Void) -> Double {
  let duration = ContinuousClock().measure(work)
  return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

@Suite("Profile text: absurd sizes are capped")
struct LimitTests {
  @Test("a header line a megabyte long is an error, quickly; the other papers are read")
  func longHeader() throws {
    let text = canonicalEdited { $0[11] += String(repeating: "Code", count: 250_000) }
    var result: (profile: Profile?, diagnostics: [String]) = (nil, [])
    let time = seconds { result = read(text) }
    #expect(time < 2)
    #expect(
      result.diagnostics == [
        "profile.txt:12:1: error: the paper header is longer than 64 characters; the paper was"
          + " skipped [papers[0]]"
          + "\n  hint: a header is a category glued to a date, such as \"LGJul 31, 2024\"",
        "profile.txt:10:1: warning: the heading announces 16 papers, but 15 were read"
          + " [announcedPaperCount]",
      ])
    let expected = try #require(canonical.profile)
    #expect(result.profile?.papers == Array(expected.papers.dropFirst()))
  }

  @Test("a field over 100,000 characters is cut, with a warning")
  func longFields() throws {
    let name = read(String(repeating: "a", count: 100_001))
    #expect(
      name.diagnostics == [
        "profile.txt:1:1: warning: the name is longer than 100,000 characters and was cut [name]",
        "profile.txt: warning: no papers were found"
          + "\n  hint: a paper starts with a header line such as \"LGJul 31, 2024\"",
      ])
    #expect(name.profile?.name.count == 100_000)

    // Two bytes a character: the limit counts characters, not bytes.
    let fits = read(canonicalEdited { $0[16] = String(repeating: "é", count: 100_000) })
    #expect(fits.diagnostics == [])
    let long = read(canonicalEdited { $0[16] = String(repeating: "é", count: 150_000) })
    #expect(
      long.diagnostics == [
        "profile.txt:17:1: warning: the abstract is longer than 100,000 characters and was cut"
          + " [papers[0].abstract]"
      ])
    #expect(long.profile?.papers[0].abstract?.text == String(repeating: "é", count: 100_000))
  }

  @Test("at most 100,000 papers are read; the rest are an error")
  func manyPapers() throws {
    let text = "Ada\n" + String(repeating: "LGJul 31, 2024\nT\nA\n", count: 100_001)
    let result = read(text)
    #expect(
      result.diagnostics == [
        "profile.txt:300002:1: error: more than 100,000 papers; the rest were not read"
          + " [papers[100000]]"
      ])
    #expect(result.profile?.papers.count == 100_000)
  }

  @Test("at most 1,000 metrics are kept")
  func manyMetrics() throws {
    let text = "Ada\n" + (1...1_001).map { "m\($0)\n" }.joined()
    let result = read(text)
    #expect(
      result.diagnostics == [
        "profile.txt:1002:1: warning: more than 1,000 metrics; the rest were ignored",
        "profile.txt: warning: no papers were found"
          + "\n  hint: a paper starts with a header line such as \"LGJul 31, 2024\"",
      ])
    #expect(result.profile?.metrics.count == 1_000)
    #expect(
      result.profile?.metrics.last == Metric(kind: .other, label: "m", value: 1_000, unit: .count))
  }

  @Test("at most 1,000 diagnostics are listed; the last one counts the rest, as an error if any is")
  func manyDiagnostics() {
    let garbage = "Ada\n" + String(repeating: "???\n", count: 1_500)
    let warnings = read(garbage).diagnostics
    #expect(warnings.count == 1_001)
    #expect(warnings.last == "profile.txt: warning: 501 more problems were not listed")

    let withError = read(garbage + "LGJul 31, 2024\n").diagnostics
    #expect(withError.count == 1_001)
    #expect(withError.last == "profile.txt: error: 501 more problems were not listed")
  }
}

/// A small deterministic pseudo-random generator (SplitMix64), so that a failing mutation
/// can be found again from its case number.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// Bytes that make parsing interesting when dropped into profile text.
let interestingInsertions: [[UInt8]] = [
  [0x00], [0xFF], [0xC2], [0xC2, 0xB7], [0xE2, 0x82], [0x0D], [0x0A], [0x0D, 0x0A], [0x20],
  [0x09], [0x2C], [0x25], [0xEF, 0xBB, 0xBF], Array("Code".utf8), Array(" et al.".utf8),
  Array("LGJul 31, 2024".utf8), Array("\nLGFoo 99, 20x4\n".utf8), Array("\n16 Papers\n".utf8),
  Array("9999999999999999999".utf8), Array("https://".utf8), Array("1,2,3.4.5".utf8),
]

/// The canonical bytes with a few random edits: bytes changed, inserted, deleted,
/// duplicated, or the file cut short.
func mutatedCanonical(_ generator: inout SplitMix64) -> [UInt8] {
  var bytes = canonicalBytes
  for _ in 0..<Int.random(in: 1...8, using: &generator) {
    let position = Int.random(in: 0...bytes.count, using: &generator)
    let rest = bytes.count - position
    switch Int.random(in: 0..<6, using: &generator) {
    case 0 where rest > 0:
      bytes[position] = UInt8.random(in: 0...255, using: &generator)
    case 1:
      bytes.insert(
        contentsOf: interestingInsertions.randomElement(using: &generator)!, at: position)
    case 2 where rest > 0:
      bytes.removeSubrange(
        position..<(position + Int.random(in: 1...min(rest, 400), using: &generator)))
    case 3 where rest > 0:
      let copy = bytes[
        position..<(position + Int.random(in: 1...min(rest, 2_000), using: &generator))]
      bytes.insert(contentsOf: copy, at: position)
    case 4:
      bytes.removeSubrange(position...)
    default:
      bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
    }
  }
  return bytes
}

/// Checks what must hold of any result, whatever the bytes: a missing profile comes with an
/// error, and every diagnostic is well formed.
func checkInvariants(of result: (profile: Profile?, diagnostics: [Diagnostic]), case number: Int) {
  if result.profile == nil {
    #expect(result.diagnostics.containsErrors, "case \(number)")
  }
  #expect(result.diagnostics.count <= 1_001, "case \(number)")
  for diagnostic in result.diagnostics {
    #expect(diagnostic.file == "mutant.txt", "case \(number)")
    #expect((diagnostic.line ?? 1) >= 1 && (diagnostic.column ?? 1) >= 1, "case \(number)")
    #expect(diagnostic.column == nil || diagnostic.line != nil, "case \(number)")
    let message = diagnostic.message
    #expect(message.first?.isUppercase == false || message.hasPrefix("UTF"), "case \(number)")
    #expect(!message.hasSuffix("."), "case \(number)")
  }
  for paper in result.profile?.papers ?? [] {
    let count = paper.abstract?.text.utf8.count ?? 0
    for link in paper.abstract?.links ?? [] {
      #expect(link.range.lowerBound >= 0 && link.range.upperBound <= count, "case \(number)")
    }
    #expect((paper.sourceLine ?? 0) >= 1, "case \(number)")
  }
}

@Suite("Profile text: any bytes at all")
struct MutationTests {
  @Test("four hundred mutations of the canonical file never trap and return quickly")
  func mutations() {
    var generator = SplitMix64(state: 0x5EED_2E47_4401_0ABC)
    var slowest = 0.0
    for number in 0..<400 {
      let bytes = mutatedCanonical(&generator)
      var result: (profile: Profile?, diagnostics: [Diagnostic]) = (nil, [])
      slowest = max(
        slowest, seconds { result = ProfileTextReader().read(bytes, file: "mutant.txt") })
      checkInvariants(of: result, case: number)
    }
    #expect(slowest < 0.5)
  }

  @Test("short runs of random bytes never trap")
  func randomBytes() {
    var generator = SplitMix64(state: 42)
    for number in 0..<400 {
      let count = Int.random(in: 0...300, using: &generator)
      let bytes = (0..<count).map { _ in
        // Mostly printable ASCII and line ends, so that some of it parses.
        Bool.random(using: &generator)
          ? UInt8.random(in: 0x20...0x7E, using: &generator)
          : [0x0A, 0x0D, 0x20, 0x2C, 0xC2, 0xB7, 0x00, 0xFF].randomElement(using: &generator)!
      }
      checkInvariants(of: ProfileTextReader().read(bytes, file: "mutant.txt"), case: number)
    }
  }

  @Test("the canonical profile reads in well under a millisecond in a release build")
  func speed() {
    let reader = ProfileTextReader()
    var times: [Double] = []
    for _ in 0..<200 {
      times.append(seconds { _ = reader.read(canonicalBytes) })
    }
    let median = times.sorted()[times.count / 2]
    #if DEBUG
      #expect(median < 0.1)
    #else
      #expect(median < 0.001)
    #endif
  }
}
