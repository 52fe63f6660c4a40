import Testing
import Vita
import VitaLayout
import VitaModel

/// Where the built-in layouts put their charts, and which charts they choose.
@Suite struct LayoutChartsTests {
  static let openAlexAuthor = packageRoot + "/../shared/data/openalex/b-vitamins_A5023888391.json"

  /// The document and pages of a profile in a layout.
  func render(_ layout: String, _ path: String) throws -> (document: Document, pages: [Frame]) {
    let (profile, _) = try engine.readProfile(at: path)
    let (theme, _) = try engine.readTheme(layout)
    let document = engine.document(profile, theme: theme, options: RenderOptions())
    return (document, engine.pages(document))
  }

  /// The text of a page's groups of a role, joined.
  func text(_ page: Frame, _ role: FrameGroup.Role) -> String {
    page.items.compactMap { entry -> String? in
      guard case .group(let group) = entry.item, group.role == role else { return nil }
      return group.frame.textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }
        .joined(separator: " ")
    }.joined(separator: " ")
  }

  @Test func compactShowsPapersPerYearWhenThereAreNoCitations() throws {
    let (document, pages) = try render("compact", canonicalProfile)
    let first = text(pages[0], .body)
    #expect(first.contains("Papers per year"))
    #expect(!first.contains("Citations per year"))
    // The citation chart it would rather show is a preference, not a chart left out.
    #expect(document.warnings.isEmpty)
  }

  @Test func compactShowsOnlyCitationsPerYearWhenThereAreCitations() throws {
    let (_, pages) = try render("compact", Self.openAlexAuthor)
    let first = text(pages[0], .body)
    #expect(first.contains("Citations per year"))
    #expect(!first.contains("Papers per year"))
  }

  @Test func modernDrawsItsChartsInTheSidebar() throws {
    let (document, pages) = try render("modern", canonicalProfile)
    let sidebar = pages.map { text($0, .sidebar) }.joined(separator: " ")
    #expect(sidebar.contains("Papers per year"))
    #expect(!pages.map { text($0, .body) }.joined().contains("Papers per year"))
    // The profile text has no citations, so the citation chart is left out, and said so.
    #expect(
      document.warnings.map(\.fieldPath) == ["sidebar.charts[0]"]
        && document.warnings[0].message.contains("citations-per-year"))
  }

  @Test func aProfileWithoutPapersHasNoPublicationsHeading() throws {
    let (_, pages) = try render("classic", Self.openAlexAuthor)
    #expect(!pages.map { text($0, .body) }.joined().contains("Publications"))
  }
}

/// The CV sections of a profile: education, positions and the rest, each beside its years.
@Suite struct CVSectionTests {
  let example = packageRoot + "/Examples/profile.yaml"

  func text(_ layout: String, _ path: String) throws -> String {
    let (profile, _) = try engine.readProfile(at: path)
    let (theme, _) = try engine.readTheme(layout)
    let document = engine.document(profile, theme: theme, options: RenderOptions())
    return engine.pages(document).map { page in
      page.textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }.joined(separator: " ")
    }.joined(separator: "\n")
  }

  @Test func classicSetsTheSectionsInItsOrder() throws {
    let text = try text("classic", example)
    let headings = ["Positions", "Education", "Awards", "Publications", "Talks", "Teaching"]
    let places = headings.map { text.firstRange(of: $0)?.lowerBound }
    #expect(places.allSatisfy { $0 != nil }, "missing: \(zip(headings, places))")
    #expect(places.compactMap { $0 } == places.compactMap { $0 }.sorted())
    #expect(text.contains("PhD in Computer Science"))
    #expect(text.contains("2016 – 2020") && text.contains("2021 – present"))
    #expect(text.contains("Thesis: Learning to Forecast Sea Ice from Sparse Observations"))
  }

  @Test func everyEntryStartsBesideOneColumnOfYears() throws {
    let (profile, _) = try engine.readProfile(at: example)
    let (theme, _) = try engine.readTheme("classic")
    let pages = engine.pages(engine.document(profile, theme: theme, options: RenderOptions()))
    let titles = profile.sections.flatMap(\.entries).map(\.title)
    let starts = pages.flatMap { $0.textRuns() }.filter { entry in
      titles.contains(String(decoding: entry.run.text, as: UTF8.self))
    }.map(\.position.x)
    #expect(starts.count == titles.count)
    #expect(Set(starts.map { ($0 * 1000).rounded() }).count == 1, "entries start at \(starts)")
  }

  @Test func aProfileWithoutSectionsShowsNoneOfTheirHeadings() throws {
    let text = try text("classic", canonicalProfile)
    for heading in ["Education", "Positions", "Awards", "Talks", "Teaching", "Service"] {
      #expect(!text.contains(heading))
    }
  }
}

/// A chart whose data all lie after the year the report is made in.
@Suite struct LateChartDataTests {
  @Test func aChartWithOnlyFutureDataIsLeftOutWithAWarning() throws {
    let folder = temporaryFolder()
    let yaml = """
      person: {name: Ada Future}
      papers:
        - {title: Tomorrow, date: 2027, authors: [Ada Future, Bo Later], categories: [LG]}
      """
    write(Array(yaml.utf8), to: folder + "/future.yaml")
    let (profile, _) = try engine.readProfile(at: folder + "/future.yaml")
    let (theme, _) = try engine.readTheme("classic")
    var options = RenderOptions()
    options.creationTime = 1_767_225_600  // 2026
    let document = engine.document(profile, theme: theme, options: options)
    let warning = try #require(
      document.warnings.first { $0.message.contains("'papers-per-year'") })
    #expect(warning.message.hasSuffix("it needs data from 2026 or earlier"))
    #expect(warning.hint?.hasPrefix("check the dates") == true)
  }
}

/// A profile that names nobody: a Scholar export of articles, a bibliography.
@Suite struct NamelessProfileTests {
  @Test func itHasNoEmptyHeadAndItsFooterNoDanglingSeparator() throws {
    let path = packageRoot + "/../shared/data/scholar/HowcanoeWang_scholar_serpapi.json"
    let (profile, _) = try engine.readProfile(at: path)
    #expect(profile.name.isEmpty)
    let (theme, _) = try engine.readTheme("classic")
    let pages = engine.pages(engine.document(profile, theme: theme, options: RenderOptions()))
    let footers = pages.map { page in
      page.items.compactMap { entry -> String? in
        guard case .group(let group) = entry.item, group.role == .running else { return nil }
        return group.frame.textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }
          .joined()
      }.joined()
    }
    #expect(footers.first == "page 1 of \(pages.count)")
    // The page opens with the metrics, not with a rule under an empty name.
    let body = pages[0].items.compactMap { entry -> Frame? in
      guard case .group(let group) = entry.item, group.role == .body else { return nil }
      return group.frame
    }.first
    let first = try #require(body?.items.first)
    if case .rectangle = first.item { Issue.record("the first page opens with a rule") }
  }
}
