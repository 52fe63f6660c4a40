/// A shaped paragraph measured for line breaking: widths by byte offset and the segments
/// between break opportunities.
struct PreparedParagraph {
  /// A stretch of text between two break opportunities.
  struct Segment {
    /// The first byte.
    var start: Int
    /// The byte after the last one that is not a trailing space.
    var contentEnd: Int
    /// The byte after the trailing spaces.
    var end: Int
  }

  /// The shaped text.
  let shaped: ShapedText
  /// `widthBefore[i]`: the advance of every cluster that starts before byte `i`.
  let widthBefore: [Double]
  /// `spaceWidthBefore[i]`: the advance of the stretchable spaces before byte `i`.
  let spaceWidthBefore: [Double]
  /// `spacesBefore[i]`: how many stretchable spaces start before byte `i`.
  let spacesBefore: [Int32]
  /// Whether a glyph cluster starts at each byte: the places a word may be cut.
  let clusterStarts: [Bool]
  /// The segments, covering the text in order.
  var segments: [Segment]

  /// Measures a shaped paragraph and cuts it at its break opportunities.
  ///
  /// - Complexity: O(*n*) in bytes and glyphs.
  init(_ shaped: ShapedText) {
    self.shaped = shaped
    let bytes = shaped.source.bytes
    let count = bytes.count
    var advances = [Double](repeating: 0, count: count + 1)
    var starts = [Bool](repeating: false, count: count + 1)
    for run in shaped.runs {
      let tracking = shaped.source.spans[run.spanIndex].style.tracking
      var lastCluster = -1
      for glyph in run.glyphs where glyph.cluster >= 0 && glyph.cluster < count {
        advances[glyph.cluster] += glyph.advance
        if glyph.cluster != lastCluster {
          advances[glyph.cluster] += tracking
          starts[glyph.cluster] = true
          lastCluster = glyph.cluster
        }
      }
    }
    starts[count] = true

    var widthBefore = [Double](repeating: 0, count: count + 1)
    var spaceWidthBefore = [Double](repeating: 0, count: count + 1)
    var spacesBefore = [Int32](repeating: 0, count: count + 1)
    for index in 0..<count {
      let isSpace = bytes[index] == 0x20
      widthBefore[index + 1] = widthBefore[index] + advances[index]
      spaceWidthBefore[index + 1] = spaceWidthBefore[index] + (isSpace ? advances[index] : 0)
      spacesBefore[index + 1] = spacesBefore[index] + (isSpace ? 1 : 0)
    }
    self.widthBefore = widthBefore
    self.spaceWidthBefore = spaceWidthBefore
    self.spacesBefore = spacesBefore
    self.clusterStarts = starts
    self.segments = PreparedParagraph.cut(bytes, at: BreakOpportunities.find(in: bytes))
  }

  /// The natural width of a byte range.
  func width(_ range: Range<Int>) -> Double {
    widthBefore[range.upperBound] - widthBefore[range.lowerBound]
  }

  /// Segments between consecutive opportunities, with their trailing spaces set apart.
  private static func cut(_ bytes: [UInt8], at opportunities: [Int]) -> [Segment] {
    var segments: [Segment] = []
    segments.reserveCapacity(opportunities.count + 1)
    var start = 0
    for end in opportunities + [bytes.count] where end > start {
      var contentEnd = end
      while contentEnd > start, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 {
        contentEnd -= 1
      }
      segments.append(Segment(start: start, contentEnd: contentEnd, end: end))
      start = end
    }
    return segments
  }

  /// Splits every segment wider than `width` into pieces that fit, so that a long address
  /// or token breaks inside the margin. A cut goes after `/`, `.`, `-`, `_`, `?`, `&`, `=`
  /// or `#` when one falls in the last two-thirds of the line, else between any two
  /// clusters; no hyphen is added.
  ///
  /// - Complexity: O(*n*) in the bytes of the long segments.
  mutating func splitOverlongSegments(width: Double) {
    guard segments.contains(where: { self.width($0.start..<$0.contentEnd) > width }) else {
      return
    }
    let bytes = shaped.source.bytes
    var result: [Segment] = []
    for segment in segments {
      guard self.width(segment.start..<segment.contentEnd) > width else {
        result.append(segment)
        continue
      }
      var start = segment.start
      var lastBoundary = start
      var preferredCut: Int? = nil
      for index in (segment.start + 1)...segment.contentEnd where clusterStarts[index] {
        if self.width(start..<index) > width, lastBoundary > start {
          var cut = lastBoundary
          if let preferred = preferredCut, self.width(start..<preferred) >= width / 3 {
            cut = preferred
          }
          result.append(Segment(start: start, contentEnd: cut, end: cut))
          start = cut
          preferredCut = nil
        }
        if index < segment.contentEnd, "/.-_?&=#".utf8.contains(bytes[index - 1]) {
          preferredCut = index
        }
        lastBoundary = index
      }
      result.append(Segment(start: start, contentEnd: segment.contentEnd, end: segment.end))
    }
    segments = result
  }
}
