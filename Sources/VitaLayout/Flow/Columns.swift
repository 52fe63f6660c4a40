/// One column of a page's text area after distribution: the main column or a sidebar,
/// each with its own pages.
struct Column {
  /// The pieces of each of the column's pages.
  var flow: [[Distribute.Placed]]
  /// The column's left edge, from the left of the text area.
  var x: Double
  /// The column's width.
  var width: Double
  /// What the column's groups are.
  var role: FrameGroup.Role

  /// The column's frame on a page: empty once its content has run out.
  func frame(page index: Int, height: Double) -> Frame {
    var frame = Frame(size: Size(width: width, height: height))
    for placed in index < flow.count ? flow[index] : [] {
      if let content = placed.piece.frame { frame.merge(content, at: Point(x: 0, y: placed.y)) }
    }
    return frame
  }
}
