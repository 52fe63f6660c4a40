/// A block cut into the pieces a page break may fall between: lines, rules, figure rows
/// and spaces, each with its height and whether a page may end after it.
struct Piece {
  /// The height the piece takes.
  var height: Double
  /// What it draws; `nil` for space.
  var frame: Frame?
  /// Whether the piece is space that disappears at the top of a page.
  var isSpace: Bool
  /// Whether a page may end after this piece.
  var breakAfter: Bool
}

/// Cuts blocks into pieces and marks where pages may break, by the rules a CV needs:
/// a heading stays with what follows, an entry stays whole unless it is taller than a
/// page, and a paragraph splits only with at least two lines on each side.
struct Measure {
  /// Sets paragraphs into lines.
  let paragraphs: ParagraphLayout
  /// The width of the text area.
  let width: Double
  /// The height of the text area: an entry taller than this may split.
  let pageHeight: Double
  /// Draws the figure blocks; without one they are left out.
  var figures: (any FigureProvider)? = nil

  /// The pieces of all blocks, in order.
  ///
  /// - Complexity: O(*n*) in the pieces, plus the cost of setting each paragraph.
  func pieces(of blocks: [Block]) -> [Piece] {
    var pieces: [Piece] = []
    var followsHeading = false
    for block in blocks {
      var measured = self.pieces(of: block)
      // A heading, and the space after it, never end a page.
      if followsHeading, !measured.isEmpty {
        for index in measured.indices where measured[index].isSpace {
          measured[index].breakAfter = false
        }
        if measured.contains(where: { !$0.isSpace }) { followsHeading = false }
      }
      if case .heading = block { followsHeading = true }
      pieces += measured
    }
    return pieces
  }

  private func pieces(of block: Block) -> [Piece] {
    switch block {
    case .paragraph(let text, let style):
      return lines(text, style)
    case .spacing(let height):
      return [Piece(height: height, frame: nil, isSpace: true, breakAfter: true)]
    case .rule(let thickness, let color):
      var frame = Frame(size: Size(width: width, height: thickness))
      frame.add(
        .rectangle(FilledRectangle(size: frame.size, color: color)), at: .zero)
      return [Piece(height: thickness, frame: frame, isSpace: false, breakAfter: true)]
    case .heading(let text, let style, let outline):
      var pieces = lines(text, style)
      guard !pieces.isEmpty else { return [] }
      pieces[0].frame?.items.insert(
        PositionedItem(position: .zero, item: .anchor(OutlineAnchor(title: outline, level: 1))),
        at: 0)
      for index in pieces.indices { pieces[index].breakAfter = false }
      return pieces
    case .keepTogether(let children):
      var pieces = self.pieces(of: children)
      let height = pieces.reduce(0) { $0 + $1.height }
      if height <= pageHeight {
        for index in pieces.indices.dropLast() { pieces[index].breakAfter = false }
      }
      return pieces
    case .figures(let figures):
      return figures.isEmpty ? [] : [figureRow(figures)]
    case .table(let table):
      return tablePieces(table)
    case .figure(let request):
      guard let frame = figures?.figure(request, width: width) else { return [] }
      return [Piece(height: frame.size.height, frame: frame, isSpace: false, breakAfter: true)]
    case .labelled(let labelled):
      return labelledPieces(labelled)
    case .frame(let frame):
      return [Piece(height: frame.size.height, frame: frame, isSpace: false, breakAfter: true)]
    case .outline(let title):
      var frame = Frame(size: Size(width: width, height: 0))
      frame.add(.anchor(OutlineAnchor(title: title, level: 1)), at: .zero)
      return [Piece(height: 0, frame: frame, isSpace: false, breakAfter: false)]
    }
  }

  /// A paragraph's lines; a page may end after line *k* of *n* when 2 ≤ *k* ≤ *n* − 2.
  private func lines(_ text: StyledText, _ style: ParagraphStyle) -> [Piece] {
    let frames = paragraphs.lines(of: text, width: width, style: style)
    let count = frames.count
    return frames.enumerated().map { index, frame in
      let before = index + 1
      let breakAfter = before == count || (before >= 2 && count - before >= 2)
      return Piece(height: frame.size.height, frame: frame, isSpace: false, breakAfter: breakAfter)
    }
  }

  /// The pieces of labelled blocks: measured in the width beside the gutter, moved right
  /// by it, and the label set flush right in the gutter beside the first of them.
  private func labelledPieces(_ labelled: Labelled) -> [Piece] {
    let gutter = min(naturalWidth(labelled.widest) + labelled.gap, width / 3)
    let inner = Measure(
      paragraphs: paragraphs, width: width - gutter, pageHeight: pageHeight, figures: figures)
    var pieces = inner.pieces(of: labelled.blocks)
    // The label goes in first, so that it is read before the entry it numbers.
    let style = ParagraphStyle(alignment: .right, leading: labelled.leading)
    var label = paragraphs.lines(of: labelled.label, width: gutter - labelled.gap, style: style)
      .first
    for index in pieces.indices {
      guard let content = pieces[index].frame else { continue }
      var frame = Frame(size: Size(width: width, height: content.size.height))
      if let line = label, !pieces[index].isSpace {
        // On the baseline of the line it labels, whatever fonts either holds.
        let shift = (Self.firstBaseline(content) ?? 0) - (Self.firstBaseline(line) ?? 0)
        frame.merge(line, at: Point(x: 0, y: shift))
        label = nil
      }
      frame.merge(content, at: Point(x: gutter, y: 0))
      pieces[index].frame = frame
    }
    return pieces
  }

  /// The baseline of a frame's first text run.
  private static func firstBaseline(_ frame: Frame) -> Double? {
    for entry in frame.items {
      if case .text = entry.item { return entry.position.y }
    }
    return nil
  }

  /// The width of a text set on one line.
  private func naturalWidth(_ text: StyledText) -> Double {
    let line = paragraphs.lines(
      of: text, width: width, style: ParagraphStyle(alignment: .left, leading: 1)
    ).first
    return line?.items.reduce(0) { widest, entry in
      guard case .text(let run) = entry.item else { return widest }
      return max(widest, entry.position.x + run.width)
    } ?? 0
  }

  /// Figures in equal columns, each value over its label, centred in its column.
  private func figureRow(_ figures: [Figure]) -> Piece {
    let column = width / Double(figures.count)
    let valueHeight = figures.map(\.valueLeading).max() ?? 0
    let labelHeight = figures.map(\.labelLeading).max() ?? 0
    var frame = Frame(size: Size(width: width, height: valueHeight + labelHeight))
    for (index, figure) in figures.enumerated() {
      let x = Double(index) * column
      let value = paragraphs.lines(
        of: figure.value, width: column,
        style: ParagraphStyle(alignment: .center, leading: valueHeight))
      let label = paragraphs.lines(
        of: figure.label, width: column,
        style: ParagraphStyle(alignment: .center, leading: labelHeight))
      if let line = value.first { frame.merge(line, at: Point(x: x, y: 0)) }
      if let line = label.first { frame.merge(line, at: Point(x: x, y: valueHeight)) }
    }
    return Piece(height: frame.size.height, frame: frame, isSpace: false, breakAfter: true)
  }

  /// A table's rows as pieces: a rule, the header, a rule, then one piece a row. The
  /// header and the first row stay together.
  private func tablePieces(_ table: Table) -> [Piece] {
    let total = table.columns.reduce(0) { $0 + $1.share }
    let widths = table.columns.map { width * $0.share / max(total, 0.0001) }
    var pieces: [Piece] = []
    var rule = Frame(size: Size(width: width, height: 0.5))
    rule.add(.rectangle(FilledRectangle(size: rule.size, color: table.ruleColor)), at: .zero)
    pieces.append(Piece(height: 0.5, frame: rule, isSpace: false, breakAfter: false))
    var header = row(table.header, widths: widths, table: table)
    header.breakAfter = false
    pieces.append(header)
    pieces.append(Piece(height: 0.5, frame: rule, isSpace: false, breakAfter: false))
    for cells in table.rows { pieces.append(row(cells, widths: widths, table: table)) }
    return pieces
  }

  /// One row: each cell set in its column, the row as tall as its tallest cell.
  private func row(_ cells: [StyledText], widths: [Double], table: Table) -> Piece {
    let gap = 6.0
    var frame = Frame(size: Size(width: width, height: 0))
    var column = 0.0
    var height = table.leading
    for (index, cell) in cells.prefix(widths.count).enumerated() {
      let inset = index == 0 ? 0 : gap
      let lines = paragraphs.lines(
        of: cell, width: max(1, widths[index] - inset),
        style: ParagraphStyle(alignment: table.columns[index].alignment, leading: table.leading))
      for (number, line) in lines.enumerated() {
        frame.merge(line, at: Point(x: column + inset, y: 1.5 + Double(number) * table.leading))
      }
      height = max(height, Double(lines.count) * table.leading)
      column += widths[index]
    }
    frame.size.height = height + 3
    return Piece(height: frame.size.height, frame: frame, isSpace: false, breakAfter: true)
  }
}
