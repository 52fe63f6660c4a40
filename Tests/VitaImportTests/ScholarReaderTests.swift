import Foundation
import Testing
import VitaImport
import VitaModel

/// Reads Scholar JSON as `bad.json`.
private func readScholar(_ text: String) -> (profile: Profile?, diagnostics: [String]) {
  let (profile, diagnostics) = ScholarReader().read(Array(text.utf8), file: "bad.json")
  return (profile, diagnostics.map(\.description))
}

@Suite("Scholar reader")
struct ScholarReaderTests {
  @Test func serpApiExport() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent(
      "../shared/data/scholar/HowcanoeWang_scholar_serpapi.json")
    let bytes = Array(try #require(FileManager.default.contents(atPath: url.path)))
    let (read, diagnostics) = ScholarReader().read(bytes, file: "scholar.json")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let profile = try #require(read)

    // This export has no author block: the name is left for a merge to fill.
    #expect(profile.name == "")
    #expect(
      profile.metrics == [
        Metric(kind: .citationCount, label: "citations", value: 332, unit: .count),
        Metric(kind: .other, label: "citations since 2020", value: 331, unit: .count),
        Metric(kind: .hIndex, label: "h-index", value: 8, unit: .count),
        Metric(kind: .other, label: "h-index since 2020", value: 8, unit: .count),
        Metric(kind: .i10Index, label: "i10-index", value: 6, unit: .count),
        Metric(kind: .other, label: "i10-index since 2020", value: 6, unit: .count),
      ])

    let history = profile.citationHistory
    #expect(history.source == "Google Scholar")
    #expect(history.years == 2019...2025)
    #expect(history.counts[2019] == 1)
    #expect(history.counts[2024] == 102)
    #expect(history.partialYears == [2025])

    let papers = profile.papers
    #expect(papers.count == 20)
    let first = papers[0]
    #expect(
      first.title
        == "Global wheat head detection 2021: An improved dataset for benchmarking wheat head "
        + "detection methods")
    #expect(
      first.authors == [
        "E David", "M Serouart", "D Smith", "S Madec", "K Velumani", "S Liu",
        "X Wang",
      ])
    #expect(first.authorsTruncated)
    #expect(first.venue == "Plant Phenomics")
    #expect(first.date == PaperDate(year: 2021))
    #expect(first.citations == 133)
    #expect(papers[2].venue == "Remote Sensing 13 (13), 2622")

    // Chinese title and authors separated by full-width commas.
    let chinese = papers[6]
    #expect(chinese.title == "基于无人机和决策树算法的榆树疏林草原植被类型划分和覆盖度生长季动态估计")
    #expect(chinese.authors == ["韩东", "王浩舟", "郑邦友", "王锋"])
    #expect(!chinese.authorsTruncated)
    #expect(chinese.venue == "生态学报 38 (18), 6655-6663")
    #expect(chinese.date == PaperDate(year: 2018))
    #expect(
      papers[11].title
        == "AN INTEGRATED SYSTEM FOR ESTIMATING FOREST BASAL AREA FROM SPHERICAL IMAGES.")

    let last = try #require(papers.last)
    #expect(
      last.title
        == "A UAV-based single-lens stereoscopic photography method for phenotyping the "
        + "architecture traits of orchard trees")
    #expect(last.date == PaperDate(year: 2024))
    #expect(last.citations == 2)
  }

  @Test func fullSerpApiShapeWithAuthorAndCitedBy() throws {
    let (read, diagnostics) = readScholar(
      """
      {"search_metadata": {"created_at": "2024-05-01 10:00:00 UTC"},
       "search_parameters": {"engine": "google_scholar_author", "author_id": "abc123"},
       "author": {"name": "Ada Lovelace", "affiliations": "Analytical Engine Society",
         "website": "https://ada.example", "interests": [{"title": "Computing"}]},
       "cited_by": {
         "table": [{"citations": {"all": 100, "since_2019": 60}}, {"h_index": {"all": 5}}],
         "graph": [{"year": 2020, "citations": 10}, {"year": 2022, "citations": 30},
           {"year": 2024, "citations": 5}]},
       "articles": [{"title": "Notes", "authors": "A Lovelace, C Babbage", "year": "",
         "publication": "Taylor's Scientific Memoirs", "link": "https://x.example/notes",
         "cited_by": {"value": 42, "link": "https://scholar.google.com/x"}},
         {"title": "Other", "cited_by": {"value": null}}]}
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let profile = try #require(read)
    #expect(profile.name == "Ada Lovelace")
    #expect(profile.affiliations == ["Analytical Engine Society"])
    #expect(profile.person.homepage == "https://ada.example")
    #expect(profile.person.scholar == "https://scholar.google.com/citations?user=abc123")
    #expect(profile.primaryCategory?.name == "Computing")
    #expect(profile.metrics.map(\.label) == ["citations", "citations since 2019", "h-index"])
    #expect(profile.citationHistory.counts == [2020: 10, 2021: 0, 2022: 30, 2023: 0, 2024: 5])
    #expect(profile.citationHistory.partialYears == [2024])
    #expect(profile.papers.map(\.citations) == [42, nil])
    #expect(profile.papers[0].authors == ["A Lovelace", "C Babbage"])
    #expect(profile.papers[0].url == "https://x.example/notes")
    #expect(profile.papers[0].date == nil)
  }

  @Test func brokenExports() {
    #expect(readScholar("").diagnostics == ["bad.json: error: the file is empty"])
    #expect(
      readScholar(#"{"profile": {}}"#).diagnostics == [
        "bad.json:1:1: error: the file is not a Google Scholar author export\n"
          + "  hint: a SerpApi Google Scholar author result has 'author', 'cited_by' and "
          + "'articles'"
      ])
    #expect(
      readScholar(#"{"articles": [{"title": "A"}"#).diagnostics == [
        "bad.json:1:29: error: did not find expected ',' or ']'\n"
          + "  hint: while parsing a flow sequence that starts at line 1, column 14"
      ])

    let (profile, diagnostics) = readScholar(
      """
      {"table": [{"citations": {"all": "lots"}}],
       "graph": [{"year": 2020, "citations": -1}],
       "articles": [{"title": "", "authors": "A"}, {"title": "B", "cited_by": "many"}]}
      """)
    #expect(
      diagnostics == [
        "bad.json:1:34: error: expected a whole number, found the string 'lots' "
          + "[table[0].citations.all]",
        "bad.json:2:40: error: a count cannot be negative: -1 [graph[0].citations]\n"
          + "  hint: the value was ignored",
        "bad.json:3:15: error: the article has no title and was skipped [articles[0].title]",
        "bad.json:3:73: error: expected a whole number, found the string 'many' "
          + "[articles[1].cited_by]",
      ])
    #expect(profile?.papers.map(\.title) == ["B"])
    #expect(profile?.metrics == [])
  }

  @Test func randomMutationsNeverTrap() {
    let seed = Array(
      """
      {"author": {"name": "A", "affiliations": "U", "interests": [{"title": "X"}]},
       "cited_by": {"table": [{"citations": {"all": 3, "since_2020": 2}}],
         "graph": [{"year": 2020, "citations": 1}, {"year": 2022, "citations": 2}]},
       "articles": [{"title": "T", "authors": "A, B, ...", "year": "2021",
         "publication": "V, 2021", "cited_by": {"value": 3}}]}
      """.utf8)
    var random = SplitMix64(state: 11)
    let alphabet = Array("{}[]\",: -0123456789nullx.，".utf8) + [0x00, 0xC3, 0xFF]
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
      let (profile, diagnostics) = ScholarReader().read(bytes, file: "mutant.json")
      #expect(profile != nil || diagnostics.containsErrors)
    }
  }
}
