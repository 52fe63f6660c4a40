import Testing
import Vita
import VitaLayout
import VitaModel
import VitaRender

/// Charts in the report and on their own, through the facade and the command line.
@Suite struct ChartTests {
  @Test func theReportShowsTheChartsTheDataAllowAndWarnsOfTheRest() throws {
    let (profile, _) = try engine.readProfile(at: canonicalProfile)
    let (theme, _) = try engine.readTheme("classic")
    var options = RenderOptions()
    options.creationTime = 1_767_225_600
    var warnings: [Diagnostic] = []
    let files = try engine.render(profile, theme: theme, options: options, warnings: &warnings)
    #expect(
      warnings.map(\.description) == [
        "layout 'classic': warning: the chart 'citations-per-year' is left out: it needs "
          + "citations per year (a citation history or per-paper counts) [charts.kinds[0]]\n"
          + "  hint: a profile from OpenAlex or Google Scholar carries citation data; or "
          + "remove the chart from the layout's charts",
        "layout 'classic': warning: the chart 'h-index' is left out: it needs per-paper "
          + "citation counts [charts.kinds[1]]\n"
          + "  hint: a profile from OpenAlex or Google Scholar carries citation data; or "
          + "remove the chart from the layout's charts",
      ])
    let folder = temporaryFolder()
    write(files[0].bytes, to: folder + "/cv.pdf")
    let text = collapsingSpaces(shell("pdftotext '\(folder)/cv.pdf' -").output)
    #expect(text.contains("Papers per year"))
    #expect(text.contains("Papers by category"))
    #expect(text.contains("Most frequent co-authors"))
    #expect(!text.contains("Citations per year"))
    let outline = shell("qpdf --json --json-key=outlines '\(folder)/cv.pdf'").output
    #expect(outline.contains("\"title\": \"Charts\""))
  }

  @Test func aProfileWithCitationsGetsTheCitationChart() throws {
    var (profile, _) = try engine.readProfile(at: canonicalProfile)
    profile.citationHistory = CitationHistory(
      counts: [2021: 120, 2022: 800, 2023: 2_100, 2024: 3_400, 2025: 4_000],
      source: "OpenAlex", partialYears: [2025])
    let (theme, _) = try engine.readTheme("classic")
    let document = engine.document(profile, theme: theme, options: RenderOptions())
    #expect(document.warnings.isEmpty)
    let figures = document.blocks.compactMap { block -> [ChartKind]? in
      if case .figure(let request) = block { return request.charts }
      return nil
    }
    #expect(figures == [[.citationsPerYear, .papersPerYear], [.categories, .coauthors]])
  }

  @Test func aStandaloneChartIsTheSizeAskedFor() throws {
    let (profile, _) = try engine.readProfile(at: canonicalProfile)
    let (theme, _) = try engine.readTheme("classic")
    var options = ChartOptions()
    options.width = 300
    options.height = 200
    options.dpi = 144
    let png = try engine.chart(profile, kind: .categories, theme: theme, options: options)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let path = temporaryFolder() + "/c.png"
    write(png, to: path)
    #expect(shell("file '\(path)'").output.contains("600 x 400"))
    options.format = .svg
    let svg = String(
      decoding: try engine.chart(profile, kind: .coauthors, theme: theme, options: options),
      as: UTF8.self)
    #expect(svg.contains("width=\"300pt\""))
    options.format = .pdf
    let pdf = try engine.chart(profile, kind: .papersPerYear, theme: theme, options: options)
    let pdfPath = temporaryFolder() + "/c.pdf"
    write(pdf, to: pdfPath)
    #expect(shell("qpdf --check '\(pdfPath)'").status == 0)
  }

  @Test func theCommandWritesOneChartOrAll() {
    let folder = temporaryFolder()
    let one = shell(
      "'\(vitaProgram)' chart '\(canonicalProfile)' --kind coauthors -o c.svg", in: folder)
    #expect(one.status == 0)
    #expect(listing(folder) == ["c.svg"])
    let all = shell("'\(vitaProgram)' chart '\(canonicalProfile)' --kind all -o out/", in: folder)
    #expect(all.status == 0)
    #expect(
      listing(folder + "/out") == ["categories.png", "coauthors.png", "papers-per-year.png"])
  }

  @Test func aKindWithoutItsDataExits65AndWritesNothing() {
    let folder = temporaryFolder()
    let result = shell(
      "'\(vitaProgram)' chart '\(canonicalProfile)' --kind h-index -o h.png", in: folder)
    #expect(result.status == 65)
    #expect(
      result.error.contains(
        "error: the chart 'h-index' needs per-paper citation counts, which the profile does "
          + "not have"))
    #expect(listing(folder).isEmpty)
  }

  @Test(arguments: [
    "openalex/b-vitamins_A5023888391.json", "openalex/b-vitamins_W2741809807.json",
    "openalex/peneira_works_search_49.json", "scholar/HowcanoeWang_scholar_serpapi.json",
    "bibtex/volkm-bibtex-dblp_ley_DBLP.bib",
  ])
  func theChartsOfARealProfileKeepTheirLabelsApartAndInside(_ file: String) throws {
    let (profile, _) = try engine.readProfile(at: packageRoot + "/../shared/data/" + file)
    let (theme, _) = try engine.readTheme("classic")
    let kinds = Engine.availableCharts(in: profile)
    #expect(!kinds.isEmpty)
    for kind in kinds {
      // The standalone size, and a column of the report.
      for (width, height) in [(360.0, 216.0), (231.0, 168.0)] {
        var options = ChartOptions()
        options.width = width
        options.height = height
        options.creationTime = 1_767_225_600
        let frame = try engine.chartFrame(profile, kind: kind, theme: theme, options: options)
        let box = Rect(origin: .zero, size: frame.size)
        let labels = frame.items.compactMap { entry -> (String, Rect)? in
          guard case .text(let run) = entry.item else { return nil }
          return (String(decoding: run.text, as: UTF8.self), entry.bounds)
        }
        for entry in frame.items where !box.contains(entry.bounds, tolerance: 0.01) {
          Issue.record("\(file), \(kind.rawValue), \(width): \(entry.bounds) leaves the chart")
        }
        for (index, first) in labels.enumerated() {
          for second in labels[(index + 1)...] where first.1.intersects(second.1) {
            Issue.record("\(file), \(kind.rawValue): '\(first.0)' overlaps '\(second.0)'")
          }
        }
      }
    }
  }

  @Test func aProfileWithDataForNoChartSaysSo() {
    let folder = temporaryFolder()
    write(Array(#"{"person": {"name": "Ada Lovelace"}}"#.utf8), to: folder + "/p.json")
    let one = shell("'\(vitaProgram)' chart p.json --kind h-index -o h.png", in: folder)
    #expect(one.status == 65)
    #expect(one.error.contains("hint: the profile has data for no chart"))
    let all = shell("'\(vitaProgram)' chart p.json --kind all -o out/", in: folder)
    #expect(all.status == 65)
    #expect(all.error.contains("error: the profile has data for no chart"))
    #expect(listing(folder) == ["p.json"])
  }

  @Test func usageErrorsOfTheChartCommandExit64() {
    #expect(shell("'\(vitaProgram)' chart '\(canonicalProfile)'").status == 64)
    #expect(shell("'\(vitaProgram)' chart '\(canonicalProfile)' --kind pie").status == 64)
    #expect(
      shell("'\(vitaProgram)' chart '\(canonicalProfile)' --kind categories -o c.gif").status
        == 64)
    #expect(
      shell("'\(vitaProgram)' chart '\(canonicalProfile)' --kind categories --width 5").status
        == 64)
  }
}

/// The metrics block with per-paper citations: all years and the last five, as Scholar.
@Suite struct CitationMetricsBlockTests {
  @Test func perPaperCitationsGiveAllAndSinceColumns() throws {
    var (profile, _) = try engine.readProfile(at: canonicalProfile)
    for index in profile.papers.indices {
      profile.papers[index].citations = 30 - index
      profile.papers[index].citationsPerYear = [2020: 10, 2024: 20 - index]
    }
    let (theme, _) = try engine.readTheme("classic")
    var options = RenderOptions()
    options.creationTime = 1_767_225_600
    let folder = temporaryFolder()
    write(
      try engine.render(profile, theme: theme, options: options)[0].bytes, to: folder + "/cv.pdf")
    let text = collapsingSpaces(shell("pdftotext '\(folder)/cv.pdf' -").output)
    #expect(text.contains("H-INDEX, ALL"))
    #expect(text.contains("H-INDEX, SINCE 2021"))
    #expect(text.contains("I10-INDEX, SINCE 2021"))
    #expect(text.contains("Citations per year"))
  }

  @Test func theFiguresAScholarExportDeclaresWinOverTheTwentyArticlesListed() throws {
    let path = packageRoot + "/../shared/data/scholar/HowcanoeWang_scholar_serpapi.json"
    let (profile, _) = try engine.readProfile(at: path)
    let (theme, _) = try engine.readTheme("classic")
    let document = engine.document(profile, theme: theme, options: RenderOptions())
    // Classic shows at most four charts, in its order of preference: the Scholar export has
    // the data for four without categories, so nothing is said of the one left out.
    #expect(document.warnings.isEmpty)
    // The table says 332 and 331 since 2020; the twenty articles alone sum to less.
    #expect(profile.computedMetrics?.citations != 332)
    #expect(
      metricFigures(document) == [
        "332 CITATIONS, ALL", "8 H-INDEX, ALL", "6 I10-INDEX, ALL",
        "331 CITATIONS, SINCE 2020", "8 H-INDEX, SINCE 2020", "6 I10-INDEX, SINCE 2020",
      ])
  }

  /// The metrics block's figures, each as "VALUE LABEL".
  private func metricFigures(_ document: Document) -> [String] {
    func text(_ styled: StyledText) -> String { String(decoding: styled.bytes, as: UTF8.self) }
    var figures: [String] = []
    for case .keepTogether(let blocks) in document.blocks {
      for case .figures(let row) in blocks {
        figures += row.map { text($0.value) + " " + text($0.label) }
      }
    }
    return figures
  }
}

/// Chart captions name where the papers come from.
@Suite struct ChartSourceTests {
  func caption(_ path: String, _ kind: ChartKind) throws -> String {
    let (profile, _) = try engine.readProfile(at: path)
    let (theme, _) = try engine.readTheme("classic")
    var options = ChartOptions()
    options.creationTime = 1_767_225_600
    let frame = try engine.chartFrame(profile, kind: kind, theme: theme, options: options)
    let texts = frame.items.compactMap { entry -> String? in
      guard case .text(let run) = entry.item else { return nil }
      return String(decoding: run.text, as: UTF8.self)
    }
    return texts.first { $0.hasPrefix("Source:") } ?? ""
  }

  @Test(arguments: [
    ("openalex/peneira_works_search_49.json", "Source: OpenAlex"),
    ("bibtex/volkm-bibtex-dblp_ley_DBLP.bib", "Source: BibTeX"),
    ("scholar/HowcanoeWang_scholar_serpapi.json", "Source: Google Scholar"),
  ])
  func aCaptionNamesTheSourceOfThePapers(file: String, expected: String) throws {
    let path = packageRoot + "/../shared/data/" + file
    #expect(try caption(path, .papersPerYear).hasPrefix(expected))
    #expect(try caption(path, .coauthors).hasPrefix(expected))
  }

  @Test func citationsSummedOverPapersNameTheirSourceToo() throws {
    // The works page has no citation history: the chart sums the works' counts.
    let path = packageRoot + "/../shared/data/openalex/peneira_works_search_49.json"
    #expect(
      try caption(path, .citationsPerYear).hasPrefix("Source: OpenAlex, summed over papers"))
  }

  @Test func profileTextIsTheProfile() throws {
    #expect(try caption(canonicalProfile, .categories).hasPrefix("Source: profile,"))
  }
}
