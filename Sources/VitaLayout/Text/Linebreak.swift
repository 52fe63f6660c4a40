/// How the lines of a paragraph sit between its margins.
public enum TextAlignment: String, Hashable, Sendable {
  /// Flush left, ragged right.
  case left
  /// Flush on both sides; the last line flush left.
  case justified
  /// Centred.
  case center
  /// Flush right.
  case right
}

/// A line chosen by the line breaker: which bytes it holds and how its spaces stretch.
struct LineSpan: Hashable {
  /// The first byte.
  var start: Int
  /// The byte after the last one drawn (trailing spaces excluded).
  var end: Int
  /// Points added to each stretchable space when the line is justified.
  var extraPerSpace: Double
}

/// Chooses line breaks for a whole paragraph at once, as TeX does (Knuth and Plass,
/// without hyphenation): among all ways to break at the paragraph's opportunities, the one
/// whose lines are least stretched or squeezed in total.
enum Linebreak {
  /// How far a justified space may grow, as a fraction of its width.
  static let stretchability = 0.6
  /// How far a justified space may shrink, as a fraction of its width.
  static let shrinkability = 0.25

  /// The best lines for a paragraph of the given width.
  ///
  /// - Complexity: O(*n* × *k*), where *n* is the number of segments and *k* the most
  ///   segments that fit on a line.
  static func lines(
    of paragraph: PreparedParagraph, width: Double, alignment: TextAlignment
  ) -> [LineSpan] {
    let segments = paragraph.segments
    guard !segments.isEmpty else { return [] }
    // Titles, facts and names mostly fit on one line: no search needed.
    let whole = segments[0].start..<segments[segments.count - 1].contentEnd
    if paragraph.width(whole) <= width {
      return [LineSpan(start: whole.lowerBound, end: whole.upperBound, extraPerSpace: 0)]
    }
    let count = segments.count
    var best = [Double](repeating: .infinity, count: count + 1)
    var previous = [Int](repeating: 0, count: count + 1)
    best[0] = 0

    for end in 1...count {
      var start = end - 1
      while start >= 0 {
        let cost = demerits(
          paragraph, from: start, to: end, width: width, alignment: alignment,
          isLast: end == count)
        guard let cost else { break }
        if best[start] + cost < best[end] {
          best[end] = best[start] + cost
          previous[end] = start
        }
        start -= 1
      }
    }
    return backtrack(paragraph, previous: previous, width: width, alignment: alignment)
  }

  /// The cost of a line from segment `start` up to segment `end` (exclusive), or `nil` when
  /// the line is too wide and adding segments before `start` can only make it wider.
  private static func demerits(
    _ paragraph: PreparedParagraph, from start: Int, to end: Int, width: Double,
    alignment: TextAlignment, isLast: Bool
  ) -> Double? {
    let range = paragraph.segments[start].start..<paragraph.segments[end - 1].contentEnd
    let natural = paragraph.width(range)
    let spaces = spaceWidth(paragraph, range)
    let slack = width - natural
    // Only justified lines squeeze their spaces; a ragged line must fit as it is.
    let squeeze = alignment == .justified ? spaces * shrinkability : 0
    if slack < -squeeze - 0.001 {
      // A lone segment that cannot fit still has to go somewhere.
      return start == end - 1 ? 1e12 : nil
    }
    if isLast && slack >= 0 { return 0 }
    let ratio: Double
    if alignment == .justified {
      let give = slack >= 0 ? spaces * stretchability : spaces * shrinkability
      ratio = give > 0 ? abs(slack) / give : (slack > 0.001 ? 10 : 0)
    } else {
      ratio = max(0, slack) / (width * 0.35)
    }
    let badness = 100 * min(ratio * ratio * ratio, 1e6)
    return (10 + badness) * (10 + badness)
  }

  private static func spaceWidth(_ paragraph: PreparedParagraph, _ range: Range<Int>) -> Double {
    paragraph.spaceWidthBefore[range.upperBound] - paragraph.spaceWidthBefore[range.lowerBound]
  }

  private static func backtrack(
    _ paragraph: PreparedParagraph, previous: [Int], width: Double, alignment: TextAlignment
  ) -> [LineSpan] {
    var breaks: [Int] = []
    var end = paragraph.segments.count
    while end > 0 {
      breaks.append(end)
      end = previous[end]
    }
    var lines: [LineSpan] = []
    var start = 0
    for end in breaks.reversed() {
      let range = paragraph.segments[start].start..<paragraph.segments[end - 1].contentEnd
      var extra = 0.0
      let slack = width - paragraph.width(range)
      // A justified paragraph's last line keeps its natural spaces, unless the breaker
      // chose to squeeze it to fit.
      if alignment == .justified && (end != paragraph.segments.count || slack < 0) {
        let spaces =
          paragraph.spacesBefore[range.upperBound]
          - paragraph.spacesBefore[range.lowerBound]
        if spaces > 0 { extra = slack / Double(spaces) }
      }
      lines.append(LineSpan(start: range.lowerBound, end: range.upperBound, extraPerSpace: extra))
      start = end
    }
    return lines
  }
}
