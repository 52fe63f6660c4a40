import Testing
import VitaModel

@testable import VitaLayout

/// Pagination rules, checked from the frames that flow layout returns.
@Suite struct FlowTests {
  let flow = FlowLayout(shaper: FakeShaper())

  /// A page whose text area is 200 × 120 points: ten lines of 12 points.
  var page: PageSetup {
    var page = PageSetup()
    page.width = 240
    page.height = 180
    page.marginLeft = 20
    page.marginRight = 20
    page.marginTop = 20
    page.marginBottom = 40
    return page
  }

  func paragraph(lines count: Int, tag: String = "p") -> Block {
    // 40 characters of 5 points fill one 200-point line exactly.
    let line = String(repeating: "x", count: 39)
    let text = (0..<count).map { _ in "\(tag)\(line.dropFirst(tag.count))" }
      .joined(separator: " ")
    return .paragraph(
      StyledText(text, style: .plain), ParagraphStyle(alignment: .left, leading: 12))
  }

  func heading(_ title: String) -> Block {
    .heading(
      StyledText(title, style: .plain), ParagraphStyle(alignment: .left, leading: 12),
      outline: title)
  }

  func pages(_ blocks: [Block]) -> [Frame] {
    let footer = RunningText(template: "Name · page {page} of {pages}", style: .plain, leading: 10)
    return flow.pages(
      Document(
        page: page, blocks: blocks,
        metadata: DocumentMetadata(title: "", author: "", subject: "", keywords: []),
        footer: footer))
  }

  /// The body frame of a page and its position.
  func body(_ page: Frame) -> (Point, Frame) {
    for entry in page.items {
      if case .group(let group) = entry.item, group.role == .body {
        return (entry.position, group.frame)
      }
    }
    Issue.record("no body")
    return (.zero, Frame(size: .zero))
  }

  func bodyLines(_ page: Frame) -> [String] {
    body(page).1.textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }
  }

  @Test func aLabelSitsInItsGutterBesideTheFirstLine() {
    // "[10]" is 20 points wide; with a 5-point gap the entries start at x = 25, and the
    // narrower "[9]" is set flush right against the same gutter. Seven words of 20 points
    // fill a line of the 175 points left.
    func entry(_ number: Int, lines: Int) -> Block {
      let words = Array(repeating: "word", count: 7 * lines).joined(separator: " ")
      return .labelled(
        Labelled(
          label: StyledText("[\(number)]", style: .plain),
          widest: StyledText("[10]", style: .plain), leading: 12, gap: 5,
          blocks: [
            .paragraph(
              StyledText(words, style: .plain), ParagraphStyle(alignment: .left, leading: 12))
          ]))
    }
    let (_, frame) = body(pages([entry(10, lines: 2), entry(9, lines: 1)])[0])
    let runs = frame.textRuns().map { (String(decoding: $0.run.text, as: UTF8.self), $0) }
    let labels = runs.filter { $0.0.hasPrefix("[") }
    #expect(labels.map(\.0) == ["[10]", "[9]"])
    for (_, label) in labels { #expect(abs(label.position.x + label.run.width - 20) < 0.001) }
    let text = runs.filter { !$0.0.hasPrefix("[") }
    #expect(text.count == 3)
    #expect(text.allSatisfy { abs($0.1.position.x - 25) < 0.001 })
    #expect(text.allSatisfy { $0.1.position.x + $0.1.run.width <= 200.001 })
    // Each label shares the baseline of the line it numbers.
    #expect(labels[0].1.position.y == text[0].1.position.y)
    #expect(labels[1].1.position.y == text[2].1.position.y)
  }

  @Test func aParagraphSplitsWithTwoLinesOnEachSide() {
    // Nine lines fill most of the first page; a five-line paragraph cannot leave one line
    // behind or carry one alone, so three stay and two move.
    let result = pages([paragraph(lines: 9, tag: "a"), paragraph(lines: 5, tag: "b")])
    #expect(result.count == 2)
    let first = bodyLines(result[0]).filter { $0.hasPrefix("b") }.count
    let second = bodyLines(result[1]).filter { $0.hasPrefix("b") }.count
    #expect(first == 0 || first >= 2)
    #expect(second >= 2)
    #expect(first + second == 5)
  }

  @Test func aThreeLineParagraphNeverSplits() {
    let result = pages([paragraph(lines: 8, tag: "a"), paragraph(lines: 3, tag: "b")])
    #expect(bodyLines(result[0]).filter { $0.hasPrefix("b") }.isEmpty)
    #expect(bodyLines(result[1]).filter { $0.hasPrefix("b") }.count == 3)
  }

  @Test func aHeadingNeverEndsAPage() {
    let result = pages([
      paragraph(lines: 9, tag: "a"), heading("Section"), paragraph(lines: 4, tag: "b"),
    ])
    #expect(!bodyLines(result[0]).contains("Section"))
    #expect(bodyLines(result[1]).first == "Section")
  }

  @Test func anEntryStaysOnOnePage() {
    let entry = Block.keepTogether([paragraph(lines: 4, tag: "e")])
    let result = pages([paragraph(lines: 7, tag: "a"), .spacing(6), entry])
    #expect(bodyLines(result[0]).filter { $0.hasPrefix("e") }.isEmpty)
    #expect(bodyLines(result[1]).filter { $0.hasPrefix("e") }.count == 4)
  }

  @Test func anEntryTallerThanAPageSplits() {
    let entry = Block.keepTogether([paragraph(lines: 14, tag: "e")])
    let result = pages([entry])
    #expect(result.count == 2)
    #expect(bodyLines(result[0]).count == 10)
    #expect(bodyLines(result[1]).count == 4)
  }

  @Test func spaceDisappearsAtTheTopOfAPage() {
    let result = pages([paragraph(lines: 10, tag: "a"), .spacing(30), paragraph(lines: 2)])
    let (_, second) = body(result[1])
    let firstRun = second.textRuns().first!
    #expect(firstRun.position.y < 12)
  }

  @Test func nothingIsDrawnOutsideTheTextArea() {
    let blocks = (0..<12).flatMap { index in
      [heading("H\(index)"), paragraph(lines: index % 5 + 1, tag: "t"), .spacing(8)]
    }
    let result = pages(blocks)
    #expect(result.count > 3)
    for page in result {
      let (origin, frame) = body(page)
      let area = Rect(origin: origin, size: frame.size)
      #expect(area == Rect(x: 20, y: 20, width: 200, height: 120))
      for item in frame.items {
        #expect(area.contains(item.bounds.offsetBy(origin)))
      }
    }
  }

  @Test func everyPageHasItsFooter() {
    let result = pages((0..<5).map { paragraph(lines: 6, tag: "p\($0)") })
    #expect(result.count >= 3)
    for (index, page) in result.enumerated() {
      let footers = page.items.compactMap { entry -> Frame? in
        if case .group(let group) = entry.item, group.role == .running { return group.frame }
        return nil
      }
      #expect(footers.count == 1)
      #expect(footers.first?.plainText() == "Name · page \(index + 1) of \(result.count)")
    }
  }

  @Test func headingsCarryOutlineAnchors() {
    let result = pages([heading("Publications"), paragraph(lines: 2)])
    let anchors = body(result[0]).1.items.compactMap { entry -> OutlineAnchor? in
      if case .anchor(let anchor) = entry.item { return anchor }
      return nil
    }
    #expect(anchors == [OutlineAnchor(title: "Publications", level: 1)])
  }
}
