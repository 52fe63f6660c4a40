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
