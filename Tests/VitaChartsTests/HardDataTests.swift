import Testing
import VitaLayout
import VitaModel

@testable import VitaCharts

/// Hard data drawn so that no figure is lost or distorted: a value the axis cannot show, a
/// row the chart has no room for, a lone bar, an owner the profile does not name.
@Suite struct HardDataTests {
  @Test func everyCategoryIsShownOrCountedInOther() throws {
    var profile = canonicalProfile()
    profile.papers = (0..<30).map { index in
      Paper(
        title: "P\(index)", authors: ["Shantanu Thakoor"], date: PaperDate(year: 2020),
        categories: [Category(code: "C\(index % 7)", name: "Field \(index % 7)")])
    }
    let roomy = texts(try frame(.categories, profile))
    #expect((0..<7).allSatisfy { roomy.contains("Field \($0)") })

    // Too short for seven rows: the rows left over are summed, so the counts still add up.
    let short = try frame(.categories, profile, size: Size(width: 300, height: 110))
    let counts = texts(short).compactMap { text -> Int? in
      guard let dot = text.firstIndex(of: "·") else { return nil }
      return Int(String(text[..<dot]).trimmingTrailingSpaces())
    }
    #expect(texts(short).contains("Other"))
    #expect(counts.reduce(0, +) == 30)
  }

  @Test func aCutBarKeepsItsValue() throws {
    var profile = canonicalProfile()
    profile.papers[0].citations = 480_000
    for size in [ChartSpecification.defaultSize, Size(width: 220, height: 168)] {
      #expect(texts(try frame(.hIndex, profile, size: size)).contains("480,000"), "\(size)")
    }
  }

  @Test func aModestLeadDoesNotCutTheAxis() throws {
    var profile = Profile(name: "Ada Lovelace")
    var paper = Paper(title: "Only", authors: ["Ada Lovelace"], date: PaperDate(year: 2024))
    paper.citations = 17
    profile.papers = [paper]
    let labels = texts(try frame(.hIndex, profile))
    #expect(labels.contains("17") && labels.contains("20"))
    #expect(labels.contains("h = 1"))
  }

  @Test func aLoneBarKeepsTheWidthOfABar() throws {
    let chart = try frame(.citationsPerYear, citedProfile([2024: 17]))
    let widest =
      chart.items.compactMap { entry -> Double? in
        guard case .rectangle(let shape) = entry.item, shape.size.height > 2 else { return nil }
        return shape.size.width
      }.filter { $0 < chart.size.width * 0.9 }.max() ?? 0
    #expect(widest > 0 && widest < chart.size.width / 6)
  }

  @Test func theTallestBarsLabelStaysBelowTheAxisTitle() throws {
    let chart = try frame(.papersPerYear, canonicalProfile())
    let boxes = textBoxes(chart)
    let title = try #require(boxes.first { $0.text == "Papers" })
    for label in boxes where label.text == "4" {
      #expect(label.box.minY >= title.box.maxY, "\(label.box) against \(title.box)")
    }
  }

  @Test func oneLateItemIsOnePaper() throws {
    var profile = canonicalProfile()
    profile.papers[0].date = PaperDate(year: 2027)
    let counts = try #require(ChartData.papersPerYear(profile, currentYear: 2026))
    #expect(counts.notes == ["1 paper dated after 2026 left out."])
  }

  @Test func anUnnamedProfileLeavesOutTheAuthorOnMostPapers() throws {
    var profile = Profile(name: "")
    profile.papers = [
      Paper(title: "A", authors: ["H Wang", "W Guo"]),
      Paper(title: "B", authors: ["W Guo", "H Wang", "Y Kato"]),
      Paper(title: "C", authors: ["H Wang"]),
      Paper(title: "D", authors: ["Y Kato", "T Yang"]),
    ]
    let counts = try #require(ChartData.coauthors(profile, currentYear: 2026))
    #expect(counts.rows.map(\.label) == ["W Guo", "Y Kato", "T Yang"])
    #expect(
      counts.notes == [
        "The profile names nobody; H Wang, on 3 of 4 papers, is taken as its owner and left out."
      ])

    // A named profile is never second-guessed.
    profile.name = "Ada Lovelace"
    let named = try #require(ChartData.coauthors(profile, currentYear: 2026))
    #expect(named.rows.first?.label == "H Wang" && named.notes.isEmpty)
  }

  @Test func noCitationAtAllDrawsNoSquare() throws {
    var profile = canonicalProfile()
    for index in profile.papers.indices { profile.papers[index].citations = 0 }
    let labels = texts(try frame(.hIndex, profile))
    #expect(labels.contains("h-index: 0"))
    #expect(!labels.contains("h = 0"))
    #expect(labels.contains { $0.hasSuffix("No paper is cited yet.") })
  }

  @Test func emptyYearsCarryNoZeroUnlessEveryYearIsEmpty() throws {
    var profile = Profile(name: "Ada Lovelace")
    profile.papers = [1990, 1990, 1995, 2000].map { year in
      Paper(title: "P", authors: ["Ada Lovelace"], date: PaperDate(year: year))
    }
    // Only the axis has a zero.
    #expect(texts(try frame(.papersPerYear, profile)).filter { $0 == "0" }.count == 1)
    let zero = citedProfile(Dictionary(uniqueKeysWithValues: (2015...2024).map { ($0, 0) }))
    #expect(texts(try frame(.citationsPerYear, zero)).filter { $0 == "0" }.count == 11)
  }

  @Test func stackedSeriesStayApartInGreyscale() throws {
    var profile = canonicalProfile()
    profile.papers = (0..<24).map { index in
      Paper(
        title: "P\(index)", authors: ["Shantanu Thakoor"],
        date: PaperDate(year: 2020 + index % 4),
        categories: [Category(code: "C\(index % 6)", name: "Field \(index % 6)")])
    }
    let chart = try frame(.papersPerYear, profile)
    #expect(texts(chart).contains("Other"))
    var fills: [RGBColor] = []
    for entry in chart.items {
      // Bars and swatches, not hairlines.
      guard case .rectangle(let shape) = entry.item, shape.size.width > 1.5,
        shape.size.height > 1.5, !fills.contains(shape.color)
      else { continue }
      fills.append(shape.color)
    }
    // Three colours of the palette, Other's grey and the white page, all apart in grey.
    let named = fills.filter(Palette.okabeIto.contains)
    #expect(named.count == 3)
    #expect(named.first == Palette.okabeIto[0])
    #expect(fills.count == 4)
    for weights in [\RGBColor.grey, \RGBColor.greyRec709] {
      let greys = (fills.map { $0[keyPath: weights] } + [1]).sorted()
      for (lower, upper) in zip(greys, greys.dropFirst()) where upper - lower < 0.07 {
        Issue.record("grey values \(lower) and \(upper) are too close: \(greys)")
      }
    }
  }

  @Test func aDeclaredFigureTheDataDoNotGiveIsSaid() throws {
    var profile = citedProfile([2023: 100, 2024: 200])
    profile.metrics = [
      Metric(kind: .citationCount, label: "citations", value: 450, unit: .count),
      Metric(kind: .hIndex, label: "h-index", value: 14, unit: .count),
    ]
    let counts = try #require(ChartData.citationsPerYear(profile, currentYear: 2026))
    #expect(
      counts.notes == ["The source counts 450 citations in all; the years shown add up to 300."])
    #expect(
      ChartData.hIndexNote(profile, computed: 10)
        == "The source declares an h-index of 14; the papers listed give 10.")
    let chart = texts(try frame(.hIndex, profile, size: Size(width: 600, height: 216)))
    #expect(chart.contains { $0.contains("declares an h-index of 14; the papers listed give 10") })

    // Figures that agree need no note.
    profile.metrics = [Metric(kind: .citationCount, label: "citations", value: 300, unit: .count)]
    #expect(try #require(ChartData.citationsPerYear(profile, currentYear: 2026)).notes.isEmpty)
    #expect(ChartData.hIndexNote(profile, computed: 10) == nil)
  }

  @Test func theCumulativeTotalIsLabelledEvenAtTheChartsEdge() throws {
    let counts = history(1966...2025, scale: 900)
    let total = Format.grouped(counts.values.reduce(0, +))
    for size in GeometryTests.sizes.prefix(2) {
      let labels = texts(try frame(.cumulativeCitations, citedProfile(counts), size: size))
      #expect(labels.contains(total), "\(size)")
    }
  }

  @Test func longCategoryNamesPairUpInTheLegend() throws {
    let names = [
      "Digital Epidemiology and Disease Surveillance",
      "Mobile Health Interventions and Applications",
      "Machine Learning in Healthcare and Medicine", "Global Burden of Foodborne Pathogens",
      "Artificial Intelligence in Medicine",
    ]
    var profile = canonicalProfile()
    profile.papers = (0..<20).map { index in
      Paper(
        title: "P\(index)", authors: ["Shantanu Thakoor"],
        date: PaperDate(year: 2018 + index % 5),
        categories: [Category(code: "T\(index % 5)", name: names[index % 5])])
    }
    let chart = try frame(.papersPerYear, profile, size: Size(width: 231, height: 168))
    let legend = textBoxes(chart).filter { label in
      label.text == "Other" || names.contains { $0.hasPrefix(label.text.replacing("…", with: "")) }
    }
    #expect(legend.count == 4)
    #expect(Set(legend.map { ($0.box.minY * 10).rounded() }).count == 2)
  }

  @Test(arguments: ["Noto Sans", Theme().fonts.meta.family])
  func aTallFontLosesNoLabel(_ family: String) throws {
    var theme = Theme()
    theme.fonts.meta.family = family
    for size in [ChartSpecification.defaultSize, Size(width: 231, height: 168)] {
      let specification = ChartSpecification(
        kind: .citationsPerYear, size: size, theme: theme, currentYear: currentYear, dpi: 150)
      let chart = try charts.frame(specification, profile: citedProfile(history(2012...2026)))
      let labels = texts(chart)
      for expected in ["Citations per year", "Citations", "Year", "400", "0", "2012"] {
        #expect(labels.contains(expected), "\(family), \(size): no '\(expected)'")
      }
      #expect(labels.contains { $0.hasPrefix("Source: OpenAlex") }, "\(family), \(size)")
      #expect(labels.contains { $0.contains("incomplete") }, "\(family), \(size)")
    }
  }
}
