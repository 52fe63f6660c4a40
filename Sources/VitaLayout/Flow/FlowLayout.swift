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
  /// `.body` at the text area; header and footer in groups of role `.running`.
  ///
  /// - Complexity: O(*n*) in the pieces, plus the cost of setting each paragraph.
  public func pages(_ document: Document) -> [Frame] {
    let page = document.page
    let measure = Measure(
      paragraphs: paragraphs, width: page.textWidth, pageHeight: page.textHeight,
      figures: figures)
    let pieces = measure.pieces(of: document.blocks)
    let distributed = Distribute.pages(pieces, height: page.textHeight)
    let count = max(distributed.count, 1)
    return (0..<count).map { index in
      var frame = Frame(size: Size(width: page.width, height: page.height))
      var body = Frame(size: Size(width: page.textWidth, height: page.textHeight))
      for placed in index < distributed.count ? distributed[index] : [] {
        if let content = placed.piece.frame { body.merge(content, at: Point(x: 0, y: placed.y)) }
      }
      frame.add(
        .group(FrameGroup(frame: body, role: .body)),
        at: Point(x: page.marginLeft, y: page.marginTop))
      if let footer = document.footer {
        let band = running(
          footer, page: index + 1, of: count, width: page.textWidth, height: page.marginBottom)
        frame.add(
          .group(FrameGroup(frame: band, role: .running)),
          at: Point(x: page.marginLeft, y: page.height - page.marginBottom))
      }
      if let header = document.header {
        let band = running(
          header, page: index + 1, of: count, width: page.textWidth, height: page.marginTop)
        frame.add(
          .group(FrameGroup(frame: band, role: .running)), at: Point(x: page.marginLeft, y: 0))
      }
      return frame
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
