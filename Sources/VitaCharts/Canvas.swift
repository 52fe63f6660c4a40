import VitaLayout
import VitaModel

/// One line of shaped text, ready to place: its items relative to the start of its
/// baseline, and its extent.
struct Label {
  /// The text runs, positioned from the baseline's start.
  var items: [PositionedItem]
  /// The advance width.
  var width: Double
  /// The height above the baseline.
  var ascent: Double
  /// The depth below the baseline.
  var descent: Double

  /// The box the label covers with its baseline starting at `origin`.
  func box(at origin: Point) -> Rect {
    Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
  }
}

/// How a label sits on its anchor point horizontally.
enum Anchor {
  case start, center, end
}

/// A chart frame under construction: shapes text through the report's paragraph layout,
/// keeps every label clear of the others and inside the chart, and snaps rules and bar
/// edges to whole device pixels when drawing for a raster image.
struct Canvas {
  /// Sets text.
  let layout: ParagraphLayout
  /// The frame being drawn.
  private(set) var frame: Frame
  /// The size of a device pixel in points; `nil` for vector output.
  let pixel: Double?
  /// The boxes of the text placed so far.
  private(set) var occupied: [Rect] = []

  /// Starts an empty chart of a size.
  init(layout: ParagraphLayout, size: Size, dpi: Double?) {
    self.layout = layout
    frame = Frame(size: size)
    pixel = dpi.flatMap { $0 > 0 ? 72 / $0 : nil }
  }

  /// The chart's box.
  var bounds: Rect { Rect(origin: .zero, size: frame.size) }

  // MARK: Text

  /// A line of text in a style, shaped but not yet placed.
  func label(_ text: String, _ style: TextStyle) -> Label {
    let line = layout.lines(
      of: StyledText(text, style: style), width: 100_000,
      style: ParagraphStyle(alignment: .left, leading: style.font.size * 1.25)
    ).first
    guard let line else { return Label(items: [], width: 0, ascent: 0, descent: 0) }
    var items: [PositionedItem] = []
    var width = 0.0
    var ascent = 0.0
    var descent = 0.0
    for entry in line.items {
      guard case .text(let run) = entry.item else { continue }
      items.append(
        PositionedItem(position: Point(x: entry.position.x, y: 0), item: entry.item))
      width = max(width, entry.position.x + run.width)
      ascent = max(ascent, run.ascent)
      descent = max(descent, run.descent)
    }
    return Label(items: items, width: width, ascent: ascent, descent: descent)
  }

  /// The label's baseline origin for an anchor point.
  func origin(of label: Label, x: Double, baseline: Double, anchor: Anchor) -> Point {
    switch anchor {
    case .start: Point(x: x, y: baseline)
    case .center: Point(x: x - label.width / 2, y: baseline)
    case .end: Point(x: x - label.width, y: baseline)
    }
  }

  /// Whether the label fits there: inside the chart and clear of every label placed.
  func isFree(_ label: Label, at origin: Point, within area: Rect? = nil) -> Bool {
    let box = label.box(at: origin)
    guard (area ?? bounds).contains(box, tolerance: 0) else { return false }
    return !occupied.contains { $0.intersects(box) }
  }

  /// Places a label if it fits, and says whether it did.
  @discardableResult
  mutating func place(
    _ label: Label, x: Double, baseline: Double, anchor: Anchor = .start, within area: Rect? = nil
  ) -> Bool {
    let origin = origin(of: label, x: x, baseline: baseline, anchor: anchor)
    guard isFree(label, at: origin, within: area) else { return false }
    force(label, at: origin)
    return true
  }

  /// Places a label whose room the caller has checked.
  mutating func force(_ label: Label, at origin: Point) {
    guard !label.items.isEmpty else { return }
    for entry in label.items {
      frame.items.append(PositionedItem(position: entry.position + origin, item: entry.item))
    }
    occupied.append(label.box(at: origin))
  }

  /// Wraps text to a width and places its lines from `top`; returns the lines' count.
  /// Lines that would leave the chart are dropped.
  @discardableResult
  mutating func paragraph(
    _ text: String, _ style: TextStyle, x: Double, top: Double, width: Double, leading: Double
  ) -> Int {
    let lines = layout.lines(
      of: StyledText(text, style: style), width: width,
      style: ParagraphStyle(alignment: .left, leading: leading))
    var placed = 0
    for (index, line) in lines.enumerated() {
      var label = Label(items: [], width: 0, ascent: 0, descent: 0)
      var baseline = 0.0
      for entry in line.items {
        guard case .text(let run) = entry.item else { continue }
        baseline = entry.position.y
        label.items.append(
          PositionedItem(position: Point(x: entry.position.x, y: 0), item: entry.item))
        label.width = max(label.width, entry.position.x + run.width)
        label.ascent = max(label.ascent, run.ascent)
        label.descent = max(label.descent, run.descent)
      }
      let origin = Point(x: x, y: top + Double(index) * leading + baseline)
      if isFree(label, at: origin) {
        force(label, at: origin)
        placed += 1
      }
    }
    return placed
  }

  /// The number of lines text takes at a width.
  func lineCount(_ text: String, _ style: TextStyle, width: Double) -> Int {
    layout.lines(
      of: StyledText(text, style: style), width: width,
      style: ParagraphStyle(alignment: .left, leading: style.font.size * 1.25)
    ).count
  }

  // MARK: Shapes

  /// A coordinate on the device pixel grid.
  func snap(_ value: Double) -> Double {
    guard let pixel else { return value }
    return (value / pixel).rounded() * pixel
  }

  /// A thickness of whole device pixels, at least one.
  func snapThickness(_ value: Double) -> Double {
    guard let pixel else { return value }
    return max(1, (value / pixel).rounded()) * pixel
  }

  /// Fills the rectangle between two corners, its edges on the pixel grid; nothing when
  /// it has no area after snapping.
  mutating func fill(
    left: Double, top: Double, right: Double, bottom: Double, color: RGBColor
  ) {
    let x0 = snap(left)
    let x1 = snap(right)
    let y0 = snap(top)
    let y1 = snap(bottom)
    guard x1 > x0, y1 > y0 else { return }
    frame.add(
      .rectangle(FilledRectangle(size: Size(width: x1 - x0, height: y1 - y0), color: color)),
      at: Point(x: x0, y: y0))
  }

  /// A horizontal rule whose top edge is at `y`, whole pixels thick.
  mutating func horizontalRule(
    from left: Double, to right: Double, y: Double, thickness: Double, color: RGBColor
  ) {
    let top = snap(y)
    let height = snapThickness(thickness)
    let x0 = snap(left)
    let x1 = snap(right)
    guard x1 > x0 else { return }
    frame.add(
      .rectangle(FilledRectangle(size: Size(width: x1 - x0, height: height), color: color)),
      at: Point(x: x0, y: top))
  }

  /// A vertical rule whose left edge is at `x`, whole pixels thick.
  mutating func verticalRule(
    x: Double, from top: Double, to bottom: Double, thickness: Double, color: RGBColor
  ) {
    let left = snap(x)
    let width = snapThickness(thickness)
    let y0 = snap(top)
    let y1 = snap(bottom)
    guard y1 > y0 else { return }
    frame.add(
      .rectangle(FilledRectangle(size: Size(width: width, height: y1 - y0), color: color)),
      at: Point(x: left, y: y0))
  }
}

extension RGBColor {
  /// The colour mixed with white: 0 keeps it, 1 gives white.
  func tinted(_ amount: Double) -> RGBColor {
    RGBColor(
      red: red + (1 - red) * amount, green: green + (1 - green) * amount,
      blue: blue + (1 - blue) * amount)
  }
}
