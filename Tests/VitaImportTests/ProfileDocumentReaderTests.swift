import Testing
import VitaImport
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

/// The package's root folder, found from this file's place in `Tests/VitaImportTests`.
let profileTestsRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
  return path
}()

/// The bytes of a file in the package.
func packageFile(_ relative: String) throws -> [UInt8] {
  let file = try #require(fopen(profileTestsRoot + "/" + relative, "rb"))
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes += buffer.prefix(count)
  }
  return bytes
}

/// Reads Vita YAML or JSON as of 2025; returns the profile and the diagnostics' text.
private func readVita(_ text: String) -> (profile: Profile?, descriptions: [String]) {
  let (profile, diagnostics) = ProfileDocumentReader(currentYear: 2025).read(
    Array(text.utf8), file: "me.yaml")
  return (profile, diagnostics.map(\.description))
}

@Suite("Profile documents: the example profile")
struct ProfileDocumentExampleTests {
  @Test func theExampleReadsWithoutAnyDiagnostic() throws {
    let bytes = try packageFile("Examples/profile.yaml")
    let (profile, diagnostics) = ProfileDocumentReader(currentYear: 2025).read(
      bytes, file: "Examples/profile.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let ada = try #require(profile)

    #expect(ada.name == "Ada Okonkwo-Lindqvist")
    #expect(ada.person.nameVariants.count == 3)
    #expect(ada.person.affiliations[0].years == [2021, 2022, 2023, 2024, 2025])
    #expect(ada.affiliations == ["Institute for Northern Computing", "Tromsø Marine Data Lab"])
    #expect(ada.person.orcid == "0000-0002-1825-0097")
    #expect(ada.person.links.map(\.label) == ["GitHub", "Mastodon"])
    #expect(ada.primaryCategory?.name == "Machine Learning")
    #expect(ada.metric(.hIndex)?.value == 6)
    #expect(ada.metric(.novelty)?.unit == .percent)
    #expect(ada.citationHistory.counts[2023] == 301)
    #expect(ada.citationHistory.source == "OpenAlex")
    #expect(ada.citationHistory.partialYears == [2025])
    #expect(
      ada.sections.map(\.kind) == [.education, .positions, .awards, .talks, .teaching, .service])

    let position = ada.sections[1].entries[0]
    #expect(position.ongoing && position.start == PaperDate(year: 2021, month: 2))
    let award = ada.sections[2].entries[0]
    #expect(award.start == PaperDate(year: 2023, month: 9) && award.end == nil && !award.ongoing)

    #expect(ada.papers.count == 6)
    let first = ada.papers[0]
    #expect(first.date == PaperDate(year: 2024, month: 7, day: 31))
    #expect(first.kind == .conference)
    #expect(first.categories.map(\.code) == ["LG", "stat.ML"])
    #expect(first.abstract?.links.map(\.url) == ["https://github.com/ada-example/icecast"])
    #expect(first.hasCode && first.codeURL == "https://github.com/ada-example/icecast")
    #expect(first.citationsPerYear == [2024: 96, 2025: 118])
    #expect(ada.papers[1].authorsTruncated)
    #expect(
      ada.papers[3].categories == [
        Category(code: "physics.ao-ph", name: "Atmospheric and Oceanic Physics")
      ])
    #expect(ada.papers.last?.title == "Sparse Sensors, Dense Forecasts")
  }

  @Test func jsonReadsLikeYAML() throws {
    let (profile, descriptions) = readVita(
      """
      {"person": {"name": "Ada", "affiliations": ["Lab"]},
       "metrics": {"h-index": 3, "AI Score": 4.5},
       "citations-per-year": {"2020": 1, "2021": 5},
       "papers": [{"title": "T", "date": "Jul 2024", "citations": 2}]}
      """)
    #expect(descriptions.isEmpty, "\(descriptions)")
    let ada = try #require(profile)
    #expect(
      ada.metrics == [
        Metric(kind: .hIndex, label: "h-index", value: 3, unit: .count),
        Metric(kind: .aiScore, label: "AI Score", value: 4.5, unit: .score),
      ])
    #expect(ada.citationHistory.counts == [2020: 1, 2021: 5])
    #expect(ada.papers[0].date == PaperDate(year: 2024, month: 7))
  }
}

@Suite("Profile documents: broken files")
struct ProfileDocumentDiagnosticTests {
  @Test func anUnknownKeyGetsDidYouMean() {
    let (profile, descriptions) = readVita(
      """
      person:
        name: Ada
        affilations: [Lab]
      papers:
        - title: T
          venu: NeurIPS
      """)
    #expect(profile == nil)
    #expect(
      descriptions == [
        "me.yaml:3:3: error: unknown key 'affilations' [person.affilations]\n"
          + "  hint: did you mean 'affiliations'?",
        "me.yaml:6:5: error: unknown key 'venu' [papers[0].venu]\n  hint: did you mean 'venue'?",
      ])
  }

  @Test func wrongTypesAreReportedWithTheirPaths() {
    let (_, descriptions) = readVita(
      """
      person: {name: Ada}
      papers:
        - title: [not, a, string]
          et-al: maybe
          citations: many
          date: {year: 2020}
      """)
    #expect(
      descriptions == [
        "me.yaml:3:12: error: expected a string, found a list [papers[0].title]",
        "me.yaml:4:12: error: expected true or false, found the string 'maybe' [papers[0].et-al]",
        "me.yaml:5:16: error: expected a whole number, found the string 'many' [papers[0].citations]",
        "me.yaml:6:11: error: expected a date, found a mapping [papers[0].date]",
      ])
  }

  @Test func negativeCitationsAndYearsOutOfRangeAreErrors() {
    let (_, descriptions) = readVita(
      """
      person: {name: Ada}
      citations-per-year: {1899: 3, 2020: -1}
      papers:
        - {title: T, date: 2031, citations: -5}
      """)
    #expect(
      descriptions == [
        "me.yaml:2:22: error: the year 1899 is out of range [citations-per-year.1899]\n"
          + "  hint: a year runs from 1900 to 2026",
        "me.yaml:2:37: error: the count -1 is negative [citations-per-year.2020]\n"
          + "  hint: write 0 or more",
        "me.yaml:4:22: error: the year 2031 is out of range [papers[0].date]\n"
          + "  hint: a year runs from 1900 to 2026",
        "me.yaml:4:39: error: the count -5 is negative [papers[0].citations]\n"
          + "  hint: write 0 or more",
      ])
  }

  @Test func aDuplicateKeyIsAnError() {
    let (_, descriptions) = readVita(
      """
      person:
        name: Ada
        name: Bea
      """)
    #expect(
      descriptions == [
        "me.yaml:3:3: error: duplicate key 'name' [person.name]\n"
          + "  hint: 'name' is first set at line 2, column 3"
      ])
  }

  @Test func missingAndEmptyFieldsAreErrors() {
    // A profile without a name is what a bibliography converts to: a warning only.
    let nameless = readVita("papers: [{title: T}]")
    #expect(nameless.profile?.papers.map(\.title) == ["T"])
    #expect(
      nameless.descriptions == [
        "me.yaml:1:1: warning: the profile has no 'person'; the CV will have no name at its "
          + "head [person]\n  hint: add 'person:' with at least the person's 'name:'"
      ])
    #expect(
      readVita("person: {email: a@b.c}\npapers: [{title: ''}]").descriptions == [
        "me.yaml:1:9: warning: the person has no 'name'; the CV will have no name at its head "
          + "[person.name]\n  hint: add 'name:' with the name as it should head the CV",
        "me.yaml:2:18: error: the title is empty [papers[0].title]",
      ])
    #expect(
      readVita("person: {name: ''}").descriptions == [
        "me.yaml:1:16: error: the name is empty [person.name]\n"
          + "  hint: write the name, or leave 'name:' out"
      ])
    #expect(
      readVita("").descriptions == [
        "me.yaml: error: the file is empty\n"
          + "  hint: a profile starts with 'person:' and the person's 'name:'"
      ])
  }

  @Test func datesAndEntriesAreChecked() {
    let (_, descriptions) = readVita(
      """
      person: {name: Ada}
      awards:
        - {title: Prize, date: 2020-02-30}
        - {title: Grant, date: 2020, start: 2019}
        - {organisation: Somewhere}
      papers:
        - {title: T, type: jurnal}
      """)
    #expect(
      descriptions == [
        "me.yaml:3:26: error: cannot read the date '2020-02-30' [awards[0].date]\n"
          + "  hint: write 2024, 2024-07, 2024-07-31 or Jul 31, 2024",
        "me.yaml:4:20: error: an entry has either a 'date' or a 'start' and 'end', not both "
          + "[awards[1].date]\n"
          + "  hint: use 'date' for a one-off such as an award, 'start' and 'end' for a period",
        "me.yaml:5:5: error: the entry has no 'title' [awards[2].title]",
        "me.yaml:7:22: error: unknown type 'jurnal' [papers[0].type]\n"
          + "  hint: write one of: article, conference, preprint, book, chapter, thesis, report, "
          + "other",
      ])
  }

  @Test func anUnknownCategoryIsAWarningAndKeepsItsCode() throws {
    let (profile, descriptions) = readVita(
      "person: {name: Ada}\npapers: [{title: T, categories: [ZZ]}]")
    #expect(
      descriptions == [
        "me.yaml:2:34: warning: unknown arXiv category 'ZZ' [papers[0].categories[0]]\n"
          + "  hint: give it a name with '{code: ZZ, name: ...}', or use an arXiv code"
      ])
    #expect(try #require(profile).papers[0].categories == [Category(code: "ZZ", name: "ZZ")])
  }

  @Test func absurdSizesAreCapped() throws {
    let long = String(repeating: "x", count: 100_001)
    let (profile, descriptions) = readVita("person: {name: Ada}\npapers: [{title: \(long)}]")
    #expect(
      descriptions == [
        "me.yaml:2:18: warning: the text is longer than 100000 characters and was cut "
          + "[papers[0].title]"
      ])
    #expect(try #require(profile).papers[0].title.count == 100_000)

    let many =
      "person: {name: Ada}\npapers:\n" + String(repeating: "- {title: T}\n", count: 100_001)
    let (capped, warnings) = readVita(many)
    #expect(
      warnings == [
        "me.yaml:3:1: warning: the list has 100001 items; only the first 100000 were read [papers]"
      ])
    #expect(capped?.papers.count == 100_000)
  }
}

@Suite("Profile documents: hostile sizes")
struct ProfileDocumentHostileSizeTests {
  @Test func unknownKeysPastTheFirstThousandAreCounted() {
    let keys = (0..<2_500).map { "nmae\($0): x" }.joined(separator: "\n")
    let (profile, descriptions) = readVita("person: {name: Ada}\n" + keys)
    #expect(profile == nil)
    #expect(descriptions.count == 1_001)
    #expect(
      descriptions.first
        == "me.yaml:2:1: error: unknown key 'nmae0' [nmae0]\n  hint: known keys: "
        + "$schema, person, primary-category, metrics, announced-paper-count, "
        + "citations-per-year, citations-source, partial-years, sources, papers-source, papers, "
        + "education, positions, awards, talks, teaching, service")
    #expect(descriptions.last == "me.yaml: error: 1500 more problems were not listed")
  }

  @Test func aKeyAMegabyteLongIsReportedWithoutAGuess() {
    let key = String(repeating: "n", count: 1 << 20)
    // libyaml takes a key past 1,024 characters only after a '?'.
    let (_, descriptions) = readVita("person:\n  name: Ada\n  ? \(key)\n  : 1\n")
    #expect(descriptions.count == 1)
    #expect(descriptions.first?.hasPrefix("me.yaml:3:5: error: unknown key 'nnn") == true)
    #expect(descriptions.first?.hasSuffix("hint: known keys: " + personKeys) == true)
  }

  private let personKeys =
    "name, name-variants, affiliations, email, homepage, orcid, scholar, links"
}

@Suite("Profile documents: numbers out of range")
struct ProfileDocumentLargeNumberTests {
  @Test func aCountAboveABillionIsAnError() {
    let (profile, descriptions) = readVita(
      """
      person: {name: Ada}
      citations-per-year: {2020: 1000000001}
      papers: [{title: A, citations: 9223372036854775807}]
      """)
    #expect(profile == nil)
    let hint = "\n  hint: a count runs from 0 to 1,000,000,000"
    #expect(
      descriptions == [
        "me.yaml:2:28: error: the count 1000000001 is larger than any real one "
          + "[citations-per-year.2020]" + hint,
        "me.yaml:3:32: error: the count 9223372036854775807 is larger than any real one "
          + "[papers[0].citations]" + hint,
      ])
  }

  @Test func negativeCountsAmongTheMetricsAndBackwardRangesAreErrors() {
    let (profile, descriptions) = readVita(
      """
      person: {name: Ada}
      metrics: [{label: h-index, value: -5}, {label: Change, value: -3}]
      awards: [{title: Prize, date: 2020}]
      education:
        - {title: PhD, start: 2024-12, end: 2020}
        - {title: MSc, start: 2020-09, end: 2020}
      """)
    #expect(profile == nil)
    #expect(
      descriptions == [
        "me.yaml:2:11: error: the h-index -5 is negative [metrics[0]]\n  hint: write 0 or more",
        "me.yaml:5:39: error: the entry ends (2020) before it starts (Dec 2024) "
          + "[education[0].end]",
      ])
    let mapping = readVita("person: {name: Ada}\nmetrics: {citations: -2}")
    #expect(
      mapping.descriptions == [
        "me.yaml:2:22: error: the citations -2 is negative [metrics.citations]\n"
          + "  hint: write 0 or more"
      ])
  }

  @Test func hugeMetricsArePrintedRatherThanTrapping() throws {
    let (profile, descriptions) = readVita("person: {name: Ada}\nmetrics: {Reach: 1e300}")
    #expect(descriptions.isEmpty)
    #expect(try #require(profile?.metrics.first).formattedValue == "1e+300")
  }
}
