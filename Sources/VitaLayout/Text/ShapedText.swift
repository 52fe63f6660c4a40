/// A font that the text engine chose and that a renderer can draw with.
///
/// Layout needs only its vertical metrics; renderers downcast to the engine's own type.
public protocol FontFace: AnyObject, Sendable {
  /// The height above the baseline, in points.
  var ascent: Double { get }
  /// The depth below the baseline, in points (positive).
  var descent: Double { get }
}

/// One glyph as shaped: its id, advance and offsets in points, and where its text starts.
public struct ShapedGlyph: Hashable, Sendable {
  /// The glyph's index in its font.
  public var id: UInt32
  /// How far the pen moves after the glyph.
  public var advance: Double
  /// A horizontal offset from the pen position.
  public var xOffset: Double
  /// A vertical offset from the baseline, growing downwards.
  public var yOffset: Double
  /// The UTF-8 offset in the paragraph where the glyph's cluster starts.
  public var cluster: Int

  /// The id of a glyph that takes space but draws nothing.
  public static let invisible = UInt32.max

  /// Creates a shaped glyph.
  public init(id: UInt32, advance: Double, xOffset: Double, yOffset: Double, cluster: Int) {
    self.id = id
    self.advance = advance
    self.xOffset = xOffset
    self.yOffset = yOffset
    self.cluster = cluster
  }
}

/// Glyphs in one font and one style: a run that the shaper produced.
public struct GlyphRun: Sendable {
  /// The font.
  public var font: any FontFace
  /// The index of the paragraph's span that the run belongs to.
  public var spanIndex: Int
  /// The UTF-8 range of the paragraph that the run covers.
  public var range: Range<Int>
  /// The glyphs, in logical order.
  public var glyphs: [ShapedGlyph]

  /// Creates a glyph run.
  public init(font: any FontFace, spanIndex: Int, range: Range<Int>, glyphs: [ShapedGlyph]) {
    self.font = font
    self.spanIndex = spanIndex
    self.range = range
    self.glyphs = glyphs
  }
}

/// A paragraph after shaping: its glyph runs, in logical order.
public struct ShapedText: Sendable {
  /// The styled text that was shaped.
  public var source: StyledText
  /// The runs, covering the text in order.
  public var runs: [GlyphRun]

  /// Creates shaped text.
  public init(source: StyledText, runs: [GlyphRun]) {
    self.source = source
    self.runs = runs
  }
}

/// Turns styled text into glyphs. The Pango engine implements it; tests use a fake with
/// fixed advances.
public protocol TextShaper: Sendable {
  /// Shapes a paragraph: chooses fonts (with fallback) and positions glyphs in one line.
  func shape(_ text: StyledText) -> ShapedText
}
