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
