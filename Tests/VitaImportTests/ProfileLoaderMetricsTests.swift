import Testing
import VitaImport
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

private let loader = ProfileLoader(currentYear: 2025)

@Suite("Profile loader: declared metrics against the papers")
struct ProfileLoaderMetricsTests {
  /// Three papers with 5, 4 and 1 citations: h-index 2, i10-index 0, 10 citations.
  private let papers = """
    papers:
      - {title: A, citations: 5}
      - {title: B, citations: 4}
      - {title: C, citations: 1}
    """

  @Test func aDeclaredFigureThatDisagreesIsKeptAndWarnedAtItsLine() throws {
    let text = """
      person: {name: Ada}
      metrics:
        - {label: h-index, value: 3}
        - {label: i10-index, value: 0}
        - {label: citations, value: 12}
      \(papers)
      """
    let (profile, diagnostics) = loader.read(bytes: Array(text.utf8), file: "me.yaml")
    let kept = "; the declared figure is kept"
    let hint = "\n  hint: the source may count papers that are not listed here"
    #expect(
      diagnostics.map(\.description) == [
        "me.yaml:3:5: warning: the declared h-index is 3, but the papers give 2\(kept) "
          + "[metrics[0]]\(hint)",
        "me.yaml:5:5: warning: the declared citation count is 12, but the papers give 10\(kept) "
          + "[metrics[2]]\(hint)",
      ])
    let metrics = try #require(profile?.metrics)
    #expect(metrics.map(\.value) == [3, 0, 12])
  }

  @Test func theMappingFormIsPlacedAtTheValue() {
    let text = "person: {name: Ada}\nmetrics: {h-index: 7}\n\(papers)\n"
    let (profile, diagnostics) = loader.read(bytes: Array(text.utf8), file: "me.yaml")
    #expect(profile?.metrics.first?.value == 7)
    #expect(diagnostics.map(\.line) == [2])
    #expect(diagnostics.map(\.column) == [20])
    #expect(diagnostics.map(\.fieldPath) == ["metrics.h-index"])
  }

  @Test func figuresThatAgreeOrCannotBeCheckedAreQuiet() {
    let agreeing = "person: {name: Ada}\nmetrics: {h-index: 2, citations: 10}\n\(papers)\n"
    #expect(loader.read(bytes: Array(agreeing.utf8), file: "me.yaml").diagnostics.isEmpty)
    // Without per-paper counts there is nothing to compute.
    let uncounted = "person: {name: Ada}\nmetrics: {h-index: 40}\npapers: [{title: A}]\n"
    #expect(loader.read(bytes: Array(uncounted.utf8), file: "me.yaml").diagnostics.isEmpty)
  }

  @Test func papersFromASourceAreCheckedAgainstTheProfilesFigures() throws {
    let folder = temporaryFolder()
    try writeFile(
      """
      {"results": [
        {"id": "https://openalex.org/W1", "title": "One", "cited_by_count": 30},
        {"id": "https://openalex.org/W2", "title": "Two", "cited_by_count": 12}
      ]}
      """, to: folder + "/works.json")
    try writeFile(
      "person: {name: Ada}\nmetrics:\n  - {label: h-index, value: 5}\nsources: [works.json]\n",
      to: folder + "/me.yaml")
    let (profile, diagnostics) = loader.load(path: folder + "/me.yaml")
    #expect(profile?.papers.count == 2)
    #expect(
      diagnostics.map(\.description) == [
        "\(folder)/me.yaml:3:5: warning: the declared h-index is 5, but the papers give 2; the "
          + "declared figure is kept [metrics[0]]\n"
          + "  hint: the source may count papers that are not listed here"
      ])
  }

  @Test func warningsComeInTheOrderOfTheProfileThenOfEachSource() throws {
    let folder = temporaryFolder()
    try writeFile("@article{a, title={A}, year=1850}\n", to: folder + "/p.bib")
    try writeFile(
      """
      metrics: {h-index: 4}
      sources: [p.bib]
      papers:
        - {title: B, citations: 1, categories: [ZZ]}
      """, to: folder + "/me.yaml")
    let (profile, diagnostics) = loader.load(path: folder + "/me.yaml")
    #expect(profile?.papers.map(\.title) == ["B", "A"])
    let me = folder + "/me.yaml"
    #expect(
      diagnostics.map(\.description) == [
        "\(me): warning: the profile has no name, and no source gave one [person.name]\n"
          + "  hint: add 'person:' with the person's 'name:'",
        "\(me):1:20: warning: the declared h-index is 4, but the papers give 1; the declared "
          + "figure is kept [metrics.h-index]\n"
          + "  hint: the source may count papers that are not listed here",
        "\(me):4:43: warning: unknown arXiv category 'ZZ' [papers[0].categories[0]]\n"
          + "  hint: give it a name with '{code: ZZ, name: ...}', or use an arXiv code",
        "\(folder)/p.bib:1:29: warning: the year 1850 is out of range; the paper is kept "
          + "without a date [papers[0].date]\n  hint: a year runs from 1900 to 2026",
      ])
  }

  @Test func theScholarExportsTableIsCheckedAgainstItsArticles() throws {
    let name = "scholar/HowcanoeWang_scholar_serpapi.json"
    let (profile, diagnostics) = loader.read(
      bytes: try packageFile("../shared/data/" + name), file: name)
    // The export lists 20 articles; the table counts every one Scholar knows.
    #expect(
      diagnostics.map(\.description) == [
        "\(name): warning: the declared citation count is 332, but the papers give 328; the "
          + "declared figure is kept\n"
          + "  hint: the source may count papers that are not listed here"
      ])
    #expect(profile?.metrics.first { $0.kind == .citationCount }?.value == 332)
  }
}

@Suite("Profile loader: the real files through Vita's format and back")
struct ProfileLoaderRealRoundTripTests {
  static let files = [
    "bibtex/594zyc_papers_ACL-style.bib", "bibtex/64gag_publications.bib",
    "bibtex/AlexandreImperiale_publications.bib", "bibtex/volkm-bibtex-dblp_ley_DBLP.bib",
    "openalex/b-vitamins_A5023888391.json", "openalex/b-vitamins_A5317838346.json",
    "openalex/b-vitamins_W2741809807.json", "openalex/peneira_works_search_49.json",
    "scholar/HowcanoeWang_scholar_serpapi.json",
    "jsonresume/jsonresume-schema_sample.resume.json",
  ]

  @Test(arguments: files)
  func readingTheConvertedFileGivesTheSameProfile(name: String) throws {
    let bytes = try packageFile("../shared/data/" + name)
    var original = try #require(loader.read(bytes: bytes, file: name).profile)
    // Where a paper stood in its file is the one thing Vita's format does not keep.
    for index in original.papers.indices { original.papers[index].sourceLine = nil }
    let writer = ProfileWriter()
    for (text, file) in [(writer.yaml(original), "out.yaml"), (writer.json(original), "out.json")] {
      let (back, diagnostics) = loader.read(bytes: Array(text.utf8), file: file)
      #expect(back == original, "\(name) as \(file)")
      // Only what the source already said may be said again: a missing name, or figures
      // the papers contradict.
      let allowed = ["has no 'name'", "the declared citation count is 332"]
      let unexpected = diagnostics.filter { diagnostic in
        diagnostic.severity == .error || !allowed.contains { diagnostic.message.contains($0) }
      }
      #expect(unexpected.isEmpty, "\(name) as \(file): \(unexpected.map(\.description))")
      #expect(writer.yaml(try #require(back)) == writer.yaml(original))
    }
  }

  @Test func aJSONResumeReadAsVitasFormatGetsOneErrorThatNamesIt() throws {
    let name = "jsonresume/jsonresume-schema_sample.resume.json"
    let (profile, diagnostics) = loader.read(
      bytes: try packageFile("../shared/data/" + name), file: name, format: .vita)
    #expect(profile == nil)
    #expect(
      diagnostics.map(\.description) == [
        "\(name):3:3: error: this is a JSON Resume file ('basics'), not Vita's format [basics]\n"
          + "  hint: read it as what it is: leave out --from, or give --from jsonresume"
      ])
  }

  @Test func aNamelessSourceConvertsToAFileThatReadsWithAWarningOnly() throws {
    let name = "bibtex/64gag_publications.bib"
    let original = try #require(
      loader.read(bytes: try packageFile("../shared/data/" + name), file: name).profile)
    #expect(original.name.isEmpty)
    let text = ProfileWriter().yaml(original)
    #expect(text.hasPrefix("person: {}\npapers-source: BibTeX\npapers:\n"))
    let (back, diagnostics) = loader.read(bytes: Array(text.utf8), file: "out.yaml")
    #expect(back?.papers.map(\.title) == original.papers.map(\.title))
    #expect(
      diagnostics.map(\.description) == [
        "out.yaml:1:9: warning: the person has no 'name'; the CV will have no name at its head "
          + "[person.name]\n  hint: add 'name:' with the name as it should head the CV"
      ])
  }
}

/// A fresh, empty temporary folder.
private func temporaryFolder() -> String {
  var template = Array("/tmp/vita-metrics-test-XXXXXX".utf8CString)
  return String(cString: mkdtemp(&template)!)
}

/// Writes text to a file.
private func writeFile(_ text: String, to path: String) throws {
  let file = try #require(fopen(path, "wb"))
  defer { fclose(file) }
  _ = Array(text.utf8).withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
}

@Suite("Profile loader: declared figures since a year")
struct ProfileLoaderWindowMetricsTests {
  @Test func figuresSinceAYearAreCheckedAgainstCitationsPerYear() {
    // Since 2022 the papers have 12 and 3 citations: h-index 2, i10-index 1, 15 in all.
    let text = """
      person: {name: Ada}
      metrics:
        - {label: h-index since 2022, value: 2}
        - {label: i10-index since 2022, value: 2}
        - {label: citations since 2022, value: 15}
        - {label: Citations since 2030, value: 1}
      papers:
        - {title: A, citations-per-year: {2021: 40, 2022: 12}}
        - {title: B, citations-per-year: {2023: 3}}
      """
    let (profile, diagnostics) = ProfileLoader(currentYear: 2025).read(
      bytes: Array(text.utf8), file: "me.yaml")
    #expect(profile?.metrics.count == 4)
    // No figure over all time is checked: the papers carry no totals.
    #expect(
      diagnostics.map(\.description) == [
        "me.yaml:4:5: warning: the declared i10-index since 2022 is 2, but the papers give 1; "
          + "the declared figure is kept [metrics[1]]\n"
          + "  hint: the source may count papers that are not listed here",
        "me.yaml:6:5: warning: the declared citation count since 2030 is 1, but the papers "
          + "give 0; the declared figure is kept [metrics[3]]\n"
          + "  hint: the source may count papers that are not listed here",
      ])
  }
}
