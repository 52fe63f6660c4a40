import VitaLayout
import VitaModel

extension Drawing {
  /// Counts per year stacked by series, with a legend naming every series (even a single
  /// one: in a group chart it says whose bars they are) and a note naming incomplete years.
  mutating func stackedYears(_ counts: YearCounts, title text: String, valueTitle: String) {
    let colors = counts.series.indices.map { index in
      counts.series[index] == "Other" ? palette.muted.tinted(0.45) : seriesColor(index)
    }
    var notes = counts.notes
    let years = Array(counts.firstYear...counts.lastYear)
    let partial = years.filter { counts.partialYears.contains($0) }
    if !partial.isEmpty {
      let list = partial.map(String.init).joined(separator: ", ")
      notes.append("\(list) \(partial.count == 1 ? "is" : "are") counted so far only.")
    }
    var top = title(text)
    top = legend(counts.series, colors: colors, top: top)
    let bottom = caption(
      source: counts.source, years: counts.firstYear...counts.lastYear, notes: notes)
    let totals = counts.totals
    let largest = totals.indices.max { totals[$0] < totals[$1] } ?? 0
    let bars = VerticalBars(
      stacks: counts.values.map { $0.map(Double.init) }, keys: years,
      color: { _, series in colors[series] }, valueTitle: valueTitle, keyTitle: "Year",
      labelled: [largest, totals.count - 1], labelsAll: true)
    let plot = verticalBars(bars, top: top, bottom: bottom)
    valueLabels(bars, in: plot)
  }

  /// A square matrix of members: a numbered name per row, the numbers over the columns,
  /// and in each cell the papers the two share, shaded by their count. The diagonal,
  /// greyed, gives each member's own papers.
  mutating func matrix(_ matrix: CoauthorshipMatrix) {
    let top = title("Co-authorship among members")
    let bottom = caption(
      source: "joint papers of the merged list; on the diagonal, each member's own",
      years: nil, notes: matrix.notes)
    let count = matrix.names.count
    let names = matrix.names.enumerated().map { index, name in
      fitted("\(index + 1). \(name)", styles.label, width: width * 0.4)
    }
    let left = padding + (names.map(\.width).max() ?? 0) + 6
    let gridTop = top + styles.leading + 2
    let cell = min(26, (width - padding - left) / Double(count), (bottom - gridTop) / Double(count))
    guard cell > 4 else { return }

    for column in 0..<count {
      let label = canvas.label(String(column + 1), styles.axis)
      canvas.place(
        label, x: left + (Double(column) + 0.5) * cell, baseline: gridTop - 3, anchor: .center)
    }
    let largest = max(
      1,
      matrix.counts.indices.flatMap { row in
        matrix.counts[row].indices.filter { $0 != row }.map { matrix.counts[row][$0] }
      }.max() ?? 0)
    for row in 0..<count {
      let middle = gridTop + (Double(row) + 0.5) * cell
      let tick = names[row]
      canvas.place(tick, x: padding, baseline: middle + (tick.ascent - tick.descent) / 2)
      for column in 0..<count {
        cellOf(
          matrix.counts[row][column], diagonal: row == column, largest: largest,
          left: left + Double(column) * cell, top: gridTop + Double(row) * cell, side: cell)
      }
    }
  }

  /// One cell of the matrix: its shade and, when it fits, its count.
  private mutating func cellOf(
    _ value: Int, diagonal: Bool, largest: Int, left: Double, top: Double, side: Double
  ) {
    let strength = diagonal || value == 0 ? 0 : 0.25 + 0.75 * Double(value) / Double(largest)
    let color =
      diagonal
      ? palette.rule.tinted(0.5)
      : value == 0 ? palette.rule.tinted(0.85) : seriesColor(0).tinted(1 - strength)
    canvas.fill(
      left: left + 0.5, top: top + 0.5, right: left + side - 0.5, bottom: top + side - 0.5,
      color: color)
    guard value > 0 else { return }
    var style = styles.label
    if strength > 0.6 { style.color = RGBColor(red: 1, green: 1, blue: 1) }
    let label = canvas.label(String(value), style)
    guard label.width + 2 <= side else { return }
    canvas.place(
      label, x: left + side / 2, baseline: top + side / 2 + (label.ascent - label.descent) / 2,
      anchor: .center)
  }
}
