import VitaLayout

/// A font with round metrics, for tests that must not depend on real fonts.
final class FakeFont: FontFace {
  let ascent = 8.0
  let descent = 2.0
}

/// A shaper with fixed advances: every byte is one glyph, 5 points wide, and a space is
/// 2.5 points. Bold text is one point wider a glyph, so style changes are visible.
struct FakeShaper: TextShaper {
  static let font = FakeFont()

  func shape(_ text: StyledText) -> ShapedText {
    var runs: [GlyphRun] = []
    for (index, span) in text.spans.enumerated() {
      let glyphs = span.range.map { offset in
        let byte = text.bytes[offset]
        let advance = byte == 0x20 ? 2.5 : span.style.font.bold ? 6 : 5
        return ShapedGlyph(
          id: UInt32(byte), advance: advance, xOffset: 0, yOffset: 0, cluster: offset)
      }
      runs.append(
        GlyphRun(font: FakeShaper.font, spanIndex: index, range: span.range, glyphs: glyphs))
    }
    return ShapedText(source: text, runs: runs)
  }
}

extension TextStyle {
  /// A plain style for tests.
  static let plain = TextStyle(
    font: FontRequest(family: "Test", size: 10), color: .init(red: 0, green: 0, blue: 0))
}

extension Frame {
  /// Every text run in the frame and its nested frames, with absolute positions.
  func textRuns(offset: Point = .zero) -> [(position: Point, run: TextRun)] {
    items.flatMap { entry -> [(position: Point, run: TextRun)] in
      switch entry.item {
      case .text(let run): [(entry.position + offset, run)]
      case .group(let group): group.frame.textRuns(offset: entry.position + offset)
      default: []
      }
    }
  }

  /// The text of the frame's runs, in drawing order, joined by `separator`.
  func plainText(separator: String = " ") -> String {
    textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }.joined(separator: separator)
  }
}
