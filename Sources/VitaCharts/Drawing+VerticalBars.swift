import VitaLayout
import VitaModel

/// Bars standing on a horizontal axis: one per year or per rank, each a stack of series.
struct VerticalBars {
  /// Per bar, the value of each series, bottom first.
  var stacks: [[Double]]
  /// Per bar, the year or rank it stands for, which its axis label shows.
  var keys: [Int]
  /// The fill of a bar's series: (bar, series) to colour.
  var color: (Int, Int) -> RGBColor
  /// The vertical axis's title, set above it.
  var valueTitle: String
  /// The horizontal axis's title, set under it.
  var keyTitle: String
  /// Bars whose totals are labelled when not every bar can be, in order of importance.
  var labelled: [Int] = []
  /// Whether to label every bar's total when all the labels fit.
  var labelsAll = false
  /// A top for the axis below the tallest bar; taller bars are cut, marked and labelled.
  var cap: Double? = nil
  /// Whether a few bars, narrower than the plot allows, stand in its middle (years) rather
  /// than from its left (ranks, which start at the axis).
  var centred = true
  /// The fewest slots the plot is divided into, so that one or two bars stay bar-shaped.
  var minimumSlots = 6
}

/// Where a plot landed: its area, the width given to each bar and the value scale.
struct PlotGeometry {
  /// The left edge of the plot area.
  var left: Double
  /// The right edge.
  var right: Double
  /// The top edge: the top tick.
  var top: Double
  /// The bottom edge: the zero line.
  var bottom: Double
  /// The left edge of the first bar's slot: `left`, or further in when a few bars are
  /// centred.
  var barsLeft: Double
  /// The width each bar's slot takes.
  var band: Double
  /// The value ticks.
  var ticks: Ticks

  /// The vertical position of a value, clamped to the plot.
  func y(_ value: Double) -> Double {
    bottom - min(value, ticks.top) / ticks.top * (bottom - top)
  }

  /// The centre of a bar's slot.
  func x(_ bar: Int) -> Double { barsLeft + (Double(bar) + 0.5) * band }
}

extension Drawing {
  /// Draws bars, their axes and key labels between `top` and `bottom`; the totals over the
  /// bars follow with `valueLabels`, after any label that should take precedence.
  mutating func verticalBars(_ bars: VerticalBars, top: Double, bottom: Double) -> PlotGeometry {
    let tickLabel = canvas.label("0", styles.label)
    let axisLabel = canvas.label(bars.valueTitle, styles.axis)

    // The titles and the key labels take their lines first; the plot gets what is left.
    var plotTop = top + styles.leading
    canvas.place(axisLabel, x: padding, baseline: top + axisLabel.ascent)
    // The top tick's label, centred on the top gridline, clears the axis title's line.
    plotTop += (tickLabel.ascent + tickLabel.descent) / 2 + 1
    let keyTitleBaseline = bottom - tickLabel.descent
    let keyBaseline = keyTitleBaseline - styles.leading
    let plotBottom = keyBaseline - tickLabel.ascent - 3

    let totals = bars.stacks.map { $0.reduce(0, +) }
    let largest = totals.max() ?? 0
    let tickCount = max(2, min(6, Int((plotBottom - plotTop) / 22)))
    let capped = bars.cap.map { $0 < largest } ?? false
    let ticks = Ticks(covering: capped ? bars.cap! : largest, count: tickCount)
    // The label over the tallest bar, or over a cut one, goes under the axis title's line.
    let titleBottom = top + axisLabel.ascent + axisLabel.descent + 1
    let labelHeight = tickLabel.ascent + tickLabel.descent + 2
    let share = capped ? 1 : largest / ticks.top
    if share > 0 {
      let needed = plotBottom - (plotBottom - labelHeight - titleBottom) / share
      // Only while the plot keeps some height; a tiny chart keeps the label beside the title.
      if needed <= plotBottom - 24 { plotTop = max(plotTop, needed) }
    }
    let labels = ticks.values.map { canvas.label(Format.tick($0), styles.label) }
    let left = padding + (labels.map(\.width).max() ?? 0) + 4
    let right = width - padding - 1
    let slots = max(bars.stacks.count, bars.minimumSlots)
    let band = (right - left) / Double(slots)
    let unused = Double(slots - bars.stacks.count) * band
    let plot = PlotGeometry(
      left: left, right: right, top: plotTop, bottom: plotBottom,
      barsLeft: left + (bars.centred ? unused / 2 : 0), band: band, ticks: ticks)

    valueAxis(plot, labels: labels)
    drawBars(bars, totals: totals, in: plot)
    canvas.horizontalRule(
      from: left, to: right, y: plotBottom, thickness: 0.6, color: palette.text.tinted(0.2))
    keyLabels(bars.keys, in: plot, baseline: keyBaseline)
    let keyTitle = canvas.label(bars.keyTitle, styles.axis)
    canvas.place(
      keyTitle, x: (left + right) / 2, baseline: keyTitleBaseline, anchor: .center)
    return plot
  }

  /// Gridlines and tick labels of the value axis.
  private mutating func valueAxis(_ plot: PlotGeometry, labels: [Label]) {
    for (value, label) in zip(plot.ticks.values, labels) {
      let y = plot.y(value)
      if value > 0 {
        canvas.horizontalRule(
          from: plot.left, to: plot.right, y: y, thickness: 0.4, color: palette.rule.tinted(0.55))
      }
      let baseline = y + (label.ascent - label.descent) / 2
      canvas.place(label, x: plot.left - 4, baseline: baseline, anchor: .end)
    }
  }

  /// The bars, each series stacked on the one before, with a hairline of white between
  /// series where the bars are wide enough to show it.
  private mutating func drawBars(_ bars: VerticalBars, totals: [Double], in plot: PlotGeometry) {
    let barWidth = plot.band > 3 ? plot.band * 0.72 : plot.band * 0.85
    let gap = plot.band >= 4 ? 0.5 : 0
    for (index, stack) in bars.stacks.enumerated() {
      let left = plot.x(index) - barWidth / 2
      var base = 0.0
      for (series, value) in stack.enumerated() where value > 0 {
        let top = plot.y(base + value)
        let bottom = plot.y(base) - (base > 0 ? gap : 0)
        if bottom - top > 0 {
          canvas.fill(
            left: left, top: top, right: left + barWidth, bottom: bottom,
            color: bars.color(index, series))
        }
        base += value
      }
      // A bar cut at the axis top gets a white break near its end.
      if totals[index] > plot.ticks.top {
        let y = plot.top + 3
        canvas.fill(
          left: left - 0.5, top: y, right: left + barWidth + 0.5, bottom: y + 1.5,
          color: RGBColor(red: 1, green: 1, blue: 1))
      }
    }
  }

  /// The keys under the bars, thinned to a round step when they would crowd.
  private mutating func keyLabels(_ keys: [Int], in plot: PlotGeometry, baseline: Double) {
    guard let first = keys.first, let last = keys.last else { return }
    let widest = max(
      canvas.label(String(first), styles.label).width,
      canvas.label(String(last), styles.label).width)
    let step = Ticks.labelStep(atLeast: (widest + 5) / plot.band)
    for (index, key) in keys.enumerated() where step == 1 || key % step == 0 {
      let label = canvas.label(String(key), styles.label)
      canvas.place(label, x: plot.x(index), baseline: baseline, anchor: .center)
    }
  }

  /// Totals over the bars: all of them when they fit, else the important ones that fit.
  mutating func valueLabels(_ bars: VerticalBars, in plot: PlotGeometry) {
    let totals = bars.stacks.map { $0.reduce(0, +) }
    let barWidth = plot.band > 3 ? plot.band * 0.72 : plot.band * 0.85
    // Where a bar's total may go, best first: over the bar, centred or shifted to stay
    // inside the chart, and never on another bar.
    func candidates(_ index: Int) -> [(Label, Point)] {
      let text = Format.tick(totals[index])
      let label = canvas.label(text, styles.label)
      let top = max(plot.y(totals[index]), plot.top)
      let baseline = top - 2 - label.descent
      let left = plot.x(index) - barWidth / 2
      var origins = [
        canvas.origin(of: label, x: plot.x(index), baseline: baseline, anchor: .center),
        Point(x: left + barWidth - label.width, y: baseline), Point(x: left, y: baseline),
      ]
      // A cut bar carries its value inside, under the break, in white when it fits; else
      // over it or beside its top, so that the value the axis cannot show is never lost.
      let cut = totals[index] > plot.ticks.top
      let besideBaseline = plot.top + 6 + label.ascent
      if cut {
        origins.append(Point(x: left + barWidth + 2, y: besideBaseline))
        origins.append(Point(x: left - 2 - label.width, y: besideBaseline))
      }
      var places = origins.filter { origin in
        !overlapsBars(label.box(at: origin), totals: totals, width: barWidth, in: plot)
      }.map { (label, $0) }
      guard cut else { return places }
      var style = styles.label
      style.color = RGBColor(red: 1, green: 1, blue: 1)
      let inside = canvas.label(text, style)
      if inside.width + 2 <= barWidth {
        let centre = canvas.origin(
          of: inside, x: plot.x(index), baseline: besideBaseline, anchor: .center)
        places.insert((inside, centre), at: 0)
      }
      return places
    }
    // An empty year needs no "0" over it, unless every year is empty and the zeros are the
    // news.
    let allZero = totals.allSatisfy { $0 == 0 }
    let shown = totals.indices.filter { allZero || totals[$0] > 0 }
    if bars.labelsAll {
      var trial = canvas
      let fits = shown.allSatisfy { index in
        guard let (label, origin) = candidates(index).first, label.width <= plot.band,
          trial.isFree(label, at: origin)
        else { return false }
        trial.force(label, at: origin)
        return true
      }
      if fits {
        canvas = trial
        return
      }
    }
    for index in bars.labelled where shown.contains(index) {
      if let (label, origin) = candidates(index).first(where: { canvas.isFree($0.0, at: $0.1) }) {
        canvas.force(label, at: origin)
      }
    }
  }

  /// Whether a box covers any bar.
  private func overlapsBars(_ box: Rect, totals: [Double], width: Double, in plot: PlotGeometry)
    -> Bool
  {
    totals.indices.contains { index in
      let bar = Rect(
        x: plot.x(index) - width / 2, y: plot.y(totals[index]), width: width,
        height: plot.bottom - plot.y(totals[index]))
      return bar.size.height > 0 && bar.intersects(box)
    }
  }
}
