import Testing
import VitaImport
import VitaModel

/// Reads BibTeX bytes as `bad.bib`.
private func readBib(_ bytes: [UInt8]) -> (papers: [Paper]?, diagnostics: [String]) {
  let (profile, diagnostics) = BibTeXReader().read(bytes, file: "bad.bib")
  return (profile?.papers, diagnostics.map(\.description))
}

private func readBib(_ text: String) -> (papers: [Paper]?, diagnostics: [String]) {
  readBib(Array(text.utf8))
}

@Suite("BibTeX reader: broken files")
struct BibTeXDiagnosticTests {
  @Test func unterminatedBraceStopsAtTheNextEntry() {
    let (papers, diagnostics) = readBib(
      """
      @article{a,
        title = {Open {Access,
        year = 2020
      }

      @article{b, title = {Fine}, year = 2021}
      """)
    #expect(
      diagnostics == [
        "bad.bib:2:11: error: unterminated brace\n"
          + "  hint: the '{' that starts this value is never closed"
      ])
    #expect(papers?.map(\.title) == ["Fine"])
  }

  @Test func unterminatedQuote() {
    let (papers, diagnostics) = readBib(
      """
      @article{a, title = "Open, year = 2020}
      @article{b, title = {Fine}}
      """)
    #expect(
      diagnostics == [
        "bad.bib:1:21: error: unterminated quote\n"
          + "  hint: the '\"' that starts this value is never closed"
      ])
    #expect(papers?.map(\.title) == ["Fine"])
  }

  @Test func unterminatedEntryKeepsItsFields() {
    let (papers, diagnostics) = readBib("@article{a, title = {Kept}, year = 2020\n")
    #expect(
      diagnostics == [
        "bad.bib:1:1: error: the entry 'a' is not closed\n"
          + "  hint: end it with '}' after its last field and check that every '{' inside it "
          + "is closed; the fields up to here were read"
      ])
    #expect(papers?.map(\.title) == ["Kept"])
  }

  @Test func warningsForMacrosKeysJunkAndCommas() {
    let (papers, diagnostics) = readBib(
      """
      Some notes.
      @article{a, title = {One}, journal = jmlr}
      @article{a, title = {Two}}
      @article{c, title = {Three} year = 2020, title = {Again}}
      """)
    #expect(
      diagnostics == [
        "bad.bib:1:1: warning: text outside an entry was skipped\n"
          + "  hint: BibTeX reads only entries that start with '@'; start a remark with '%'",
        "bad.bib:2:38: warning: undefined macro 'jmlr'\n"
          + "  hint: define it with '@string{jmlr = \"…\"}' before its use, or put the value in "
          + "braces",
        "bad.bib:3:1: warning: duplicate key 'a'; this entry was skipped [papers[1]]\n"
          + "  hint: the first entry with this key is at line 2, column 1",
        "bad.bib:4:29: warning: a ',' is missing before this field\n"
          + "  hint: fields are separated by commas",
        "bad.bib:4:42: warning: duplicate field 'title' in the entry 'c'; the first is kept\n"
          + "  hint: 'title' is first set at line 4, column 21",
      ])
    #expect(papers?.map(\.title) == ["One", "Three"])
    #expect(papers?.last?.date == PaperDate(year: 2020))
  }

  @Test func missingTitleSkipsOnlyThatEntry() {
    let (papers, diagnostics) = readBib(
      """
      @article{a, title = {One}}
      @article{b, author = {Nobody}, year = {soon}}
      @article{c, title = {Three}, year = {2020a}, month = {Smarch}}
      """)
    #expect(
      diagnostics == [
        "bad.bib:2:1: error: the entry 'b' has no title and was skipped [papers[1].title]\n"
          + "  hint: add 'title = {…}'",
        "bad.bib:3:37: warning: read the year '2020a' as 2020 [papers[2].date]",
        "bad.bib:3:54: warning: cannot read the month 'smarch' [papers[2].date]\n"
          + "  hint: write a month as a name ('jul', 'July') or a number from 1 to 12",
      ])
    #expect(papers?.map(\.title) == ["One", "Three"])
  }

  @Test func structuralErrorsAreReportedAndSkipped() {
    let (papers, diagnostics) = readBib(
      """
      @article{a title = {One}}
      @article{b, = {Two}}
      @article{c, title {Three}}
      @article{d, title = }
      @article
      @article{e, title = {Five}}
      """)
    #expect(
      diagnostics == [
        "bad.bib:1:12: error: expected ',' after the key 'a'",
        "bad.bib:2:13: error: expected a field name in the entry 'b'\n"
          + "  hint: fields are written 'name = {value}' and separated by commas",
        "bad.bib:3:19: error: expected '=' after the field name 'title'",
        "bad.bib:4:21: error: expected a value for 'title'\n"
          + "  hint: a value is {text}, \"text\", a number or a macro name",
        "bad.bib:5:9: error: expected '{' or '(' after '@article'\n"
          + "  hint: write '@article{key, …}'",
      ])
    #expect(papers?.map(\.title) == ["Five"])
  }

  @Test func notTextAtAll() {
    #expect(readBib("").diagnostics == ["bad.bib: error: the file is empty"])
    #expect(readBib(" \n\t").papers == nil)
    #expect(
      readBib([0x40, 0x61, 0x00, 0x7B]).diagnostics == [
        "bad.bib:1:3: error: the file holds binary data (a NUL byte), not text\n"
          + "  hint: a BibTeX file is text, saved as UTF-8"
      ])
    #expect(
      readBib([0xFF, 0xFE, 0x40, 0x00]).diagnostics == [
        "bad.bib: error: the file is UTF-16 text, not UTF-8\n  hint: save it as UTF-8"
      ])
  }

  @Test func latin1IsConvertedWithAWarning() {
    // "Côme" in Latin-1: ô is the single byte 0xF4.
    let bytes =
      Array("@misc{k,\n  author = {C".utf8) + [0xF4] + Array("me, Anne},\n  title = {T}}".utf8)
    let (papers, diagnostics) = readBib(bytes)
    #expect(
      diagnostics == [
        "bad.bib:2:14: warning: the file is not UTF-8; it was read as Latin-1\n"
          + "  hint: save the file as UTF-8"
      ])
    #expect(papers?.first?.authors == ["Anne Côme"])
  }

  @Test func deepNestingCostsOnlyACounter() {
    let depth = 100_000
    let text =
      "@misc{k, title = {" + String(repeating: "{", count: depth) + "x"
      + String(repeating: "}", count: depth) + "}}"
    let (papers, diagnostics) = readBib(text)
    #expect(diagnostics.isEmpty)
    #expect(papers?.first?.title == "x")

    let unclosed = "@misc{k, title = " + String(repeating: "{", count: depth)
    #expect(
      readBib(unclosed).diagnostics.first?.hasPrefix("bad.bib:1:18: error: unterminated brace")
        == true)
  }

  @Test func macrosOfMacrosAreCapped() {
    var text = "@string{m0 = \"" + String(repeating: "x", count: 1_000) + "\"}\n"
    for level in 1...20 { text += "@string{m\(level) = m\(level - 1) # m\(level - 1)}\n" }
    text += "@misc{k, title = {T}, note = m20}"
    let (papers, diagnostics) = readBib(text)
    #expect(diagnostics.contains { $0.contains("macros expand to more than 16 MB") })
    #expect(papers?.count == 1)
  }

  @Test func manyEntriesAndDiagnosticsAreBounded() {
    let text = (0..<3_000).map { "@misc{k\($0), year = 2020}" }.joined(separator: "\n")
    let (papers, diagnostics) = readBib(text)
    #expect(papers?.isEmpty == true)
    #expect(diagnostics.count == 1_001)
    #expect(diagnostics.last == "bad.bib: error: 2000 more problems were not listed")
  }

  @Test func garbageOnOneLongLineIsCountedNotListed() {
    let bytes =
      [UInt8](repeating: UInt8(ascii: "@"), count: 200_000)
      + Array("@misc{k0}".utf8) + (1...2_000).flatMap { Array("@misc{k\($0)}".utf8) }
    let clock = ContinuousClock()
    var result: (papers: [Paper]?, diagnostics: [String]) = (nil, [])
    let elapsed = clock.measure { result = readBib(bytes) }
    #expect(result.papers?.isEmpty == true)
    #expect(result.diagnostics.count == 1_001)
    #expect(
      result.diagnostics.first
        == "bad.bib:1:1: error: '@' is not followed by an entry type\n"
        + "  hint: an entry starts like '@article{key,'")
    #expect(result.diagnostics.last == "bad.bib: error: 201001 more problems were not listed")
    #expect(elapsed < .seconds(10))
  }

  @Test func randomMutationsNeverTrap() throws {
    let seed = try sharedDataBibTeX()
    var random = SplitMix64(state: 2024)
    let alphabet = Array("@{}()\"#,=\\%~-' \n\tab0".utf8) + [0x00, 0xC3, 0xFF]
    for _ in 0..<300 {
      var bytes = seed
      for _ in 0..<Int(random.next() % 12 + 1) {
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
        case 1: bytes.remove(at: position)
        default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
        }
      }
      let (profile, diagnostics) = BibTeXReader().read(bytes, file: "mutant.bib")
      #expect(profile != nil || diagnostics.containsErrors)
      for diagnostic in diagnostics { #expect(diagnostic.file == "mutant.bib") }
    }
  }
}

/// A small fixed seed file with every construct the parser knows.
private func sharedDataBibTeX() throws -> [UInt8] {
  Array(
    """
    @string{acl = "ACL"}
    @comment{c}
    @inproceedings{a, title = {T{\\"o} -- x}, author = {B, A and C D and others},
      booktitle = acl # " 2020", year = 2020, month = jul, crossref = {p}}
    @proceedings(p, title = "Proc", year = "2021")
    junk
    @misc{m, title = {M}, eprint = {1}, archivePrefix = {arXiv}, url = {\\url{x}}}
    """.utf8)
}
