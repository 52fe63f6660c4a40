import Testing
import VitaImport
import VitaModel

/// Reads text as the file `profile.txt`.
func read(_ text: String) -> (profile: Profile?, diagnostics: [String]) {
  read(Array(text.utf8))
}

/// Reads bytes as the file `profile.txt`.
func read(_ bytes: [UInt8], file: String? = "profile.txt") -> (
  profile: Profile?, diagnostics: [String]
) {
  let result = ProfileTextReader().read(bytes, file: file)
  return (result.profile, result.diagnostics.map(\.description))
}

/// The canonical text with its lines edited; lines are 1-based as in the file.
func canonicalEdited(_ edit: (inout [String]) -> Void) -> String {
  var lines = canonicalLines
  edit(&lines)
  return lines.joined(separator: "\n")
}

/// The canonical papers with their source lines left out, to compare across line shifts.
func withoutSourceLines(_ papers: [Paper]) -> [Paper] {
  papers.map {
    var paper = $0
    paper.sourceLine = nil
    return paper
  }
}

let truncationHint =
  "\n  hint: a paper is a header line, then its title, its authors and its abstract"
let dateHint = "\n  hint: write dates like \"Jul 31, 2024\""
let utf8Hint = "\n  hint: save the file as UTF-8"

@Suite("Profile text: files that are not profiles")
struct UnreadableFileTests {
  @Test("an empty file, or one of white space only, is an error and gives no profile")
  func emptyFile() {
    for bytes: [UInt8] in [[], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF, 0x0A]] {
      let result = read(bytes)
      #expect(result.profile == nil)
      #expect(result.diagnostics == ["profile.txt: error: the file is empty"])
    }
    #expect(read([], file: nil).diagnostics == ["<input>: error: the file is empty"])
  }

  @Test("binary bytes are an error at the first NUL byte")
  func binary() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    let result = read(png, file: "photo.png")
    #expect(result.profile == nil)
    #expect(
      result.diagnostics == [
        "photo.png:3:1: error: the file holds binary data (a NUL byte), not text"
          + "\n  hint: a profile is the text of a profile page, saved as UTF-8"
      ])

    let nulInName = read(Array("Shantanu".utf8) + [0] + Array("Thakoor\n".utf8))
    #expect(nulInName.profile == nil)
    #expect(nulInName.diagnostics.first?.hasPrefix("profile.txt:1:9: error: ") == true)
  }

  @Test("UTF-16 text is an error that says so")
  func utf16() {
    let result = read([0xFF, 0xFE, 0x53, 0x00, 0x68, 0x00])
    #expect(result.profile == nil)
    #expect(
      result.diagnostics == ["profile.txt: error: the file is UTF-16 text, not UTF-8" + utf8Hint])
  }

  @Test("invalid UTF-8 is an error at the line and column, in characters, of the first bad byte")
  func invalidUTF8() {
    func withByte(_ byte: UInt8, line: Int, after prefix: String) -> [UInt8] {
      var bytes: [UInt8] = []
      for (index, text) in canonicalLines.enumerated() {
        if index > 0 { bytes.append(0x0A) }
        var lineBytes = Array(text.utf8)
        if index + 1 == line {
          lineBytes.insert(byte, at: prefix.utf8.count)
          #expect(text.hasPrefix(prefix))
        }
        bytes += lineBytes
      }
      return bytes
    }

    let inTitle = read(withByte(0xFF, line: 13, after: "Gemma "))
    #expect(inTitle.profile == nil)
    #expect(inTitle.diagnostics == ["profile.txt:13:7: error: invalid UTF-8 byte 0xFF" + utf8Hint])

    // "é" before the bad byte is one character but two bytes.
    let afterAccent = read(withByte(0xC0, line: 120, after: "Thomas Mesnard, Théophane Weber"))
    #expect(
      afterAccent.diagnostics == [
        "profile.txt:120:32: error: invalid UTF-8 byte 0xC0" + utf8Hint
      ])

    let latin1 = read([0x41, 0x64, 0x61, 0x0D, 0x0A, 0x54, 0x68, 0xE9, 0x6F])
    #expect(latin1.diagnostics == ["profile.txt:2:3: error: invalid UTF-8 byte 0xE9" + utf8Hint])
  }

  @Test("a file over 10 MB is an error, read no further")
  func tooLarge() {
    let result = read([UInt8](repeating: 0x61, count: 10 * 1_048_576 + 1), file: "big.txt")
    #expect(result.profile == nil)
    #expect(
      result.diagnostics == [
        "big.txt: error: the file is larger than 10 MB (10,485,761 bytes)"
          + "\n  hint: a profile's text is far smaller; check that this is the right file"
      ])
  }
}

@Suite("Profile text: tolerated variations")
struct VariationTests {
  @Test("CRLF line ends, a byte-order mark and trailing blanks give the canonical profile")
  func crlfBOMAndTrailingBlanks() throws {
    let text = canonicalLines.map { $0 + " \t " }.joined(separator: "\r\n")
    let result = read([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(result.diagnostics == [])
    let profile = try #require(result.profile)
    #expect(profile == canonical.profile)
  }

  @Test("lone CR line ends give the canonical profile")
  func loneCarriageReturns() {
    let result = read(canonicalLines.joined(separator: "\r"))
    #expect(result.diagnostics == [])
    #expect(result.profile == canonical.profile)
  }

  @Test("extra blank lines anywhere change only the source lines")
  func extraBlankLines() throws {
    let text = "\n\n" + canonicalLines.map { $0 + "\n  \n" }.joined() + "\n\n"
    let result = read(text)
    #expect(result.diagnostics == [])
    let profile = try #require(result.profile)
    let expected = try #require(canonical.profile)
    #expect(withoutSourceLines(profile.papers) == withoutSourceLines(expected.papers))
    #expect(profile.papers.map(\.sourceLine) == expected.papers.map { 1 + 2 * $0.sourceLine! })
    #expect(profile.metrics == expected.metrics)
    #expect(profile.name == expected.name)
  }

  @Test("a missing abstract, inside the list or at its end, is no problem")
  func missingAbstracts() throws {
    let text = canonicalEdited {
      $0.removeSubrange(120...121)  // the last paper's blank line and abstract
      $0.removeSubrange(15...16)  // the first paper's
    }
    let result = read(text)
    #expect(result.diagnostics == [])
    let profile = try #require(result.profile)
    let expected = try #require(canonical.profile)
    #expect(profile.papers.count == 16)
    #expect(profile.papers[0].abstract == nil)
    #expect(profile.papers[15].abstract == nil)
    #expect(profile.papers[0].title == expected.papers[0].title)
    #expect(profile.papers[0].authors == expected.papers[0].authors)
    #expect(profile.papers[15].authors == expected.papers[15].authors)
    #expect(
      withoutSourceLines(Array(profile.papers[1..<15]))
        == withoutSourceLines(Array(expected.papers[1..<15])))
    #expect(profile.papers[1].sourceLine == 17)
  }

  @Test("missing metrics, category and heading are no problem")
  func sparseHead() throws {
    let result = read("Ada Lovelace\n\nLGJul 31, 2024\nA title\n\nAda Lovelace\n")
    #expect(result.diagnostics == [])
    let profile = try #require(result.profile)
    #expect(profile.primaryCategory == nil)
    #expect(profile.metrics == [])
    #expect(profile.announcedPaperCount == nil)
    #expect(
      profile.papers == [
        Paper(
          title: "A title", authors: ["Ada Lovelace"],
          date: PaperDate(year: 2024, month: 7, day: 31),
          categories: [Category(code: "LG", name: "Machine Learning")], sourceLine: 3)
      ])
  }

  @Test("other metrics keep their label, in either order, with commas, decimals and percent")
  func otherMetrics() throws {
    let text = """
      Ada Lovelace
      cs.LG
      h-index 12
      i10-index25
      2.5 Impact
      Stars: 1,234.5
      Share 7%
      100%Open
      """
    let result = read(text)
    #expect(
      result.diagnostics == [
        "profile.txt: warning: no papers were found"
          + "\n  hint: a paper starts with a header line such as \"LGJul 31, 2024\""
      ])
    let profile = try #require(result.profile)
    #expect(profile.primaryCategory == Category(code: "cs.LG", name: "Machine Learning"))
    #expect(
      profile.metrics == [
        Metric(kind: .hIndex, label: "h-index", value: 12, unit: .count),
        Metric(kind: .i10Index, label: "i10-index", value: 25, unit: .count),
        Metric(kind: .other, label: "Impact", value: 2.5, unit: .score),
        Metric(kind: .other, label: "Stars", value: 1234.5, unit: .score),
        Metric(kind: .other, label: "Share", value: 7, unit: .percent),
        Metric(kind: .other, label: "Open", value: 100, unit: .percent),
      ])
  }
}

@Suite("Profile text: damaged profiles")
struct DamagedProfileTests {
  @Test("a name alone gives a profile with no papers and a warning")
  func nameAlone() throws {
    let result = ProfileTextReader().read(Array("Shantanu Thakoor\n".utf8))
    #expect(
      result.diagnostics.map(\.description) == [
        "<input>: warning: no papers were found"
          + "\n  hint: a paper starts with a header line such as \"LGJul 31, 2024\""
      ])
    let profile = try #require(result.profile)
    #expect(profile == Profile(name: "Shantanu Thakoor"))
  }

  @Test("truncated papers are errors naming path and line; the other papers are read")
  func truncatedPapers() throws {
    let text = canonicalEdited {
      $0.removeSubrange(34...37)  // papers[3]: its authors and abstract, after the title
      $0.removeSubrange(19...23)  // papers[1]: everything after the header
    }
    let result = read(text)
    #expect(
      result.diagnostics == [
        "profile.txt:19:1: error: the paper has no title and was skipped [papers[1]]"
          + truncationHint,
        "profile.txt:28:1: error: the paper has no authors and was skipped [papers[3]]"
          + truncationHint,
        "profile.txt:10:1: warning: the heading announces 16 papers, but 14 were read"
          + " [announcedPaperCount]",
      ])
    let profile = try #require(result.profile)
    let expected = try #require(canonical.profile)
    var kept = expected.papers
    kept.remove(at: 3)
    kept.remove(at: 1)
    #expect(withoutSourceLines(profile.papers) == withoutSourceLines(kept))
  }

  @Test("a paper cut short at the end of the file is an error")
  func truncatedAtEnd() throws {
    let result = read("Ada Lovelace\n\nLGJul 31, 2024\nA title\n")
    #expect(
      result.diagnostics == [
        "profile.txt:3:1: error: the paper has no authors and was skipped [papers[0]]"
          + truncationHint
      ])
    #expect(result.profile?.papers == [])
  }

  @Test("a date that cannot be read is an error at its part; the paper is kept without it")
  func badDate() throws {
    let result = read(canonicalEdited { $0[32] = "LGFoo 99, 20x4" })
    #expect(
      result.diagnostics == [
        "profile.txt:33:3: error: cannot read the date \"Foo 99, 20x4\": unknown month \"Foo\""
          + " [papers[3].date]" + dateHint
      ])
    let profile = try #require(result.profile)
    var expected = try #require(canonical.profile?.papers[3])
    expected.date = nil
    #expect(profile.papers.count == 16)
    #expect(profile.papers[3] == expected)
  }

  @Test(
    "each part of a date is checked",
    arguments: [
      ("LGFeb 30, 2023", "33:7", "\"Feb 30, 2023\": Feb 2023 has no day 30"),
      ("LGFeb 29, 2023", "33:7", "\"Feb 29, 2023\": Feb 2023 has no day 29"),
      ("LGJul 3x, 2024", "33:7", "\"Jul 3x, 2024\": \"3x\" is not a day"),
      ("LGJul 31, 20x4", "33:11", "\"Jul 31, 20x4\": \"20x4\" is not a year"),
      ("LGJul 31, 20245", "33:11", "\"Jul 31, 20245\": \"20245\" is not a year"),
      ("LGJul 31,", "33:10", "\"Jul 31,\": the year is missing"),
    ])
  func datePart(header: String, place: String, detail: String) {
    let result = read(canonicalEdited { $0[32] = header })
    #expect(
      result.diagnostics == [
        "profile.txt:\(place): error: cannot read the date \(detail) [papers[3].date]" + dateHint
      ])
    #expect(result.profile?.papers.count == 16)
  }

  @Test("dates that read: a leap day, a full month name, a day without a leading zero")
  func goodDates() throws {
    for (header, date) in [
      ("LGFeb 29, 2024", PaperDate(year: 2024, month: 2, day: 29)),
      ("LGSeptember 3, 2019Code", PaperDate(year: 2019, month: 9, day: 3)),
      ("Jan 1, 2000", PaperDate(year: 2000, month: 1, day: 1)),
    ] {
      let result = read(canonicalEdited { $0[32] = header })
      #expect(result.diagnostics == [])
      #expect(result.profile?.papers[3].date == date)
    }
    let noCode = read(canonicalEdited { $0[32] = "Jan 1, 2000" })
    #expect(noCode.profile?.papers[3].categories == [])
  }

  @Test("text after the date other than Code is ignored with a warning")
  func textAfterDate() {
    let result = read(canonicalEdited { $0[32] = "LGDec 6, 2022Video" })
    #expect(
      result.diagnostics == [
        "profile.txt:33:14: warning: ignored \"Video\" after the date [papers[3]]"
          + "\n  hint: only \"Code\" may follow the date"
      ])
    #expect(result.profile?.papers[3].date == PaperDate(year: 2022, month: 12, day: 6))
    #expect(result.profile?.papers[3].hasCode == false)
  }

  @Test("an unknown category code is kept as its own name, with a warning")
  func unknownCategory() throws {
    let result = read(
      canonicalEdited {
        $0[2] = "ZZ"
        $0[11] = "XYJul 31, 2024"
      })
    let hint = "\n  hint: the category keeps its code as its name"
    #expect(
      result.diagnostics == [
        "profile.txt:3:1: warning: unknown category \"ZZ\" [primaryCategory]" + hint,
        "profile.txt:12:1: warning: unknown category \"XY\" [papers[0].categories[0]]" + hint,
      ])
    let profile = try #require(result.profile)
    #expect(profile.primaryCategory == Category(code: "ZZ", name: "ZZ"))
    #expect(profile.papers[0].categories == [Category(code: "XY", name: "XY")])
    #expect(profile.papers[0].date == PaperDate(year: 2024, month: 7, day: 31))
  }

  @Test("an abstract over several lines is joined, with a warning")
  func abstractOverLines() throws {
    let result = read(canonicalEdited { $0.insert("More text.", at: 17) })
    #expect(
      result.diagnostics == [
        "profile.txt:18:1: warning: the abstract runs over several lines, which were joined"
          + " [papers[0].abstract]"
      ])
    let abstract = try #require(result.profile?.papers[0].abstract?.text)
    #expect(abstract == canonicalLines[16] + " More text.")
  }

  @Test("lines above the papers that are not understood are skipped, each with a warning")
  func headProblems() throws {
    let text = """
      Ada Lovelace
      LG
      Google DeepMind
      Score 1,23
      3 Papers
      4 Papers
      """
    let result = read(text)
    let skipped =
      "warning: this line was not understood and was skipped"
      + "\n  hint: before the papers come the name, the category (\"LG\"), metrics"
      + " (\"h-index117\") and a heading (\"16 Papers\")"
    #expect(
      result.diagnostics == [
        "profile.txt:3:1: " + skipped,
        "profile.txt:4:1: " + skipped,
        "profile.txt:6:1: warning: a second paper-count heading was ignored",
        "profile.txt: warning: no papers were found"
          + "\n  hint: a paper starts with a header line such as \"LGJul 31, 2024\"",
        "profile.txt:5:1: warning: the heading announces 3 papers, but 0 were read"
          + " [announcedPaperCount]",
      ])
    #expect(result.profile?.announcedPaperCount == 3)
  }

  @Test("a first line that is a paper header leaves the profile without a name")
  func missingName() throws {
    let result = read("LGJul 31, 2024\nA title\nAda Lovelace\n")
    #expect(
      result.diagnostics == [
        "profile.txt:1:1: error: the profile has no name [name]"
          + "\n  hint: the first line of a profile is the researcher's name"
      ])
    #expect(result.profile?.name == "")
    #expect(result.profile?.papers.map(\.title) == ["A title"])
  }
}
