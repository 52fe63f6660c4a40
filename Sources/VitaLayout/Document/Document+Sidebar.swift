import VitaModel

/// The content and place of a column beside the main one: it flows down its own pages,
/// independently of the main column, and the page count is the longer of the two.
public struct SidebarFlow: Sendable {
  /// The column's width, in points.
  public var width: Double
  /// The space between it and the main column, in points.
  public var gap: Double
  /// The side of the text area it takes.
  public var side: Sidebar.Side
  /// The colour behind it, from the page's edge to the middle of the gap; `nil` for none.
  public var background: RGBColor?
  /// Its blocks, top to bottom.
  public var blocks: [Block]

  /// Creates a sidebar flow.
  public init(
    width: Double, gap: Double, side: Sidebar.Side, background: RGBColor?, blocks: [Block]
  ) {
    self.width = width
    self.gap = gap
    self.side = side
    self.background = background
    self.blocks = blocks
  }

  /// The sidebar's area inside a text area of the given width: x and width.
  public func column(in textWidth: Double) -> (x: Double, width: Double) {
    (side == .left ? 0 : textWidth - width, width)
  }

  /// The main column's area inside a text area of the given width: x and width.
  public func mainColumn(in textWidth: Double) -> (x: Double, width: Double) {
    (side == .left ? width + gap : 0, max(1, textWidth - width - gap))
  }
}
