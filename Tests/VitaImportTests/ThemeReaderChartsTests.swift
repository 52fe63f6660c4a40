import Testing
import VitaImport
import VitaModel

@Suite("Theme reader: charts")
struct ThemeReaderChartsTests {
  func read(_ text: String) -> (theme: Theme?, descriptions: [String]) {
    let (theme, diagnostics) = ThemeReader().read(Array(text.utf8), file: "my.yaml")
    return (theme, diagnostics.map(\.description))
  }

  @Test func aListNamesTheChartsInOrder() throws {
    let (theme, descriptions) = read("charts: [h-index, coauthors]")
    #expect(descriptions.isEmpty)
    #expect(theme?.charts == [.hIndex, .coauthors])
    #expect(theme?.chartRows == ChartRows())
  }

  @Test func aMappingSetsTheRowsOut() throws {
    let (theme, descriptions) = read(
      """
      charts:
        kinds: [citations-per-year, papers-per-year]
        columns: 1
        height: 120
        at-most: 1
      """)
    #expect(descriptions.isEmpty)
    let read = try #require(theme)
    #expect(read.charts == [.citationsPerYear, .papersPerYear])
    #expect(read.chartRows.columns == 1)
    #expect(read.chartRows.height == 120)
    #expect(read.chartRows.limit == 1)
  }

  @Test func badRowsArePinnedToTheirPlace() {
    let (theme, descriptions) = read(
      """
      charts:
        kinds: [citations-per-year, h-indx]
        colums: 2
        columns: 0
        height: -5
        at-most: two
      """)
    #expect(theme == nil)
    #expect(
      descriptions == [
        "my.yaml:2:31: error: unknown chart 'h-indx' [charts.kinds[1]]\n"
          + "  hint: did you mean 'h-index'?",
        "my.yaml:3:3: error: unknown key 'colums' [charts.colums]\n"
          + "  hint: did you mean 'columns'?",
        "my.yaml:4:12: error: the number of columns must be from 1 to 12, found 0"
          + " [charts.columns]",
        "my.yaml:5:11: error: expected a length greater than zero, found -5 [charts.height]",
        "my.yaml:6:12: error: expected a whole number of charts, found the string 'two'"
          + " [charts.at-most]",
      ])
  }

  @Test func theSidebarNamesItsOwnCharts() throws {
    let (theme, descriptions) = read(
      """
      sidebar:
        sections: [name, charts]
        charts: [categories]
        chart-height: 150
      """)
    #expect(descriptions.isEmpty)
    let sidebar = try #require(theme?.sidebar)
    #expect(sidebar.sections == [.name, .charts])
    #expect(sidebar.charts == [.categories])
    #expect(sidebar.chartHeight == 150)
  }
}

@Suite("Theme reader: type too large for the page")
struct ThemeReaderFitTests {
  @Test func typeLargerThanTheTextAreaIsAnError() {
    let (theme, diagnostics) = ThemeReader().read(
      Array("page: {size: a4, margins: 72}\nfonts:\n  body: {size: 800}\n  meta: {size: 9}\n".utf8),
      file: "my.yaml")
    #expect(theme == nil)
    #expect(
      diagnostics.map(\.description) == [
        "my.yaml:3:9: error: type 800 pt on lines 1000 pt apart does not fit a text area "
          + "451.276 × 697.89 pt [fonts.body]\n"
          + "  hint: a size and leading of a few points to a few dozen fit any page"
      ])
  }
}
