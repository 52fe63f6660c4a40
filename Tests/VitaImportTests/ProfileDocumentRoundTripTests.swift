import Testing
import VitaImport
import VitaModel

/// Writes a profile as YAML and as JSON and reads both back.
private func roundTrips(_ profile: Profile) -> (yaml: Profile?, json: Profile?, problems: [String])
{
  let writer = ProfileWriter()
  let reader = ProfileDocumentReader(currentYear: 2025)
  let yaml = reader.read(Array(writer.yaml(profile).utf8), file: "out.yaml")
  let json = reader.read(Array(writer.json(profile).utf8), file: "out.json")
  return (yaml.profile, json.profile, (yaml.diagnostics + json.diagnostics).map(\.description))
}

/// The profile without what the format does not keep: where papers stood in a text file.
private func withoutSourceLines(_ profile: Profile) -> Profile {
  var copy = profile
  for index in copy.papers.indices { copy.papers[index].sourceLine = nil }
  return copy
}

@Suite("Profile documents: writing and reading back")
struct ProfileDocumentRoundTripTests {
  @Test func theExampleRoundTripsThroughYAMLAndJSON() throws {
    let bytes = try packageFile("Examples/profile.yaml")
    let example = try #require(
      ProfileDocumentReader(currentYear: 2025).read(bytes, file: nil).profile)
    let (yaml, json, problems) = roundTrips(example)
    #expect(problems.isEmpty, "\(problems)")
    #expect(yaml == example)
    #expect(json == example)
  }

  @Test func theCanonicalProfileTextRoundTrips() throws {
    let bytes = try packageFile("Examples/000_2e4744010abc845a.txt")
    let text = try #require(ProfileTextReader().read(bytes, file: nil).profile)
    let expected = withoutSourceLines(text)
    let (yaml, json, problems) = roundTrips(text)
    #expect(problems.isEmpty, "\(problems)")
    #expect(yaml == expected)
    #expect(json == expected)
    #expect(yaml?.papers.count == 16)
  }

  @Test func awkwardStringsAndEveryFieldRoundTrip() throws {
    let awkward = [
      "", " leading space", "trailing space ", "- dash", "key: value", "# hash", "a #b",
      "'single'", "\"double\"", "back\\slash", "line\none", "two\n\nparagraphs\n", "tab\there",
      "yes", "No", "null", "~", "true", "12", "1.5e3", "0x1F", ".inf", "2024-07-31", "@at",
      "%percent", "`tick`", "[bracket]", "{brace}", "a, b", "ends with colon:", "ünïcödé ✓ 🎓",
      "\u{85}next line", "\u{2028}separator", "\u{FEFF}bom", "*star", "&amp",
      "!bang", "|pipe", ">fold", "?q", "---", "...", "  indented\nlines", "CR\r\nLF",
    ]
    var paper = Paper(
      title: "Title: with colon", authors: awkward, authorsTruncated: true,
      organisations: ["org, with comma"], date: PaperDate(year: 2024, month: 7),
      categories: [
        Category(code: "CL", name: "Computation and Language"),
        Category(code: "q-bio.NC", name: "Neurons"),
      ],
      hasCode: false,
      abstract: Prose(
        text: "See https://x.org and this.", links: [Prose.Link(url: "https://y.org", range: 0..<3)]
      ))
    paper.venue = "Venue"
    paper.kind = .chapter
    paper.doi = "10.1000/xyz"
    paper.arXiv = "2407.12345v2"
    paper.url = "https://example.org/p?a=1&b=2#frag"
    paper.codeURL = "https://github.com/x/y"
    paper.citations = 0
    paper.citationsPerYear = [2020: 0, 2021: 7]
    paper.notes = awkward
    var plain = Paper(
      title: "Plain", hasCode: true, abstract: Prose(detectingLinksIn: "At www.a.org."))
    plain.date = PaperDate(year: 1999)

    var profile = Profile(
      name: "Zoë \"Z\" O'Neil: PhD", primaryCategory: Category(code: "XX", name: "Made up"),
      metrics: [
        Metric(kind: .hIndex, label: "h-index", value: 3, unit: .count),
        Metric(kind: .hIndex, label: "Hirsch", value: 3, unit: .score),
        Metric(kind: .other, label: "ratio", value: 0.125, unit: .percent),
        Metric(kind: .novelty, label: "Novelty", value: 61.5, unit: .percent),
      ],
      announcedPaperCount: 2, papers: [paper, plain])
    profile.person.nameVariants = awkward
    profile.person.affiliations = [
      Affiliation(name: "A"), Affiliation(name: "B: x", years: [2001, 2003]),
    ]
    profile.person.email = "z@example.org"
    profile.person.homepage = "https://z.example.org"
    profile.person.orcid = "0000-0002-1825-0097"
    profile.person.scholar = "https://scholar.google.com/citations?user=abc"
    profile.person.links = [LabeledLink(label: "Git: Hub", url: "https://github.com/z")]
    profile.citationHistory = CitationHistory(
      counts: [2019: 1, 2025: 4], source: "Scholar", partialYears: [2025])
    profile.sections = [
      CVSection(
        kind: .service,
        entries: [CVEntry(title: "Reviewer", start: PaperDate(year: 2020), ongoing: true)]),
      CVSection(
        kind: .education,
        entries: [
          CVEntry(
            title: "PhD", organisation: "Uni", place: "Oslo, Norway",
            start: PaperDate(year: 2016, month: 9), end: PaperDate(year: 2020, month: 12, day: 1),
            details: awkward),
          CVEntry(title: "Prize", start: PaperDate(year: 2019)),
          CVEntry(title: "Open-ended", ongoing: true),
          CVEntry(title: "Only an end", end: PaperDate(year: 2010)),
        ]),
      CVSection(kind: .talks, entries: []),
    ]

    let (yaml, json, problems) = roundTrips(profile)
    let expectedWarnings = 2  // the made-up category, in YAML and in JSON
    #expect(problems.filter { $0.contains("error") }.isEmpty, "\(problems)")
    #expect(problems.count <= expectedWarnings)
    #expect(yaml == profile)
    #expect(json == profile)
  }

  @Test func controlCharactersAreWrittenEscapedAndRemovedOnReading() throws {
    var paper = Paper(title: "Bell\u{7} and \u{1B}[31mred")
    paper.authors = ["Ada\u{0}Lovelace"]
    let profile = Profile(name: "Ada", papers: [paper])
    let writer = ProfileWriter()
    let yaml = writer.yaml(profile)
    #expect(yaml.contains("  - title: \"Bell\\x07 and \\x1B[31mred\"\n"))
    let (back, diagnostics) = ProfileDocumentReader(currentYear: 2025).read(
      Array(yaml.utf8), file: "out.yaml")
    #expect(back?.papers.first?.title == "Bell and [31mred")
    #expect(back?.papers.first?.authors == ["AdaLovelace"])
    #expect(
      diagnostics.map(\.description) == [
        "out.yaml:4:12: warning: the text holds control characters (U+0007); they were removed "
          + "[papers[0].title]",
        "out.yaml:6:9: warning: the text holds control characters (U+0000); they were removed "
          + "[papers[0].authors[0]]",
      ])
  }

  @Test func writingIsDeterministic() throws {
    let bytes = try packageFile("Examples/profile.yaml")
    let example = try #require(
      ProfileDocumentReader(currentYear: 2025).read(bytes, file: nil).profile)
    let writer = ProfileWriter()
    #expect(writer.yaml(example) == writer.yaml(example))
    #expect(writer.json(example) == writer.json(example))
    #expect(writer.yaml(example).hasPrefix("person:\n  name: Ada Okonkwo-Lindqvist\n"))
    #expect(
      writer.json(example).hasPrefix("{\n  \"person\": {\n    \"name\": \"Ada Okonkwo-Lindqvist\",")
    )
  }
}
