import VitaModel

/// Lays a document out into pages: measures its blocks, distributes them over pages, then
/// adds the running header and footer once the page count is known.
public struct FlowLayout: Sendable {
  /// Sets paragraphs into lines.
  public let paragraphs: ParagraphLayout
  /// Draws the charts of figure blocks; without one, figure blocks are left out.
  public let figures: (any FigureProvider)?

  /// Creates a flow layout on a text engine, with a provider for figure blocks.
  public init(shaper: any TextShaper, figures: (any FigureProvider)? = nil) {
    paragraphs = ParagraphLayout(shaper: shaper)
    self.figures = figures
  }

  /// The pages, each a frame the size of the page. The body sits in a group of role
  /// `.body` at the text area (its main column, when there is a sidebar); a sidebar in a
  /// group of role `.sidebar`; header and footer in groups of role `.running`.
  ///
  /// - Complexity: O(*n*) in the pieces, plus the cost of setting each paragraph.
  public func pages(_ document: Document) -> [Frame] {
    let page = document.page
    let main = document.sidebar?.mainColumn(in: page.textWidth) ?? (x: 0, width: page.textWidth)
    let body = Column(
      flow: distribute(document.blocks, width: main.width, height: page.textHeight),
      x: main.x, width: main.width, role: .body)
    let sidebar = document.sidebar.map { sidebar in
      let place = sidebar.column(in: page.textWidth)
      return Column(
        flow: distribute(sidebar.blocks, width: place.width, height: page.textHeight),
        x: place.x, width: place.width, role: .sidebar)
    }
    let count = max(body.flow.count, sidebar?.flow.count ?? 0, 1)
    return (0..<count).map { index in
      var frame = Frame(size: Size(width: page.width, height: page.height))
      if let sidebar = document.sidebar, let background = background(of: sidebar, on: page) {
        frame.add(background.item, at: background.position)
      }
      for column in [body] + (sidebar.map { [$0] } ?? []) {
        frame.add(
          .group(
            FrameGroup(frame: column.frame(page: index, height: page.textHeight), role: column.role)
          ),
          at: Point(x: page.marginLeft + column.x, y: page.marginTop))
      }
      addRunning(document, to: &frame, page: index + 1, of: count, column: main)
      return frame
    }
  }

  /// One column's pages: its blocks measured at its width and distributed down pages.
  private func distribute(_ blocks: [Block], width: Double, height: Double) -> [[Distribute.Placed]]
  {
    let measure = Measure(
      paragraphs: paragraphs, width: width, pageHeight: height, figures: figures)
    return Distribute.pages(measure.pieces(of: blocks), height: height)
  }

  /// The sidebar's background: from the page's edge on its side to the middle of the gap,
  /// the full height of the page.
  private func background(of sidebar: SidebarFlow, on page: PageSetup) -> PositionedItem? {
    guard let color = sidebar.background else { return nil }
    let width =
      (sidebar.side == .left ? page.marginLeft : page.marginRight) + sidebar.width
      + sidebar.gap / 2
    let x = sidebar.side == .left ? 0 : page.width - width
    return PositionedItem(
      position: Point(x: x, y: 0),
      item: .rectangle(
        FilledRectangle(size: Size(width: width, height: page.height), color: color)))
  }

  /// The header and footer bands of a page, across the main column.
  private func addRunning(
    _ document: Document, to frame: inout Frame, page: Int, of count: Int,
    column: (x: Double, width: Double)
  ) {
    let setup = document.page
    let x = setup.marginLeft + column.x
    if let footer = document.footer {
      let band = running(
        footer, page: page, of: count, width: column.width, height: setup.marginBottom)
      frame.add(
        .group(FrameGroup(frame: band, role: .running)),
        at: Point(x: x, y: setup.height - setup.marginBottom))
    }
    if let header = document.header {
      let band = running(
        header, page: page, of: count, width: column.width, height: setup.marginTop)
      frame.add(.group(FrameGroup(frame: band, role: .running)), at: Point(x: x, y: 0))
    }
  }

  /// A header or footer band across the text width, its lines centred in the band.
  private func running(
    _ text: RunningText, page: Int, of pages: Int, width: Double, height: Double
  ) -> Frame {
    let filled = text.template.replacing("{page}", with: String(page))
      .replacing("{pages}", with: String(pages))
    var band = Frame(size: Size(width: width, height: height))
    let lines = paragraphs.lines(
      of: StyledText(filled, style: text.style), width: width,
      style: ParagraphStyle(alignment: .center, leading: text.leading))
    var y = max(0, (height - Double(lines.count) * text.leading) / 2)
    for line in lines {
      band.merge(line, at: Point(x: 0, y: y))
      y += text.leading
    }
    return band
  }
}
