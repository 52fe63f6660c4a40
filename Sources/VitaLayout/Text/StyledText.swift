import VitaModel

/// The font a piece of text asks for.
public struct FontRequest: Hashable, Sendable {
  /// The family, as fontconfig knows it.
  public var family: String
  /// The size in points.
  public var size: Double
  /// Whether the bold face is wanted.
  public var bold: Bool
  /// Whether the italic face is wanted.
  public var italic: Bool

  /// Creates a font request.
  public init(family: String, size: Double, bold: Bool = false, italic: Bool = false) {
    self.family = family
    self.size = size
    self.bold = bold
    self.italic = italic
  }
}

/// How a stretch of text looks.
public struct TextStyle: Hashable, Sendable {
  /// The font asked for.
  public var font: FontRequest
  /// The fill colour.
  public var color: RGBColor
  /// Extra space after each character, in points.
  public var tracking: Double
  /// Whether the text is underlined.
  public var underline: Bool

  /// Creates a style.
  public init(font: FontRequest, color: RGBColor, tracking: Double = 0, underline: Bool = false) {
    self.font = font
    self.color = color
    self.tracking = tracking
    self.underline = underline
  }
}

/// Text with styles and links over byte ranges: one paragraph's content.
///
/// User text is never parsed for markup; styles arrive as ranges.
public struct StyledText: Sendable {
  /// A stretch of the text with one style.
  public struct Span: Sendable {
    /// The stretch, in UTF-8 byte offsets.
    public var range: Range<Int>
    /// How it looks.
    public var style: TextStyle
    /// The address it links to, if any.
    public var link: String?
  }

  /// The text as UTF-8 bytes.
  public private(set) var bytes: [UInt8] = []
  /// The spans, covering the text in order without gaps.
  public private(set) var spans: [Span] = []

  /// Creates empty text.
  public init() {}

  /// Creates text in one style.
  public init(_ text: String, style: TextStyle) {
    append(text, style: style)
  }

  /// Whether there is no text.
  public var isEmpty: Bool { bytes.isEmpty }

  /// Adds text in a style, optionally linked; merges with the last span when nothing differs.
  public mutating func append(_ text: String, style: TextStyle, link: String? = nil) {
    let added = Array(text.utf8)
    guard !added.isEmpty else { return }
    let start = bytes.count
    bytes.append(contentsOf: added)
    if let last = spans.last, last.style == style, last.link == link {
      spans[spans.count - 1].range = last.range.lowerBound..<bytes.count
    } else {
      spans.append(Span(range: start..<bytes.count, style: style, link: link))
    }
  }

  /// Adds another styled text at the end.
  public mutating func append(_ other: StyledText) {
    let offset = bytes.count
    bytes.append(contentsOf: other.bytes)
    for span in other.spans {
      let moved = (span.range.lowerBound + offset)..<(span.range.upperBound + offset)
      if let last = spans.last, last.style == span.style, last.link == span.link {
        spans[spans.count - 1].range = last.range.lowerBound..<moved.upperBound
      } else {
        spans.append(Span(range: moved, style: span.style, link: span.link))
      }
    }
  }

  /// The text of a byte range, with its styles and links; the range is clamped to the text.
  public func slice(_ range: Range<Int>) -> StyledText {
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    var text = StyledText()
    for span in spans where span.range.upperBound > lower && span.range.lowerBound < upper {
      let part = max(span.range.lowerBound, lower)..<min(span.range.upperBound, upper)
      text.append(String(decoding: bytes[part], as: UTF8.self), style: span.style, link: span.link)
    }
    return text
  }
}
