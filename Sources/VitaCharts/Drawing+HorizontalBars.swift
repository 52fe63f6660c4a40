import VitaLayout
import VitaModel

extension Drawing {
  /// Labelled counts as horizontal bars, largest first: the label left of its bar, the
  /// count (and share) right of it, an axis of counts below.
  mutating func ranked(
    _ counts: RankedCounts, title text: String, axisTitle: String, withShares: Bool,
    source: String = "profile"
  ) {
    let top = title(text)
    let bottom = caption(source: source, years: counts.years, notes: counts.notes)
    let tick = canvas.label("0", styles.label)
    let axisBaseline = bottom - tick.descent
    let tickBaseline = axisBaseline - styles.leading
    let rowsBottom = tickBaseline - tick.ascent - 3

    // As many rows as fit a label's height each; with shares, the rest are summed into
    // "Other" so that the shares still add up, else the least frequent are left out.
    let room = max(1, Int(((rowsBottom - top) / styles.leading + 1e-9).rounded(.down)))
    let rows = fittingRows(counts.rows, room: room, foldingRest: withShares)
    let rowHeight = (rowsBottom - top) / Double(rows.count)

    let values = rows.map { row in
      withShares
        ? "\(row.count) · \(Format.percent(row.count, of: counts.total))" : String(row.count)
    }.map { canvas.label($0, styles.label) }
    let valueWidth = values.map(\.width).max() ?? 0
    let names = rows.map { fitted($0.label, styles.label, width: (width - 2 * padding) * 0.42) }
    let left = padding + (names.map(\.width).max() ?? 0) + 5
    let right = width - padding - valueWidth - 4
    let ticks = Ticks(
      covering: Double(rows.map(\.count).max() ?? 0),
      count: max(2, min(5, Int((right - left) / 28))))
    let scale = (right - left) / ticks.top

    // Gridlines and counts under the rows.
    for value in ticks.values {
      let x = left + value * scale
      if value > 0 {
        canvas.verticalRule(
          x: x, from: top, to: rowsBottom, thickness: 0.4, color: palette.rule.tinted(0.55))
      }
      let label = canvas.label(Format.tick(value), styles.label)
      canvas.place(label, x: x, baseline: tickBaseline, anchor: .center)
    }
    let axis = canvas.label(axisTitle, styles.axis)
    canvas.place(axis, x: (left + right) / 2, baseline: axisBaseline, anchor: .center)

    let thickness = min(styles.leading * 1.2, rowHeight * 0.62)
    for (index, row) in rows.enumerated() {
      let middle = top + (Double(index) + 0.5) * rowHeight
      let baseline = middle + (tick.ascent - tick.descent) / 2
      canvas.place(names[index], x: left - 5, baseline: baseline, anchor: .end)
      let end = left + Double(row.count) * scale
      let color = row.label == "Other" ? otherColor : seriesColor(0)
      canvas.fill(
        left: left, top: middle - thickness / 2, right: end, bottom: middle + thickness / 2,
        color: color)
      canvas.place(values[index], x: end + 3, baseline: baseline)
    }
    canvas.verticalRule(
      x: left, from: top, to: rowsBottom, thickness: 0.6, color: palette.text.tinted(0.2))
  }

  /// At most `room` rows, the later ones summed into a last "Other" row when folding.
  private func fittingRows(
    _ rows: [(label: String, count: Int)], room: Int, foldingRest: Bool
  ) -> [(label: String, count: Int)] {
    guard rows.count > room else { return rows }
    guard foldingRest, room > 1 else { return Array(rows.prefix(room)) }
    let rest = rows[(room - 1)...].reduce(0) { $0 + $1.count }
    return Array(rows.prefix(room - 1)) + [(label: "Other", count: rest)]
  }
}
