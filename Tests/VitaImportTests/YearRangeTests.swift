import Testing
import VitaImport
import VitaModel

/// Years before 1900 or after next year, and counts above a billion, are refused in every
/// format, each at its place.
@Suite("Years out of range, in every format")
struct YearRangeTests {
  private let hint = "a year runs from 1900 to 2026"

  @Test func bibTeXKeepsThePaperWithoutItsDate() throws {
    let text = """
      @article{a, title={Old}, year=1899}
      @article{b, title={Future}, year={2027}}
      @article{c, title={Near}, year=2026}
      @article{d, title={Dated}, date={1850-03-01}}
      """
    let (profile, diagnostics) = BibTeXReader(currentYear: 2025).read(
      Array(text.utf8), file: "y.bib")
    #expect(
      diagnostics.map(\.description) == [
        "y.bib:1:31: warning: the year 1899 is out of range; the paper is kept without a date "
          + "[papers[0].date]\n  hint: \(hint)",
        "y.bib:2:34: warning: the year 2027 is out of range; the paper is kept without a date "
          + "[papers[1].date]\n  hint: \(hint)",
        "y.bib:4:33: warning: cannot read the date '1850-03-01' [papers[3].date]\n"
          + "  hint: write dates like '2024-07-31'; \(hint)",
      ])
    let papers = try #require(profile).papers
    #expect(papers.map(\.title) == ["Old", "Future", "Near", "Dated"])
    #expect(papers.map(\.date) == [nil, nil, PaperDate(year: 2026), nil])
  }

  @Test func openAlexRefusesTheYearsOfWorksAndCounts() {
    let text = """
      {"results": [{"id": "https://openalex.org/W1", "title": "T",
        "publication_date": "1200-01-01", "publication_year": 1200,
        "counts_by_year": [{"year": 2030, "cited_by_count": 1}]}]}
      """
    let (profile, diagnostics) = OpenAlexReader(currentYear: 2025).read(
      Array(text.utf8), file: "w.json")
    #expect(profile?.papers.first?.date == nil)
    #expect(
      diagnostics.map(\.description) == [
        "w.json:2:23: warning: the year 1200 is out of range; the date was ignored "
          + "[results[0].publication_date]\n  hint: \(hint)",
        "w.json:2:57: error: the year 1200 is out of range [results[0].publication_year]\n"
          + "  hint: \(hint); the value was ignored",
        "w.json:3:31: error: the year 2030 is out of range [results[0].counts_by_year[0].year]\n"
          + "  hint: \(hint); the value was ignored",
      ])
  }

  @Test func scholarRefusesTheYearsOfArticlesAndTheGraph() {
    let text = """
      {"search_metadata": {}, "articles": [{"title": "T", "year": "1700"}],
       "cited_by": {"graph": [{"year": 2031, "citations": 3}]}}
      """
    let (_, diagnostics) = ScholarReader(currentYear: 2025).read(
      Array(text.utf8), file: "s.json")
    #expect(
      diagnostics.map(\.description) == [
        "s.json:1:61: error: the year 1700 is out of range [articles[0].year]\n"
          + "  hint: \(hint); the value was ignored",
        "s.json:2:34: error: the year 2031 is out of range [cited_by.graph[0].year]\n"
          + "  hint: \(hint); the value was ignored",
      ])
  }

  @Test func countsAboveABillionAreRefusedInExportsToo() {
    let text = #"{"search_metadata": {}, "articles": [{"title": "T", "cited_by": 5000000000}]}"#
    let (_, diagnostics) = ScholarReader(currentYear: 2025).read(
      Array(text.utf8), file: "s.json")
    #expect(
      diagnostics.map(\.description) == [
        "s.json:1:65: error: the count 5000000000 is larger than any real one "
          + "[articles[0].cited_by]\n"
          + "  hint: a count runs from 0 to 1,000,000,000; the value was ignored"
      ])
  }

  @Test func theLoaderGivesEveryReaderItsCurrentYear() {
    let text = "@article{a, title={T}, year=2026}\n"
    let now = ProfileLoader(currentYear: 2025).read(bytes: Array(text.utf8), file: "a.bib")
    #expect(now.diagnostics.isEmpty)
    let earlier = ProfileLoader(currentYear: 2024).read(bytes: Array(text.utf8), file: "a.bib")
    #expect(earlier.diagnostics.map(\.fieldPath) == ["papers[0].date"])
  }
}
