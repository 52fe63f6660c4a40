/// Fills pages with pieces, one page at a time: when a piece does not fit, the page ends
/// at the last place a break is allowed, and what follows moves to the next page.
enum Distribute {
  /// A piece and its vertical position on its page's text area.
  struct Placed {
    /// The piece.
    var piece: Piece
    /// The top of the piece, from the top of the text area.
    var y: Double
  }

  /// The pieces of each page.
  ///
  /// Space at the top of a page is dropped. A piece taller than a page goes alone on a
  /// page of its own, where it overflows rather than being lost.
  ///
  /// - Complexity: O(*n*) amortised in the number of pieces: a piece is moved back at most
  ///   once per page it is tried on, and it is tried on at most two.
  static func pages(_ pieces: [Piece], height: Double) -> [[Placed]] {
    var pages: [[Placed]] = []
    var start = 0
    while start < pieces.count {
      let (page, next) = fill(pieces, from: start, height: height)
      if !page.isEmpty { pages.append(page) }
      start = next
    }
    return pages
  }

  /// One page from `start`, and where the next page starts.
  private static func fill(_ pieces: [Piece], from start: Int, height: Double) -> ([Placed], Int) {
    var index = start
    while index < pieces.count, pieces[index].isSpace { index += 1 }
    let first = index
    var placed: [Placed] = []
    var y = 0.0
    var lastBreak: Int? = nil
    while index < pieces.count {
      let piece = pieces[index]
      if y + piece.height > height + 0.001, !placed.isEmpty {
        // Cut back to the last allowed break; with none, the page ends here.
        guard let cut = lastBreak else { return (placed, index) }
        return (Array(placed.prefix(cut - first + 1)), cut + 1)
      }
      placed.append(Placed(piece: piece, y: y))
      y += piece.height
      if piece.breakAfter { lastBreak = index }
      index += 1
    }
    return (placed, index)
  }
}
