import Testing
import VitaModel

@testable import VitaLayout

/// A sidebar beside the main column: two flows that paginate on their own.
@Suite struct ColumnsTests {
  let flow = FlowLayout(shaper: FakeShaper())

  /// A 300-point text area, ten 12-point lines tall: a 100-point sidebar on the left, a
  /// 20-point gap, a 180-point main column.
  func pages(main: Int, side: Int) -> [Frame] {
    var page = PageSetup()
    (page.width, page.height) = (340, 180)
    (page.marginLeft, page.marginRight, page.marginTop, page.marginBottom) = (20, 20, 20, 40)
    func lines(_ count: Int, _ tag: String) -> [Block] {
      (0..<count).map { index in
        .paragraph(
          StyledText("\(tag)\(index)", style: .plain),
          ParagraphStyle(alignment: .left, leading: 12))
      }
    }
    var document = Document(
      page: page, blocks: lines(main, "m"),
      metadata: DocumentMetadata(title: "", author: "", subject: "", keywords: []),
      footer: RunningText(template: "{page}/{pages}", style: .plain, leading: 10))
    document.sidebar = SidebarFlow(
      width: 100, gap: 20, side: .left, background: .black, blocks: lines(side, "s"))
    return flow.pages(document)
  }

  func groups(_ page: Frame, _ role: FrameGroup.Role) -> [(Point, Frame)] {
    page.items.compactMap { entry in
      if case .group(let group) = entry.item, group.role == role {
        return (entry.position, group.frame)
      }
      return nil
    }
  }

  @Test func eachColumnSitsInItsPlace() throws {
    let result = pages(main: 3, side: 2)
    #expect(result.count == 1)
    let (bodyOrigin, body) = try #require(groups(result[0], .body).first)
    let (sideOrigin, side) = try #require(groups(result[0], .sidebar).first)
    #expect(
      Rect(origin: bodyOrigin, size: body.size) == Rect(x: 140, y: 20, width: 180, height: 120))
    #expect(
      Rect(origin: sideOrigin, size: side.size) == Rect(x: 20, y: 20, width: 100, height: 120))
    #expect(side.plainText() == "s0 s1")
    #expect(body.plainText() == "m0 m1 m2")
    // The footer runs across the main column only.
    let (footerOrigin, footer) = try #require(groups(result[0], .running).first)
    #expect(footerOrigin.x == 140 && footer.size.width == 180)
  }

  @Test func theLongerColumnSetsThePageCount() {
    let longMain = pages(main: 25, side: 3)
    #expect(longMain.count == 3)
    #expect(groups(longMain[1], .sidebar).first?.1.items.isEmpty == true)
    let longSide = pages(main: 2, side: 15)
    #expect(longSide.count == 2)
    #expect(groups(longSide[1], .sidebar).first?.1.plainText() == "s10 s11 s12 s13 s14")
    #expect(groups(longSide[1], .body).first?.1.items.isEmpty == true)
  }

  @Test func theBackgroundRunsFromThePageEdgeToTheMiddleOfTheGap() {
    let result = pages(main: 1, side: 1)
    let rectangles = result[0].items.compactMap { entry -> Rect? in
      if case .rectangle = entry.item { return entry.bounds }
      return nil
    }
    #expect(rectangles == [Rect(x: 0, y: 0, width: 130, height: 180)])
  }
}
