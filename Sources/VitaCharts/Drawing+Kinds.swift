import VitaLayout
import VitaModel

extension Drawing {
  /// Citations per year, or accumulated over the years: a bar per year, incomplete years
  /// in a lighter tint with a note.
  mutating func citations(_ counts: YearCounts, cumulative: Bool) {
    var totals = counts.totals
    if cumulative {
      for index in totals.indices.dropFirst() { totals[index] += totals[index - 1] }
    }
    let years = Array(counts.firstYear...counts.lastYear)
    var notes = counts.notes
    let partial = years.filter { counts.partialYears.contains($0) }
    if !partial.isEmpty {
      let list = partial.map(String.init).joined(separator: ", ")
      notes.append(
        "\(list) \(partial.count == 1 ? "is" : "are") incomplete (lighter): "
          + "the source counts \(partial.count == 1 ? "it" : "them") so far.")
    }
    if totals.allSatisfy({ $0 == 0 }) { notes.append("No citations in these years.") }

    let top = title(cumulative ? "Cumulative citations" : "Citations per year")
    let bottom = caption(
      source: counts.source, years: counts.firstYear...counts.lastYear, notes: notes)
    let color = seriesColor(0)
    let largest = totals.indices.max { totals[$0] < totals[$1] } ?? 0
    let bars = VerticalBars(
      stacks: totals.map { [Double($0)] }, keys: years,
      color: { bar, _ in
        counts.partialYears.contains(years[bar]) ? color.tinted(0.55) : color
      },
      valueTitle: cumulative ? "Citations, in total" : "Citations", keyTitle: "Year",
      labelled: cumulative ? [totals.count - 1] : [largest, totals.count - 1],
      labelsAll: !cumulative)
    let plot = verticalBars(bars, top: top, bottom: bottom)
    valueLabels(bars, in: plot)
  }

  /// Papers per year, stacked by category, with a legend when there is more than one.
  mutating func papers(_ counts: YearCounts) {
    let hasOther = counts.series.last == "Other"
    let named = stackColors(count: counts.series.count - (hasOther ? 1 : 0))
    let colors = named + (hasOther ? [otherColor] : [])
    var top = title("Papers per year")
    var stacks = counts.values.map { $0.map(Double.init) }
    var fills = colors
    if counts.series.count > 1 {
      // A legend that would take more than a quarter of the chart is dropped, and the bars
      // show totals in one colour: colours without their names tell nothing.
      let unstacked = self
      let legendBottom = legend(counts.series, colors: colors, top: top)
      if legendBottom - top <= height * 0.25 {
        top = legendBottom
      } else {
        self = unstacked
        stacks = counts.totals.map { [Double($0)] }
        fills = [seriesColor(0)]
      }
    }
    let bottom = caption(
      source: counts.source, years: counts.firstYear...counts.lastYear, notes: counts.notes)
    let totals = counts.totals
    let largest = totals.indices.max { totals[$0] < totals[$1] } ?? 0
    let bars = VerticalBars(
      stacks: stacks, keys: Array(counts.firstYear...counts.lastYear),
      color: { _, series in fills[series] }, valueTitle: "Papers", keyTitle: "Year",
      labelled: [largest], labelsAll: true)
    let plot = verticalBars(bars, top: top, bottom: bottom)
    valueLabels(bars, in: plot)
  }

  /// Papers ranked by citations, the h-core in full colour, with the h-square drawn over
  /// them and labelled.
  mutating func hIndex(
    _ counts: [Int], years: ClosedRange<Int>?, source: String = "profile",
    notes given: [String] = []
  ) {
    let metrics = CitationMetrics(counts: counts)
    let h = metrics.hIndex
    let shown = min(counts.count, max(12, 2 * h + 4))
    var notes = given
    if shown < counts.count {
      notes.append("The \(shown) most cited of \(counts.count) papers.")
    }
    if counts[0] == 0 { notes.append("No paper is cited yet.") }
    let top = title("h-index: \(h)")
    let bottom = caption(source: source, years: years, notes: notes)
    let color = seriesColor(0)
    // A few papers cited far above h would flatten the square: the axis then stops at a
    // round value above 4h, and the bars more than twice as tall are cut and marked.
    let limit = Double(max(4 * h, 10))
    // The h-core's counts when they are few; else the most cited and the two around h.
    let labelled = h < 12 ? Array(0...h) : [0, h - 1, h]
    let bars = VerticalBars(
      stacks: counts.prefix(shown).map { [Double($0)] }, keys: Array(1...shown),
      color: { bar, _ in bar < h ? color : color.tinted(0.6) },
      valueTitle: "Citations", keyTitle: "Papers, ranked by citations",
      labelled: labelled.filter { $0 < shown },
      cap: Double(counts[0]) > limit * 2 ? limit : nil, centred: false,
      // A slot right of the square keeps room for its label when every paper is in it.
      minimumSlots: max(6, h + 2))
    let plot = verticalBars(bars, top: top, bottom: bottom)
    hSquare(h, in: plot)
    valueLabels(bars, in: plot)
  }

  /// The square of side h in data units, outlined, with "h = n" beside its corner.
  /// Nothing when h is zero: there is no square to mark.
  private mutating func hSquare(_ h: Int, in plot: PlotGeometry) {
    guard h > 0 else { return }
    let ink = palette.text
    let right = plot.barsLeft + Double(h) * plot.band
    let top = plot.y(Double(h))
    canvas.verticalRule(x: right, from: top, to: plot.bottom, thickness: 0.6, color: ink)
    canvas.horizontalRule(from: plot.left, to: right, y: top, thickness: 0.6, color: ink)
    var style = styles.label
    style.font.bold = true
    let label = canvas.label("h = \(h)", style)
    // Beside the corner if there is room, else above it, else inside the plot's top.
    let places: [(Double, Double, Anchor)] = [
      (right + 3, top - 2, .start), (right, top - 3 - label.descent, .center),
      (right - 3, top + label.ascent + 2, .end),
      (plot.right, plot.top + label.ascent, .end),
    ]
    for (x, baseline, anchor) in places {
      if canvas.place(label, x: x, baseline: baseline, anchor: anchor) { return }
    }
  }
}
