import Testing
import VitaModel

@Suite struct MetricTests {
  @Test func countsGroupThousands() {
    #expect(
      Metric(kind: .citationCount, label: "citations", value: 10768, unit: .count)
        .formattedValue == "10,768")
    #expect(
      Metric(kind: .citationCount, label: "c", value: 1_234_567, unit: .count)
        .formattedValue == "1,234,567")
    #expect(
      Metric(kind: .hIndex, label: "h-index", value: 117, unit: .count)
        .formattedValue == "117")
  }

  @Test func percentagesAndFractions() {
    #expect(
      Metric(kind: .novelty, label: "Novelty", value: 61, unit: .percent)
        .formattedValue == "61%")
    #expect(Metric(kind: .other, label: "x", value: 2.25, unit: .score).formattedValue == "2.3")
    #expect(Metric(kind: .other, label: "x", value: -0.4, unit: .score).formattedValue == "-0.4")
  }

  @Test func datesSortAndPrint() {
    let full = PaperDate(year: 2024, month: 7, day: 31)
    #expect(full.description == "Jul 31, 2024")
    #expect(full.isoString == "2024-07-31")
    #expect(PaperDate(year: 2024, month: 7).description == "Jul 2024")
    #expect(PaperDate(year: 2024).description == "2024")
    #expect(PaperDate(year: 2024) < PaperDate(year: 2024, month: 1))
    #expect(PaperDate(year: 2023, month: 12, day: 31) < full)
    #expect(PaperDate(year: 2020, day: 5).day == nil)
  }

  @Test func arXivCategoriesHaveNames() {
    #expect(Category(arXivCode: "CL")?.name == "Computation and Language")
    #expect(Category(arXivCode: "cs.LG")?.name == "Machine Learning")
    #expect(Category(arXivCode: "ZZ") == nil)
  }

  @Test func diagnosticsPrintWithPositionAndPath() {
    let diagnostic = Diagnostic(
      .error, "the date cannot be read", file: "cv.txt", line: 12, column: 3,
      fieldPath: "papers[0].date", hint: "write it as Jul 31, 2024")
    #expect(
      diagnostic.description
        == "cv.txt:12:3: error: the date cannot be read [papers[0].date]\n"
        + "  hint: write it as Jul 31, 2024")
  }
}

@Suite struct CitationMetricsTests {
  @Test func hIndexAndI10FromCounts() {
    let metrics = CitationMetrics(counts: [10, 8, 5, 4, 3, 0, 25])
    #expect(metrics.hIndex == 4)
    #expect(metrics.i10Index == 2)
    #expect(metrics.citations == 55)
    #expect(CitationMetrics(counts: []).hIndex == 0)
    #expect(CitationMetrics(counts: [1]).hIndex == 1)
    #expect(CitationMetrics(counts: [-3, 2, 2]).citations == 4)
  }

  @Test func sinceAYearCountsOnlyLaterCitations() {
    var profile = Profile(name: "A. Author")
    var first = Paper(title: "One")
    first.citationsPerYear = [2019: 30, 2021: 12, 2022: 3]
    var second = Paper(title: "Two")
    second.citationsPerYear = [2021: 2, 2023: 9]
    profile.papers = [first, second]
    #expect(profile.computedMetrics(since: 2021) == CitationMetrics(counts: [15, 11]))
    #expect(profile.computedMetrics == nil)
  }

  @Test func aDeclaredFigureThatDisagreesIsKeptWithAWarning() {
    var profile = Profile(
      name: "A. Author",
      metrics: [Metric(kind: .hIndex, label: "h-index", value: 3, unit: .count)])
    profile.papers = [5, 4, 1].map { count in
      var paper = Paper(title: "P\(count)")
      paper.citations = count
      return paper
    }
    let disagreements = profile.metricDisagreements()
    #expect(disagreements.map(\.metricIndex) == [0])
    #expect(
      disagreements.map(\.warning.description) == [
        "<input>: warning: the declared h-index is 3, but the papers give 2; the declared "
          + "figure is kept [metrics[0]]\n  hint: the source may count papers that are not "
          + "listed here"
      ])
    #expect(profile.metrics[0].value == 3)
  }
}

@Suite struct CitationMetricsOverflowTests {
  @Test func sumsStopAtTheLargestIntegerRatherThanTrap() {
    let metrics = CitationMetrics(counts: [Int.max, Int.max, 3])
    #expect(metrics.citations == Int.max)
    #expect(metrics.hIndex == 3)
  }
}
