import VitaModel

/// A laid-out piece of a page: a size and items at positions inside it.
///
/// Frames are what layout produces and what every renderer walks; they know nothing of
/// profiles or styles, only of glyphs, shapes, links and outline anchors.
public struct Frame: Sendable {
  /// The frame's extent; items may not reach beyond it.
  public var size: Size
  /// What the frame holds, in drawing order.
  public var items: [PositionedItem]

  /// Creates a frame.
  public init(size: Size, items: [PositionedItem] = []) {
    self.size = size
    self.items = items
  }

  /// Adds an item at a position.
  public mutating func add(_ item: FrameItem, at position: Point) {
    items.append(PositionedItem(position: position, item: item))
  }

  /// Adds another frame's items, moved by an offset, without nesting.
  public mutating func merge(_ other: Frame, at offset: Point) {
    items.reserveCapacity(items.count + other.items.count)
    for entry in other.items {
      items.append(PositionedItem(position: entry.position + offset, item: entry.item))
    }
  }
}

/// An item and where it sits in its frame.
public struct PositionedItem: Sendable {
  /// For text, the start of the baseline; for everything else, the top-left corner.
  public var position: Point
  /// The item.
  public var item: FrameItem

  /// Creates a positioned item.
  public init(position: Point, item: FrameItem) {
    self.position = position
    self.item = item
  }

  /// The area the item covers in its frame's coordinates.
  public var bounds: Rect {
    switch item {
    case .text(let run):
      Rect(
        x: position.x, y: position.y - run.ascent, width: run.width,
        height: run.ascent + run.descent)
    case .rectangle(let shape): Rect(origin: position, size: shape.size)
    case .link(let link): Rect(origin: position, size: link.size)
    case .anchor: Rect(origin: position, size: .zero)
    case .group(let group): Rect(origin: position, size: group.frame.size)
    }
  }
}

/// Something drawn or marked in a frame.
public enum FrameItem: Sendable {
  /// Shaped glyphs in one font and colour, on one baseline.
  case text(TextRun)
  /// A filled rectangle: rules, bars, backgrounds.
  case rectangle(FilledRectangle)
  /// A clickable area that opens an address.
  case link(LinkArea)
  /// A destination for the document outline.
  case anchor(OutlineAnchor)
  /// A nested frame, such as the running footer.
  case group(FrameGroup)
}

/// Glyphs in one font and colour, on one baseline, with the text they show.
public struct TextRun: Sendable {
  /// The font, as the text engine made it.
  public var font: any FontFace
  /// The fill colour.
  public var color: RGBColor
  /// The glyphs, with positions relative to the run's baseline origin.
  public var glyphs: [PositionedGlyph]
  /// The UTF-8 text the glyphs show, so that PDF text can be searched and copied.
  public var text: [UInt8]
  /// How bytes of `text` map to glyphs, in order: (bytes, glyphs) per cluster.
  public var clusters: [TextCluster]
  /// The advance width of the run.
  public var width: Double
  /// The height above the baseline that the font reserves.
  public var ascent: Double
  /// The depth below the baseline that the font reserves.
  public var descent: Double
  /// Whether to draw a line under the run (for an underlined owner's name).
  public var underline: Bool

  /// Creates a text run.
  public init(
    font: any FontFace, color: RGBColor, glyphs: [PositionedGlyph], text: [UInt8],
    clusters: [TextCluster], width: Double, ascent: Double, descent: Double,
    underline: Bool = false
  ) {
    self.font = font
    self.color = color
    self.glyphs = glyphs
    self.text = text
    self.clusters = clusters
    self.width = width
    self.ascent = ascent
    self.descent = descent
    self.underline = underline
  }
}

/// A glyph and where it sits relative to its run's origin.
public struct PositionedGlyph: Hashable, Sendable {
  /// The glyph's index in its font.
  public var id: UInt32
  /// The horizontal offset from the run's origin.
  public var x: Double
  /// The vertical offset from the baseline, growing downwards.
  public var y: Double

  /// Creates a positioned glyph.
  public init(id: UInt32, x: Double, y: Double) {
    self.id = id
    self.x = x
    self.y = y
  }
}

/// A number of text bytes drawn by a number of glyphs, as PDF text mapping needs.
public struct TextCluster: Hashable, Sendable {
  /// UTF-8 bytes in the cluster.
  public var byteCount: Int32
  /// Glyphs in the cluster.
  public var glyphCount: Int32

  /// Creates a cluster.
  public init(byteCount: Int32, glyphCount: Int32) {
    self.byteCount = byteCount
    self.glyphCount = glyphCount
  }
}

/// A rectangle filled with one colour.
public struct FilledRectangle: Hashable, Sendable {
  /// The extent.
  public var size: Size
  /// The fill.
  public var color: RGBColor

  /// Creates a filled rectangle.
  public init(size: Size, color: RGBColor) {
    self.size = size
    self.color = color
  }
}

/// An area that links to an address.
public struct LinkArea: Hashable, Sendable {
  /// The extent.
  public var size: Size
  /// The address the link opens.
  public var url: String

  /// Creates a link area.
  public init(size: Size, url: String) {
    self.size = size
    self.url = url
  }
}

/// A place that the document outline points to.
public struct OutlineAnchor: Hashable, Sendable {
  /// The outline entry's text.
  public var title: String
  /// The nesting level, 1 for a top-level entry.
  public var level: Int

  /// Creates an outline anchor.
  public init(title: String, level: Int) {
    self.title = title
    self.level = level
  }
}

/// A nested frame and what it is for.
public struct FrameGroup: Sendable {
  /// Why the group exists, so that checks can tell running elements from the body.
  public enum Role: Hashable, Sendable {
    /// Content of the text area.
    case body
    /// The running header or footer, which sits in the page margin.
    case running
    /// Content of a sidebar column, beside the main one.
    case sidebar
  }

  /// The nested frame.
  public var frame: Frame
  /// What the group is.
  public var role: Role

  /// Creates a group.
  public init(frame: Frame, role: Role) {
    self.frame = frame
    self.role = role
  }
}
