import Testing
import VitaLayout
import VitaModel

@testable import VitaCharts

/// Every chart on every profile: no two labels overlap, and nothing leaves the chart.
@Suite struct GeometryTests {
  /// The profiles the geometry is checked on: ordinary and hard data.
  static let profiles: [(String, Profile)] = {
    var profiles: [(String, Profile)] = [
      ("canonical", canonicalProfile()),
      ("cited", citedProfile(history(2012...2026))),
      ("single year", citedProfile([2024: 17])),
      ("all zero", citedProfile(Dictionary(uniqueKeysWithValues: (2015...2024).map { ($0, 0) }))),
      ("outlier", citedProfile([2019: 12, 2020: 340_000, 2021: 40, 2023: 8])),
      ("sixty years", citedProfile(history(1966...2025, scale: 900))),
      ("future", citedProfile(history(2018...2031))),
    ]
    var sixty = canonicalProfile()
    sixty.papers = (0..<240).map { index in
      var paper = Paper(
        title: "P\(index)", authors: ["Shantanu Thakoor", "Coauthor Number\(index % 17)"],
        date: PaperDate(year: 1966 + index % 60),
        categories: [Category(code: "C\(index % 11)", name: "Category \(index % 11)")])
      paper.citations = (index * 7919) % 1000
      return paper
    }
    profiles.append(("sixty years of papers", sixty))
    var heavy = canonicalProfile()
    heavy.papers[0].citations = 480_000
    heavy.papers[1].date = PaperDate(year: 2031)
    profiles.append(("huge paper, future paper", heavy))
    var single = Profile(name: "Ada Lovelace")
    var paper = Paper(
      title: "Only", authors: ["Ada Lovelace", "Alan Turing"], date: PaperDate(year: 2024),
      categories: [Category(code: "LG", name: "Machine Learning")])
    paper.citations = 17
    paper.citationsPerYear = [2024: 17]
    single.papers = [paper]
    profiles.append(("one paper", single))
    var unnamed = canonicalProfile()
    unnamed.name = ""
    unnamed.papers = unnamed.papers.enumerated().map { index, paper in
      var paper = paper
      paper.authors.insert("H Wang", at: 0)
      paper.categories = [Category(code: "C\(index % 7)", name: "A long field name \(index % 7)")]
      return paper
    }
    profiles.append(("unnamed owner, seven categories", unnamed))
    return profiles
  }()

  static let sizes = [
    ChartSpecification.defaultSize, Size(width: 220, height: 168), Size(width: 120, height: 90),
    Size(width: 900, height: 300),
  ]

  @Test(arguments: ChartKind.allCases)
  func labelsNeitherOverlapNorLeaveTheChart(_ kind: ChartKind) throws {
    for (name, profile) in Self.profiles
    where ChartLayout.missingData(for: kind, in: profile) == nil {
      for size in Self.sizes {
        for theme in themes {
          let chart = try frame(kind, profile, size: size, theme: theme)
          checkLabels(chart, "\(kind.rawValue), \(name), \(size), \(theme.fonts.meta.family)")
        }
      }
    }
  }

  /// Records every label that overlaps another, and every item that leaves the chart.
  private func checkLabels(_ chart: Frame, _ name: String) {
    let box = Rect(origin: .zero, size: chart.size)
    let labels = textBoxes(chart)
    #expect(!labels.isEmpty)
    for entry in chart.items where !box.contains(entry.bounds, tolerance: 0.01) {
      Issue.record("\(name): \(entry.bounds) leaves the chart")
    }
    for (index, first) in labels.enumerated() {
      for second in labels[(index + 1)...] where first.box.intersects(second.box) {
        Issue.record("\(name): '\(first.text)' overlaps '\(second.text)'")
      }
    }
  }

  /// Bars never cover dark text: only a cut bar's own white value sits on a bar.
  @Test(arguments: ChartKind.allCases)
  func barsLeaveTheTextUncovered(_ kind: ChartKind) throws {
    for (name, profile) in Self.profiles
    where ChartLayout.missingData(for: kind, in: profile) == nil {
      for size in Self.sizes {
        for theme in themes {
          let chart = try frame(kind, profile, size: size, theme: theme)
          checkBars(chart, "\(kind.rawValue), \(name), \(size), \(theme.fonts.meta.family)")
        }
      }
    }
  }

  /// Records every dark text that a bar covers.
  private func checkBars(_ chart: Frame, _ name: String) {
    let white = RGBColor(red: 1, green: 1, blue: 1)
    let bars = chart.items.compactMap { entry -> Rect? in
      guard case .rectangle(let shape) = entry.item, shape.color != white,
        shape.size.width > 1.5, shape.size.height > 1.5
      else { return nil }
      return entry.bounds
    }
    for entry in chart.items {
      guard case .text(let run) = entry.item, run.color != white else { continue }
      // The ink, not the line box: accents and descenders may brush a bar's edge.
      let ink = Rect(
        x: entry.bounds.minX + 0.5, y: entry.bounds.minY + 1,
        width: max(0, entry.bounds.size.width - 1),
        height: max(0, entry.bounds.size.height - 2))
      for bar in bars where bar.intersects(ink) {
        Issue.record("\(name): a bar \(bar) covers '\(String(decoding: run.text, as: UTF8.self))'")
      }
    }
  }
}
