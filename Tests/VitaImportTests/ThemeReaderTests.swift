import Foundation
import Testing
import VitaImport
import VitaModel

/// Reads a layout from text.
private func readTheme(_ text: String) -> (theme: Theme?, descriptions: [String]) {
  let (theme, diagnostics) = ThemeReader().read(Array(text.utf8), file: "bad.yaml")
  return (theme, diagnostics.map(\.description))
}

/// The package's root folder, found from this file's place in `Tests/VitaImportTests`.
private let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Theme reader: the built-in layouts")
struct ThemeReaderLayoutTests {
  @Test func classicLayoutReadsCleanly() throws {
    let path = packageRoot.appendingPathComponent("Layouts/classic.yaml").path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let (theme, diagnostics) = ThemeReader().read(Array(bytes), file: "Layouts/classic.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let classic = try #require(theme)

    #expect(classic.name == "classic")
    #expect(classic.page == PageSetup())
    #expect(classic.fonts.body.family == "Linux Libertine O")
    #expect((classic.fonts.body.size, classic.fonts.body.leading) == (10, 12.5))
    #expect(classic.fonts.metricLabel.uppercase)
    #expect(classic.fonts.metricLabel.tracking == 0.6)
    #expect(classic.fonts.meta.color == .muted)
    #expect(classic.colors.accent == RGBColor(hex: "#1f3b66"))
    #expect(
      classic.sections == [
        .metrics, .charts, .positions, .education, .awards, .publications, .talks, .teaching,
        .service,
      ])
    #expect(
      classic.charts == [.citationsPerYear, .hIndex, .papersPerYear, .categories, .coauthors])
    #expect(classic.chartRows.limit == 4 && classic.chartRows.listPath == "charts.kinds")
    #expect(classic.colors.chart == Palette.okabeIto)
    #expect(classic.footer == "{name} · page {page} of {pages}")
  }

  @Test func classicLayoutChangesOnlyWhatItMeansToFromTheDefaults() throws {
    let path = packageRoot.appendingPathComponent("Layouts/classic.yaml").path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let classic = try #require(ThemeReader().read(Array(bytes), file: nil).theme)

    var expected = Theme()
    expected.name = "classic"
    expected.summary = "One column, serif, restrained colour: the academic CV."
    expected.fonts.name.color = .accent
    expected.fonts.heading.color = .accent
    expected.fonts.meta.color = .muted
    expected.fonts.metricLabel.uppercase = true
    expected.fonts.metricLabel.tracking = 0.6
    expected.fonts.metricLabel.color = .muted
    expected.fonts.footer.color = .muted
    expected.sections = [
      .metrics, .charts, .positions, .education, .awards, .publications, .talks, .teaching,
      .service,
    ]
    expected.charts = [.citationsPerYear, .hIndex, .papersPerYear, .categories, .coauthors]
    expected.chartRows.limit = 4
    expected.chartRows.listPath = "charts.kinds"
    for (role, hex) in [
      (\Palette.text, "#1a1a1a"), (\.accent, "#1f3b66"), (\.muted, "#616161"),
      (\.link, "#1f3b66"), (\.rule, "#b3b3b3"),
    ] {
      expected.colors[keyPath: role] = try #require(RGBColor(hex: hex))
    }
    #expect(classic == expected)
  }

  @Test func jsonLayoutsReadToo() throws {
    let (theme, descriptions) = readTheme(
      #"{"name": "plain", "page": {"size": "letter"}, "fonts": {"body": {"size": 11}}}"#)
    #expect(descriptions.isEmpty)
    let plain = try #require(theme)
    #expect((plain.page.width, plain.page.height) == (612, 792))
    #expect(plain.fonts.body.size == 11)
  }

  @Test func anEmptyFileGivesTheDefaultsWithAWarning() {
    let (theme, descriptions) = readTheme("# nothing yet\n")
    #expect(theme == Theme())
    #expect(
      descriptions == ["bad.yaml: warning: the layout file is empty, so every value is the default"]
    )
  }
}

@Suite("Theme reader: lengths")
struct ThemeReaderLengthTests {
  @Test func unitsConvertToPoints() throws {
    let (theme, descriptions) = readTheme(
      """
      page:
        margins: { top: 2cm, right: 20mm, bottom: 1in, left: 12pt }
      fonts:
        body: { size: " 10.5 pt", tracking: -0.2 }
      """)
    #expect(descriptions.isEmpty)
    let page = try #require(theme?.page)
    #expect(abs(page.marginTop - 56.693) < 0.001)
    #expect(abs(page.marginRight - 56.693) < 0.001)
    #expect(page.marginBottom == 72)
    #expect(page.marginLeft == 12)
    #expect(theme?.fonts.body.size == 10.5)
    #expect(theme?.fonts.body.tracking == -0.2)
  }

  @Test func oneMarginSetsAllFourSides() throws {
    let page = try #require(readTheme("page: { margins: 1in }").theme?.page)
    #expect(
      [page.marginTop, page.marginRight, page.marginBottom, page.marginLeft] == [72, 72, 72, 72])
  }

  @Test func aPageSizeCanBeGivenAsWidthAndHeight() throws {
    let page = try #require(readTheme("page: { size: [210mm, 148mm], margins: 36 }").theme?.page)
    #expect(abs(page.width - 595.276) < 0.001)
    #expect(abs(page.height - 419.528) < 0.001)
  }

  @Test func aSizeWithoutLeadingKeepsTheDefaultProportion() throws {
    let fonts = try #require(readTheme("fonts: { body: { size: 12 } }").theme?.fonts)
    #expect(fonts.body.leading == 15)
  }
}

@Suite("Theme reader: diagnostics")
struct ThemeReaderDiagnosticTests {
  @Test func aMisspeltKeySuggestsTheRightOne() {
    let (theme, descriptions) = readTheme("fonts:\n  body: { sise: 11 }\n")
    #expect(theme == nil)
    #expect(
      descriptions == [
        "bad.yaml:2:11: error: unknown key 'sise' [fonts.body.sise]\n  hint: did you mean 'size'?"
      ])
  }

  @Test func aKeyFarFromAnyListsTheKnownOnes() {
    #expect(
      readTheme("page: { paper: a4 }").descriptions == [
        "bad.yaml:1:9: error: unknown key 'paper' [page.paper]\n  hint: known keys: size, margins"
      ])
  }

  @Test func anUnknownFontRoleIsAnError() {
    #expect(
      readTheme("fonts:\n  bdy: { size: 11 }\n  caption: { size: 8 }\n").descriptions == [
        "bad.yaml:2:3: error: unknown font role 'bdy' [fonts.bdy]\n  hint: did you mean 'body'?",
        "bad.yaml:3:3: error: unknown font role 'caption' [fonts.caption]\n"
          + "  hint: known font roles: name, subtitle, heading, entry-title, body, meta, "
          + "metric-value, metric-label, footer",
      ])
  }

  @Test func wrongTypesNameWhatWasFound() {
    let descriptions = readTheme(
      """
      name: [classic]
      fonts:
        body: { bold: yes, italic: "true", family: 12, size: ten }
      sections: publications
      """
    ).descriptions
    #expect(
      descriptions == [
        "bad.yaml:1:7: error: expected a string, found a list [name]",
        "bad.yaml:3:17: error: expected true or false, found the string 'yes' [fonts.body.bold]\n"
          + "  hint: in YAML 1.2, yes, no, on and off are text; write true or false",
        "bad.yaml:3:30: error: expected true or false, found the string 'true' "
          + "[fonts.body.italic]\n  hint: write true or false without quotes",
        "bad.yaml:3:46: error: expected a string, found 12 [fonts.body.family]",
        "bad.yaml:3:56: error: expected a length, found the string 'ten' [fonts.body.size]\n"
          + "  hint: a length is a number of points, such as 12, or a number with a unit: "
          + "12pt, 2cm, 20mm, 1in",
        "bad.yaml:4:11: error: expected a list of sections, found the string 'publications' "
          + "[sections]\n  hint: write the sections in order, such as [metrics, publications]",
      ])
  }

  @Test func sizesMustBePositiveAndSpacesNotNegative() {
    let descriptions = readTheme(
      """
      fonts:
        body: { size: 0, leading: -2cm }
      spacing: { after-title: -1, inside-entry: 0 }
      page: { margins: { top: -5 } }
      """
    ).descriptions
    #expect(
      descriptions == [
        "bad.yaml:2:17: error: expected a length greater than zero, found 0 [fonts.body.size]",
        "bad.yaml:2:29: error: expected a length greater than zero, found -2cm "
          + "[fonts.body.leading]",
        "bad.yaml:3:25: error: expected a length of zero or more, found -1 [spacing.after-title]",
        "bad.yaml:4:25: error: expected a length of zero or more, found -5 [page.margins.top]",
      ])
  }

  @Test func anUnknownUnitIsAnError() {
    #expect(
      readTheme("fonts: { body: { size: 12px } }").descriptions == [
        "bad.yaml:1:24: error: unknown unit 'px' in '12px' [fonts.body.size]\n"
          + "  hint: the units are pt, mm, cm and in; a number alone is in points"
      ])
  }

  @Test func marginsWiderThanThePageAreAnError() {
    #expect(
      readTheme("page:\n  size: a4\n  margins: { left: 300, right: 300 }\n").descriptions == [
        "bad.yaml:3:12: error: the margins leave no room for text: left and right add up to "
          + "600 pt on a page 595.276 pt wide [page.margins]"
      ])
    #expect(
      readTheme("page: { size: [300, 100] }").descriptions == [
        "bad.yaml:1:15: error: the margins leave no room for text: top and bottom add up to "
          + "132 pt on a page 100 pt tall [page.margins]"
      ])
  }

  @Test func anUnknownPaperSizeIsAnError() {
    #expect(
      readTheme("page: { size: a5 }").descriptions == [
        "bad.yaml:1:15: error: unknown paper size 'a5' [page.size]\n"
          + "  hint: write a4 or letter, or [width, height] such as [210mm, 297mm]"
      ])
    #expect(
      readTheme("page: { size: [100, 200, 300] }").descriptions == [
        "bad.yaml:1:15: error: expected a4, letter or [width, height], found a list of 3 items "
          + "[page.size]"
      ])
  }

  @Test func colourSyntaxIsChecked() {
    let descriptions = readTheme(
      """
      colors:
        text: red
        accent: #1f3b66
        muted: "#61616"
        rule: 0x333333
      fonts: { meta: { color: mutd }, body: { color: "#000000" } }
      """
    ).descriptions
    #expect(
      descriptions == [
        "bad.yaml:2:9: error: unknown colour 'red' [colors.text]\n"
          + "  hint: write a colour as \"#rrggbb\" or \"#rgb\", in quotes",
        "bad.yaml:3:10: error: expected a colour, found an empty value [colors.accent]\n"
          + "  hint: put the colour in quotes, such as \"#1a1a1a\": unquoted, # starts a comment",
        "bad.yaml:4:10: error: unknown colour '#61616' [colors.muted]\n"
          + "  hint: write a colour as \"#rrggbb\" or \"#rgb\", in quotes",
        "bad.yaml:5:9: error: expected a colour, found 0x333333 [colors.rule]\n"
          + "  hint: write a colour as \"#rrggbb\" or \"#rgb\", in quotes",
        "bad.yaml:6:25: error: unknown colour 'mutd' [fonts.meta.color]\n"
          + "  hint: did you mean 'muted'?",
        "bad.yaml:6:48: error: unknown colour '#000000' [fonts.body.color]\n"
          + "  hint: a font's colour names one of the colours under 'colors': "
          + "text, accent, muted, link, rule",
      ])
  }

  @Test func unknownSectionsAreErrors() {
    #expect(
      readTheme("sections: [metrics, publicatons, prizes, metrics]").descriptions == [
        "bad.yaml:1:21: error: unknown section 'publicatons' [sections[1]]\n"
          + "  hint: did you mean 'publications'?",
        "bad.yaml:1:34: error: unknown section 'prizes' [sections[2]]\n"
          + "  hint: known sections: metrics, publications, charts, education, positions, "
          + "awards, talks, teaching, service",
        "bad.yaml:1:42: error: section 'metrics' is listed twice [sections[3]]",
      ])
  }

  @Test func unknownPlaceholdersAreErrors() {
    #expect(
      readTheme(#"footer: "{name}, page {pgae} of {pages}, {1}""#).descriptions == [
        "bad.yaml:1:9: error: unknown placeholder '{pgae}' [footer]\n"
          + "  hint: did you mean '{page}'?"
      ])
  }

  @Test func everyProblemIsReportedInOneRun() {
    let (theme, descriptions) = readTheme(
      """
      nme: classic
      name: classic
      name: again
      fonts: { body: { size: -1 } }
      sections: [publications, metrcs]
      """)
    #expect(theme == nil)
    #expect(
      descriptions == [
        "bad.yaml:1:1: error: unknown key 'nme' [nme]\n  hint: did you mean 'name'?",
        "bad.yaml:3:1: error: duplicate key 'name' [name]\n"
          + "  hint: 'name' is first set at line 2, column 1",
        "bad.yaml:4:24: error: expected a length greater than zero, found -1 [fonts.body.size]",
        "bad.yaml:5:26: error: unknown section 'metrcs' [sections[1]]\n"
          + "  hint: did you mean 'metrics'?",
      ])
  }

  @Test func aSyntaxErrorGivesNoTheme() {
    let (theme, descriptions) = readTheme("fonts: { body: { size: 10 }\n")
    #expect(theme == nil)
    #expect(descriptions.count == 1)
    #expect(descriptions.first?.hasPrefix("bad.yaml:2:1: error: ") == true)
  }

  @Test func theRootMustBeAMapping() {
    #expect(
      readTheme("- classic\n").descriptions == [
        "bad.yaml:1:1: error: expected a mapping of layout settings, found a list\n"
          + "  hint: a layout file has keys such as 'name:', 'page:' and 'fonts:'"
      ])
  }

  @Test func chartsAndTheirColoursAreRead() throws {
    let (theme, descriptions) = readTheme(
      """
      colors:
        chart: ["#000", "#ffffff"]
      charts: [h-index, coauthors]
      """)
    #expect(descriptions.isEmpty)
    let read = try #require(theme)
    #expect(read.charts == [.hIndex, .coauthors])
    #expect(read.colors.chart == [RGBColor.black, RGBColor(red: 1, green: 1, blue: 1)])
  }

  @Test func unknownChartsAndBadChartColoursAreErrors() {
    #expect(
      readTheme(
        """
        colors:
          chart: ["#000", red]
        charts: [h-index, hindex, pie, h-index]
        """
      ).descriptions == [
        "bad.yaml:2:19: error: unknown colour 'red' [colors.chart[1]]\n"
          + "  hint: write a colour as \"#rrggbb\" or \"#rgb\", in quotes",
        "bad.yaml:3:19: error: unknown chart 'hindex' [charts[1]]\n"
          + "  hint: did you mean 'h-index'?",
        "bad.yaml:3:27: error: unknown chart 'pie' [charts[2]]\n"
          + "  hint: known charts: citations-per-year, cumulative-citations, papers-per-year, "
          + "h-index, categories, coauthors",
        "bad.yaml:3:32: error: chart 'h-index' is listed twice [charts[3]]",
      ])
    #expect(
      readTheme("colors: { chart: [] }").descriptions == [
        "bad.yaml:1:18: error: the list of chart colours is empty [colors.chart]\n"
          + "  hint: write the series colours in order, such as [\"#0072b2\", \"#e69f00\"]"
      ])
  }
}
