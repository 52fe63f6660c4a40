import Foundation
import Testing
import VitaImport
import VitaModel

/// Reads OpenAlex JSON as `bad.json`.
private func readOpenAlex(_ text: String) -> (profile: Profile?, diagnostics: [String]) {
  let (profile, diagnostics) = OpenAlexReader().read(Array(text.utf8), file: "bad.json")
  return (profile, diagnostics.map(\.description))
}

@Suite("OpenAlex reader: broken files")
struct OpenAlexDiagnosticTests {
  @Test func badJSON() {
    let (profile, diagnostics) = readOpenAlex(
      """
      {"id": "https://openalex.org/A1",
       "display_name": "A" "works_count": 3}
      """)
    #expect(profile == nil)
    #expect(
      diagnostics == [
        "bad.json:2:22: error: did not find expected ',' or '}'\n"
          + "  hint: while parsing a flow mapping that starts at line 1, column 1"
      ])
  }

  @Test func truncatedFile() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("../shared/data/openalex/b-vitamins_A5023888391.json")
    let bytes = Array(try #require(FileManager.default.contents(atPath: path.path)))
    let (profile, diagnostics) = OpenAlexReader().read(Array(bytes.prefix(1_000)), file: "cut.json")
    #expect(profile == nil)
    #expect(
      diagnostics.map(\.description) == [
        "cut.json:1:1001: error: found unexpected end of stream\n"
          + "  hint: while scanning a quoted scalar that starts at line 1, column 991"
      ])
  }

  @Test func emptyFileAndWrongShapes() {
    #expect(readOpenAlex("").diagnostics == ["bad.json: error: the file is empty"])
    #expect(
      readOpenAlex("[1, 2]").diagnostics == [
        "bad.json:1:1: error: expected an OpenAlex author, work or page of works (a JSON "
          + "object), found a list"
      ])
    #expect(
      readOpenAlex(#"{"name": "x"}"#).diagnostics == [
        "bad.json:1:1: error: the file is not an OpenAlex author, work or page of works\n"
          + "  hint: save what api.openalex.org/authors/A… or /works?filter=… returns"
      ])
  }

  @Test func wrongTypesAreReportedAndTheRestIsRead() throws {
    let (profile, diagnostics) = readOpenAlex(
      """
      {"id": "https://openalex.org/A1", "display_name": "Ada",
       "cited_by_count": "many", "works_count": -2,
       "summary_stats": {"h_index": 4.0, "i10_index": true},
       "counts_by_year": [{"year": 2020, "cited_by_count": 3}, {"year": "soon"},
         {"year": 2023, "cited_by_count": 1}],
       "affiliations": {"x": 1}}
      """)
    #expect(
      diagnostics == [
        "bad.json:2:20: error: expected a whole number, found the string 'many' [cited_by_count]",
        "bad.json:2:43: error: a count cannot be negative: -2 [works_count]\n"
          + "  hint: the value was ignored",
        "bad.json:3:49: error: expected a whole number, found true [summary_stats.i10_index]",
        "bad.json:4:67: error: expected a year, found the string 'soon' [counts_by_year[1].year]",
        "bad.json:6:18: error: expected a list, found a mapping [affiliations]",
      ])
    let read = try #require(profile)
    #expect(read.name == "Ada")
    #expect(read.metrics.map(\.label) == ["h-index"])
    #expect(read.citationHistory.counts == [2020: 3, 2021: 0, 2022: 0, 2023: 1])
    #expect(read.citationHistory.partialYears == [2023])
  }

  @Test func worksWithoutTitlesOrOfTheWrongTypeAreSkipped() throws {
    let (profile, diagnostics) = readOpenAlex(
      """
      {"results": [
        {"display_name": "Kept", "cited_by_count": "12",
         "abstract_inverted_index": {"world": [1], "Hello": [0], "again": ["x"]}},
        {"display_name": null, "title": ""},
        42
      ]}
      """)
    #expect(
      diagnostics == [
        "bad.json:2:46: error: expected a whole number, found the string '12' "
          + "[results[0].cited_by_count]",
        "bad.json:3:70: error: expected a position (a whole number), found the string 'x' "
          + "[results[0].abstract_inverted_index.again]",
        "bad.json:4:3: error: the work has no title and was skipped [results[1].display_name]\n"
          + "  hint: OpenAlex gives a work's title in 'display_name'",
        "bad.json:5:3: error: expected a work (an object), found 42 [results[2]]",
      ])
    let paper = try #require(profile?.papers.first)
    #expect(profile?.papers.count == 1)
    #expect(paper.citations == nil)
    #expect(paper.abstract?.text == "Hello world")
  }

  @Test func randomMutationsNeverTrap() throws {
    let seed = Array(
      """
      {"id": "https://openalex.org/A1", "display_name": "A", "orcid": "https://orcid.org/0",
       "works_count": 2, "cited_by_count": 5, "summary_stats": {"h_index": 1, "i10_index": 0},
       "counts_by_year": [{"year": 2024, "cited_by_count": 5}], "updated_date": "2024-01-01",
       "affiliations": [{"institution": {"display_name": "U"}, "years": [2024]}],
       "results": [{"display_name": "W", "publication_date": "2024-02-03",
         "authorships": [{"author": {"display_name": "A"}, "institutions": []}],
         "abstract_inverted_index": {"a": [0], "b": [1]}, "doi": "https://doi.org/10.1/x"}]}
      """.utf8)
    var random = SplitMix64(state: 7)
    let alphabet = Array("{}[]\",: -0123456789nullxtrue".utf8) + [0x00, 0xC3, 0xFF]
    for _ in 0..<300 {
      var bytes = seed
      for _ in 0..<Int(random.next() % 8 + 1) {
        let position = Int(random.next() % UInt64(bytes.count))
        let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
        switch random.next() % 3 {
        case 0: bytes[position] = byte
        case 1: bytes.remove(at: position)
        default: bytes.insert(byte, at: position)
        }
      }
      let (profile, diagnostics) = OpenAlexReader().read(bytes, file: "mutant.json")
      #expect(profile != nil || diagnostics.containsErrors)
    }
  }
}
