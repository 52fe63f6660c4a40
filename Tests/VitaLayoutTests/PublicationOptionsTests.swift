import Testing
import VitaModel

@testable import VitaLayout

/// The publication options, checked on the document that composing produces.
@Suite struct PublicationOptionsTests {
  /// Four papers: two in 2023, one in 2021, one in 2024; with citations and kinds.
  var profile: Profile {
    func paper(_ title: String, _ year: Int, citations: Int, kind: Paper.Kind) -> Paper {
      var paper = Paper(
        title: title, authors: ["A. Author", "B. Author", "S. Owner"],
        date: PaperDate(year: year, month: 3),
        categories: [Category(code: "LG", name: "Machine Learning")])
      paper.citations = citations
      paper.citationsPerYear = [year: citations / 2, year + 1: citations - citations / 2]
      paper.kind = kind
      return paper
    }
    return Profile(
      name: "Sam Owner",
      papers: [
        paper("Alpha", 2023, citations: 10, kind: .article),
        paper("Beta", 2021, citations: 40, kind: .preprint),
        paper("Gamma", 2024, citations: 4, kind: .article),
        paper("Delta", 2023, citations: 20, kind: .conference),
      ])
  }

  func theme(_ change: (inout PublicationOptions) -> Void) -> Theme {
    var theme = Theme()
    theme.sections = [.publications]
    change(&theme.publications)
    return theme
  }

  /// The text of every paragraph and heading of a document, in order.
  func texts(_ theme: Theme, profile: Profile? = nil) -> [String] {
    Compose(profile: profile ?? self.profile, theme: theme).document().blocks.flatMap(texts)
  }

  func texts(_ block: Block) -> [String] {
    switch block {
    case .paragraph(let text, _), .heading(let text, _, _):
      [String(decoding: text.bytes, as: UTF8.self)]
    case .keepTogether(let blocks): blocks.flatMap(texts)
    case .labelled(let labelled):
      // The label reads as it looks: before the entry's first line.
      labelled.blocks.flatMap(texts).enumerated().map { index, text in
        index == 0 ? String(decoding: labelled.label.bytes, as: UTF8.self) + " " + text : text
      }
    default: []
    }
  }

  /// The titles in the order they are listed (with their numbers, when numbered).
  func titles(_ theme: Theme) -> [String] {
    texts(theme).filter { text in
      ["Alpha", "Beta", "Gamma", "Delta"].contains { text.hasSuffix($0) }
    }
  }

  @Test func sortingByDateCitationsOrAsGiven() {
    #expect(titles(theme { $0.sort = .date }) == ["Gamma", "Alpha", "Delta", "Beta"])
    #expect(titles(theme { $0.sort = .citations }) == ["Beta", "Delta", "Alpha", "Gamma"])
    #expect(titles(theme { $0.sort = .given }) == ["Alpha", "Beta", "Gamma", "Delta"])
  }

  @Test func groupHeadingsCarryTheirCounts() {
    let byYear = texts(theme { $0.grouping = .year })
    #expect(
      byYear.filter { $0.hasSuffix(")") } == [
        "Publications (4)", "2024 (1)", "2023 (2)", "2021 (1)",
      ])
    let byType = texts(theme { $0.grouping = .type })
    #expect(
      byType.filter { $0.hasSuffix(")") }
        == ["Publications (4)", "Journal articles (2)", "Conference papers (1)", "Preprints (1)"])
    let byCategory = texts(theme { $0.grouping = .category })
    #expect(
      byCategory.filter { $0.hasSuffix(")") } == ["Publications (4)", "Machine Learning (4)"])
  }

  @Test func numberingRunsUpOrDownTheList() {
    #expect(
      titles(theme { $0.numbering = .ascending })
        == ["[1] Gamma", "[2] Alpha", "[3] Delta", "[4] Beta"])
    // Newest first, counting down: the newest paper has the highest number.
    #expect(
      titles(theme { $0.numbering = .descending })
        == ["[4] Gamma", "[3] Alpha", "[2] Delta", "[1] Beta"])
    // Numbers run on across groups.
    #expect(
      titles(
        theme {
          $0.numbering = .ascending; $0.grouping = .year
        })
        == ["[1] Gamma", "[2] Alpha", "[3] Delta", "[4] Beta"])
  }

  @Test func theOwnerStaysVisibleUnderTheAuthorLimit() {
    typealias C = Compose
    // The owner among the first names: a plain cut.
    #expect(C.visibleAuthors(count: 6, owner: 1, limit: 3, truncated: false) == ([0, 1, 2], .etAl))
    // The owner beyond the limit is brought forward after a gap.
    let late = C.visibleAuthors(count: 10, owner: 6, limit: 3, truncated: false)
    #expect(late.indices == [0, 1, nil, 6] && late.ending == .gapEtAl)
    // The owner last: nothing follows.
    let last = C.visibleAuthors(count: 10, owner: 9, limit: 2, truncated: false)
    #expect(last.indices == [0, nil, 9] && last.ending == .none)
    // Within the limit, the list is whole, with "et al." only when the source cut it.
    #expect(C.visibleAuthors(count: 3, owner: 2, limit: 5, truncated: true) == ([0, 1, 2], .etAl))
    #expect(
      C.visibleAuthors(count: 3, owner: nil, limit: nil, truncated: false) == ([0, 1, 2], .none))

    var profile = self.profile
    profile.papers = [
      Paper(
        title: "Many", authors: ["A. One", "B. Two", "C. Three", "S. Owner", "E. Five"],
        date: PaperDate(year: 2020))
    ]
    let lines = texts(theme { $0.authorLimit = 2 }, profile: profile)
    #expect(lines.contains("A. One, …, S. Owner, … et al."))
  }

  @Test func theOwnerIsBoldUnderlinedOrPlain() throws {
    func ownerStyle(_ highlight: PublicationOptions.Highlight) throws -> TextStyle {
      let compose = Compose(profile: profile, theme: theme { $0.highlight = highlight })
      let line = compose.authorLine(profile.papers[0])
      let start = try #require(String(decoding: line.bytes, as: UTF8.self).utf8.count) - 8
      return try #require(line.spans.first { $0.range.contains(start) }).style
    }
    #expect(try ownerStyle(.bold).font.bold && !ownerStyle(.bold).underline)
    #expect(try ownerStyle(.underline).underline && !ownerStyle(.underline).font.bold)
    #expect(try !ownerStyle(.none).underline && !ownerStyle(.none).font.bold)
  }

  @Test func citationsAndLinksShowWhenAsked() {
    var profile = self.profile
    profile.papers = [profile.papers[0]]
    profile.papers[0].doi = "10.1000/xyz"
    profile.papers[0].arXiv = "2401.00001"
    let shown = texts(theme { _ in }, profile: profile)
    #expect(shown.contains("Mar 2023 · Machine Learning · 10 citations · DOI · arXiv"))
    let hidden = texts(
      theme {
        $0.showsCitations = false; $0.showsLinks = false
      }, profile: profile)
    #expect(hidden.contains("Mar 2023 · Machine Learning"))
  }

  @Test func aDateWindowFiltersAndRecounts() {
    var theme = theme { _ in }
    theme.sections = [.metrics, .publications]
    theme.window = DateWindow(since: 2022, until: 2023)
    let shown = texts(theme)
    #expect(shown.contains("Publications 2022–2023 (2)"))
    #expect(!shown.contains("Beta") && !shown.contains("Gamma"))
    let windowed = profile.windowed(theme.window)
    #expect(
      windowed.metrics.map(\.label) == [
        "papers 2022–2023", "citations 2022–2023", "h-index 2022–2023", "i10-index 2022–2023",
      ])
    // Alpha: 5 in 2023 (of 10 over 2023–2024); Delta: 10 in 2023; Beta's are outside.
    #expect(windowed.metrics.map(\.value) == [2, 15, 2, 1])
  }

  @Test func clippedAbstractsEndInAnEllipsis() {
    let layout = ParagraphLayout(shaper: FakeShaper())
    // Forty words of four letters: 22.5 points a word, eight words to a 200-point line.
    let text = StyledText(
      (0..<40).map { _ in "word" }.joined(separator: " "), style: .plain)
    let whole = layout.lines(
      of: text, width: 200, style: ParagraphStyle(alignment: .justified, leading: 12))
    #expect(whole.count == 5)
    let clipped = layout.lines(
      of: text, width: 200, style: ParagraphStyle(alignment: .justified, leading: 12, maxLines: 2))
    #expect(clipped.count == 2)
    let last = clipped[1].plainText(separator: "")
    #expect(last.hasSuffix("…"))
    #expect(clipped[1].textRuns().allSatisfy { $0.position.x + $0.run.width <= 200.001 })
    // A paragraph that fits is not touched.
    let short = layout.lines(
      of: StyledText("word word", style: .plain), width: 200,
      style: ParagraphStyle(alignment: .left, leading: 12, maxLines: 1))
    #expect(short.count == 1 && !short[0].plainText().contains("…"))
  }

  @Test func aClippedLineEndsBetweenWordsNotAfterAHyphen() {
    let layout = ParagraphLayout(shaper: FakeShaper())
    // "aaaa bbbb-" and the ellipsis fit 65 points; "cccccccccc" does not.
    let text = StyledText("aaaa bbbb-cccccccccc dddd eeee ffff", style: .plain)
    let clipped = layout.lines(
      of: text, width: 65, style: ParagraphStyle(alignment: .justified, leading: 12, maxLines: 1))
    #expect(clipped.map { $0.plainText(separator: "") } == ["aaaa…"])
  }

  @Test func oneLineEntriesHoldTitleAuthorsAndFacts() {
    let lines = texts(
      theme {
        $0.entryStyle = .line; $0.numbering = .descending
      })
    #expect(
      lines.contains(
        "[4] Gamma. A. Author, B. Author, S. Owner. Mar 2024 · Machine Learning · 4 citations"))
  }
}
