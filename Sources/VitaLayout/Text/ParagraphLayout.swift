/// How a paragraph is set: alignment and the distance between baselines.
public struct ParagraphStyle: Hashable, Sendable {
  /// How lines sit between the margins.
  public var alignment: TextAlignment
  /// The distance between baselines, in points; every line box is this tall.
  public var leading: Double
  /// The most lines the paragraph may take; when cut, the last line ends in "…".
  /// `nil` for no limit.
  public var maxLines: Int?

  /// Creates a paragraph style.
  public init(alignment: TextAlignment, leading: Double, maxLines: Int? = nil) {
    self.alignment = alignment
    self.leading = leading
    self.maxLines = maxLines
  }
}

/// Sets paragraphs into lines: shapes once, breaks with `Linebreak`, then places glyphs.
public struct ParagraphLayout: Sendable {
  /// The text engine.
  public let shaper: any TextShaper

  /// Creates a paragraph layout on a text engine.
  public init(shaper: any TextShaper) {
    self.shaper = shaper
  }

  /// The lines of a paragraph, each a frame `width` wide and `style.leading` tall, with
  /// its baseline where the font's ascent and descent sit centred in the line box.
  ///
  /// A hard line break (`\n`) ends a line; a token wider than `width` breaks between two
  /// of its clusters, after a `/` or `.` when possible, without an added hyphen.
  ///
  /// - Complexity: O(*n* × *k*) for *n* break opportunities and *k* words a line.
  public func lines(of text: StyledText, width: Double, style: ParagraphStyle) -> [Frame] {
    guard !text.isEmpty else { return [] }
    let shaped = shaper.shape(text)
    var prepared = PreparedParagraph(shaped)
    prepared.splitOverlongSegments(width: width)
    var spans = Linebreak.lines(of: prepared, width: width, alignment: style.alignment)
    let (ascent, descent) = verticalMetrics(shaped)
    let baseline = ((style.leading - ascent - descent) / 2 + ascent).rounded(toPlaces: 3)
    var clippedLine: Frame? = nil
    if let limit = style.maxLines.map({ max(1, $0) }), spans.count > limit {
      clippedLine = ellipsisLine(prepared, from: spans[limit - 1].start, width: width, style: style)
      spans.removeLast(spans.count - limit + 1)
    }
    return spans.map { span in
      place(span, of: prepared, width: width, style: style, baseline: baseline)
    } + (clippedLine.map { [$0] } ?? [])
  }

  /// The last line of a clipped paragraph: as many whole words from `start` as fit before
  /// an ellipsis, set flush left.
  private func ellipsisLine(
    _ paragraph: PreparedParagraph, from start: Int, width: Double, style: ParagraphStyle
  ) -> Frame {
    let source = paragraph.shaped.source
    let lastStyle =
      source.spans.last { $0.range.lowerBound <= start }?.style ?? source.spans[0].style
    let ellipsis = StyledText("…", style: lastStyle)
    let ellipsisWidth = shaper.shape(ellipsis).runs.flatMap(\.glyphs).reduce(0) {
      $0 + $1.advance
    }

    // Words are added while they and the ellipsis still fit; at least one always goes in.
    // The cut falls between words: "use-…" after a hyphen would read as a broken word.
    var end = start
    for segment in paragraph.segments where segment.start >= start {
      let candidate = segment.contentEnd
      if candidate > start, paragraph.width(start..<candidate) + ellipsisWidth > width,
        end > start
      {
        break
      }
      let endsInsideWord = candidate < source.bytes.count && source.bytes[candidate] != 0x20
      if !endsInsideWord || end == start { end = candidate }
    }
    var line = source.slice(start..<end)
    line.append(ellipsis)
    let single = ParagraphStyle(alignment: .left, leading: style.leading)
    var lines = lines(of: line, width: width, style: single)
    // A lone word wider than the line still shows: its first line, ellipsis or not.
    return lines.isEmpty
      ? Frame(size: Size(width: width, height: style.leading)) : lines.removeFirst()
  }

  /// The ascent and descent of the paragraph's first font, which set its baseline grid.
  private func verticalMetrics(_ shaped: ShapedText) -> (Double, Double) {
    guard let font = shaped.runs.first?.font else { return (0, 0) }
    return (font.ascent, font.descent)
  }

  /// One line's frame: a text run per glyph run it touches, and a link area per link.
  private func place(
    _ span: LineSpan, of paragraph: PreparedParagraph, width: Double, style: ParagraphStyle,
    baseline: Double
  ) -> Frame {
    let source = paragraph.shaped.source
    let lineWidth =
      paragraph.width(span.start..<span.end)
      + Double(paragraph.spacesBefore[span.end] - paragraph.spacesBefore[span.start])
      * span.extraPerSpace
    var pen: Double
    switch style.alignment {
    case .left, .justified: pen = 0
    case .center: pen = max(0, (width - lineWidth) / 2)
    case .right: pen = max(0, width - lineWidth)
    }

    var frame = Frame(size: Size(width: width, height: style.leading))
    for run in paragraph.shaped.runs
    where run.range.upperBound > span.start && run.range.lowerBound < span.end {
      let spanStyle = source.spans[run.spanIndex]
      let start = pen
      let textRun = makeRun(
        run, in: span, source: source.bytes, style: spanStyle.style, pen: &pen)
      guard let textRun else { continue }
      frame.add(.text(textRun), at: Point(x: start, y: baseline))
      if let url = spanStyle.link {
        let area = LinkArea(size: Size(width: pen - start, height: style.leading), url: url)
        frame.add(.link(area), at: Point(x: start, y: 0))
      }
    }
    return frame
  }

  /// The part of a glyph run inside a line, positioned from `pen`, which it advances.
  private func makeRun(
    _ run: GlyphRun, in span: LineSpan, source: [UInt8], style: TextStyle, pen: inout Double
  ) -> TextRun? {
    let lower = max(run.range.lowerBound, span.start)
    let upper = min(run.range.upperBound, span.end)
    guard lower < upper else { return nil }
    let origin = pen
    let slice = run.glyphs[run.glyphIndices(from: lower, to: upper)]
    var glyphs: [PositionedGlyph] = []
    glyphs.reserveCapacity(slice.count)
    var clusters: [TextCluster] = []
    var clusterStart = -1
    var inOrder = true
    for glyph in slice where glyph.cluster >= lower && glyph.cluster < upper {
      var advance = glyph.advance
      if glyph.cluster != clusterStart {
        if glyph.cluster < clusterStart { inOrder = false }
        advance += style.tracking
        if source[glyph.cluster] == 0x20 { advance += span.extraPerSpace }
        // The cluster before this one ends where this one starts.
        if !clusters.isEmpty {
          clusters[clusters.count - 1].byteCount = Int32(glyph.cluster - clusterStart)
        }
        clusters.append(TextCluster(byteCount: 0, glyphCount: 0))
        clusterStart = glyph.cluster
      }
      if glyph.id != ShapedGlyph.invisible {
        glyphs.append(
          PositionedGlyph(id: glyph.id, x: pen - origin + glyph.xOffset, y: glyph.yOffset))
        clusters[clusters.count - 1].glyphCount += 1
      }
      pen += advance
    }
    guard !glyphs.isEmpty else { return nil }
    if inOrder {
      clusters[clusters.count - 1].byteCount = Int32(upper - clusterStart)
      // Bytes before the first glyph (none in practice) belong to the first cluster.
      if let first = slice.first(where: { $0.cluster >= lower }), first.cluster > lower {
        clusters[0].byteCount += Int32(first.cluster - lower)
      }
    } else {
      clusters = []
    }
    return TextRun(
      font: run.font, color: style.color, glyphs: glyphs,
      text: inOrder ? Array(source[lower..<upper]) : [], clusters: clusters,
      width: pen - origin, ascent: run.font.ascent, descent: run.font.descent,
      underline: style.underline)
  }
}

extension Double {
  /// The value rounded to a number of decimal places, for positions that must not drift.
  func rounded(toPlaces places: Int) -> Double {
    let scale = places == 3 ? 1000.0 : (0..<places).reduce(1.0) { value, _ in value * 10 }
    return (self * scale).rounded() / scale
  }
}

extension GlyphRun {
  /// The indices of the glyphs whose clusters may lie in `lower..<upper`: found by binary
  /// search when the run is in logical order (left to right), else every index, so that a
  /// paragraph's lines cost time in proportion to their own glyphs.
  func glyphIndices(from lower: Int, to upper: Int) -> Range<Int> {
    guard let first = glyphs.first, let last = glyphs.last, first.cluster <= last.cluster else {
      return glyphs.indices
    }
    func firstIndex(atLeast cluster: Int) -> Int {
      var low = 0
      var high = glyphs.count
      while low < high {
        let middle = (low + high) / 2
        if glyphs[middle].cluster < cluster { low = middle + 1 } else { high = middle }
      }
      return low
    }
    return firstIndex(atLeast: lower)..<firstIndex(atLeast: upper)
  }
}
