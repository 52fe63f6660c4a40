import Testing
import VitaLayout
import VitaModel

@testable import VitaCharts

@Suite struct ChartDataTests {
  @Test func missingDataNamesWhatEachKindNeeds() {
    let empty = Profile(name: "Ada Lovelace")
    #expect(ChartLayout.availableKinds(in: empty).isEmpty)
    #expect(
      ChartLayout.missingData(for: .citationsPerYear, in: empty)
        == "citations per year (a citation history or per-paper counts)")
    #expect(ChartLayout.missingData(for: .hIndex, in: empty) == "per-paper citation counts")
    #expect(ChartLayout.missingData(for: .papersPerYear, in: empty) == "papers with dates")
    #expect(ChartLayout.missingData(for: .categories, in: empty) == "papers with categories")
    #expect(ChartLayout.missingData(for: .coauthors, in: empty) == "papers with co-authors")
    #expect(throws: ChartError(kind: .hIndex, needs: "per-paper citation counts")) {
      try frame(.hIndex, empty)
    }
    let error = ChartError(kind: .hIndex, needs: "per-paper citation counts")
    #expect(
      error.description
        == "the chart 'h-index' needs per-paper citation counts, which the profile does not have")
  }

  @Test func theCanonicalProfileAllowsEveryChartButTheCitationOnes() {
    var profile = canonicalProfile()
    for index in profile.papers.indices { profile.papers[index].citations = nil }
    #expect(ChartLayout.availableKinds(in: profile) == [.papersPerYear, .categories, .coauthors])
  }

  @Test func missingYearsInsideTheRangeAreZero() throws {
    let counts = try #require(
      ChartData.citationsPerYear(citedProfile([2019: 5, 2022: 7]), currentYear: 2026))
    #expect(counts.firstYear == 2019)
    #expect(counts.totals == [5, 0, 0, 7])
    #expect(counts.source == "OpenAlex")
  }

  @Test func futureYearsAreLeftOutWithANote() throws {
    let counts = try #require(
      ChartData.citationsPerYear(
        citedProfile([2025: 5, 2026: 7, 2030: 1_200]), currentYear: 2026))
    #expect(counts.lastYear == 2026)
    #expect(counts.notes == ["1,200 citations dated after 2026 left out."])
    let chart = try frame(.citationsPerYear, citedProfile([2025: 5, 2026: 7, 2030: 1_200]))
    #expect(texts(chart).contains { $0.contains("after 2026 left out") })
  }

  @Test func perPaperHistoriesAreSummedWhenTheProfileHasNone() throws {
    var profile = canonicalProfile()
    profile.papers[0].citationsPerYear = [2023: 4, 2024: 6]
    profile.papers[1].citationsPerYear = [2024: 1]
    let counts = try #require(ChartData.citationsPerYear(profile, currentYear: 2026))
    #expect(counts.totals == [4, 7])
    #expect(counts.source == "profile, summed over papers")
  }

  @Test func coauthorsLeaveOutTheOwnerAndMergeSpellings() {
    var profile = Profile(name: "Théophane Weber")
    profile.papers = [
      Paper(title: "A", authors: ["T. Weber", "Ada Lovelace", "Alan Turing"]),
      Paper(title: "B", authors: ["A. Lovelace", "weber, théophane"]),
      Paper(title: "C", authors: ["Alan Turing", "Ada Lovelace", "Ada Lovelace"]),
    ]
    let counts = ChartData.coauthorCounts(profile)
    #expect(counts.map(\.label) == ["Ada Lovelace", "Alan Turing"])
    #expect(counts.map(\.count) == [3, 2])
  }

  @Test func papersPerYearStacksTheLargestCategoriesAndSumsTheRest() throws {
    var profile = Profile(name: "Ada Lovelace")
    profile.papers = (0..<12).map { index in
      Paper(
        title: "P\(index)", date: PaperDate(year: 2020 + index % 3),
        categories: [Category(code: "C\(index % 7)", name: "Field \(index % 7)")])
    }
    profile.papers.append(Paper(title: "Undated"))
    let counts = try #require(ChartData.papersPerYear(profile, currentYear: 2026))
    #expect(counts.series == ["Field 0", "Field 1", "Field 2", "Other"])
    #expect(counts.totals == [4, 4, 4])
    #expect(counts.notes == ["1 undated paper not shown."])
  }

  @Test func theHIndexChartLabelsTheSquare() throws {
    let chart = try frame(.hIndex, canonicalProfile())
    #expect(texts(chart).contains("h-index: 10"))
    #expect(texts(chart).contains("h = 10"))
  }

  @Test func theCaptionNamesTheSourceAndTheYears() throws {
    let chart = try frame(.citationsPerYear, citedProfile(history(2012...2026)))
    #expect(texts(chart).contains("Source: OpenAlex, 2012–2026."))
    let categories = try frame(.categories, canonicalProfile())
    #expect(texts(categories).contains("Source: profile, 2020–2025."))
    #expect(texts(categories).contains("11 · 69%"))
  }

  @Test func hairlinesFallOnWholePixels() throws {
    let dpi = 150.0
    let chart = try frame(.citationsPerYear, citedProfile(history(2012...2026)), dpi: dpi)
    let pixel = 72 / dpi
    for entry in chart.items {
      guard case .rectangle(let shape) = entry.item else { continue }
      for value in [entry.position.x, entry.position.y, shape.size.width, shape.size.height] {
        let pixels = value / pixel
        #expect(abs(pixels - pixels.rounded()) < 1e-6, "\(value) is not on the pixel grid")
      }
    }
  }
}
