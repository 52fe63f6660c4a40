import VitaLayout
import VitaModel

/// Draws charts: a specification and a profile in, a frame out. The frame holds shaped
/// text and filled rectangles only, so it goes unchanged into a report page or, alone,
/// into a PNG, SVG or PDF.
public struct ChartLayout: Sendable {
  /// Sets the chart's text, with the same engine as the report around it.
  public let paragraphs: ParagraphLayout

  /// Creates a chart layout on a text engine.
  public init(shaper: any TextShaper) {
    paragraphs = ParagraphLayout(shaper: shaper)
  }

  /// What a kind of chart needs that the profile lacks, such as "per-paper citation
  /// counts"; `nil` when the chart can be drawn.
  public static func missingData(for kind: ChartKind, in profile: Profile) -> String? {
    ChartData.missing(kind, in: profile)
  }

  /// The kinds the profile's data allow, in the order of `ChartKind.allCases`.
  public static func availableKinds(in profile: Profile) -> [ChartKind] {
    ChartKind.allCases.filter { missingData(for: $0, in: profile) == nil }
  }

  /// The chart as a frame of the specification's size.
  ///
  /// - Throws: `ChartError` naming the data the kind needs when the profile lacks them.
  /// - Complexity: O(*n* log *n*) in the papers, plus the shaping of each label.
  public func frame(_ specification: ChartSpecification, profile: Profile) throws(ChartError)
    -> Frame
  {
    var specification = specification
    specification.size.width = max(specification.size.width, ChartSpecification.minimumSize.width)
    specification.size.height = max(
      specification.size.height, ChartSpecification.minimumSize.height)
    var drawing = Drawing(layout: paragraphs, specification: specification)
    let year = specification.currentYear
    switch specification.kind {
    case .citationsPerYear, .cumulativeCitations:
      guard let counts = ChartData.citationsPerYear(profile, currentYear: year) else {
        throw missing(specification, profile)
      }
      drawing.citations(counts, cumulative: specification.kind == .cumulativeCitations)
    case .papersPerYear:
      guard let counts = ChartData.papersPerYear(profile, currentYear: year) else {
        throw missing(specification, profile)
      }
      drawing.papers(counts)
    case .hIndex:
      guard let ranked = ChartData.rankedCitations(profile, currentYear: year) else {
        throw missing(specification, profile)
      }
      let h = CitationMetrics(counts: ranked.counts).hIndex
      drawing.hIndex(
        ranked.counts, years: ranked.years, source: ChartData.paperSource(profile),
        notes: ChartData.hIndexNote(profile, computed: h).map { [$0] } ?? [])
    case .categories:
      guard let counts = ChartData.categories(profile, currentYear: year) else {
        throw missing(specification, profile)
      }
      drawing.ranked(
        counts, title: "Papers by category", axisTitle: "Papers", withShares: true,
        source: ChartData.paperSource(profile))
    case .coauthors:
      guard let counts = ChartData.coauthors(profile, currentYear: year) else {
        throw missing(specification, profile)
      }
      drawing.ranked(
        counts, title: "Most frequent co-authors", axisTitle: "Joint papers",
        withShares: false, source: ChartData.paperSource(profile))
    }
    return drawing.canvas.frame
  }

  /// The error for a kind whose data are missing, or all later than the current year.
  private func missing(_ specification: ChartSpecification, _ profile: Profile) -> ChartError {
    let kind = specification.kind
    let late = specification.currentYear.map { MissingChartData.onlyAfter($0).needs } ?? "more data"
    return ChartError(kind: kind, needs: ChartData.missing(kind, in: profile) ?? late)
  }
}

/// The text styles of a chart, taken from the theme's small type.
struct ChartStyles {
  /// The chart's title.
  var title: TextStyle
  /// Tick labels, value labels and legend entries.
  var label: TextStyle
  /// Axis titles.
  var axis: TextStyle
  /// The caption under the chart.
  var caption: TextStyle
  /// The line height of labels.
  var leading: Double
  /// The line height of the caption.
  var captionLeading: Double

  init(theme: Theme) {
    let family = theme.fonts.meta.family
    let size = max(6.5, (theme.fonts.meta.size * 0.8).rounded(toHalves: ()))
    let colors = theme.colors
    title = TextStyle(
      font: FontRequest(family: family, size: size + 1.5, bold: true), color: colors.text)
    label = TextStyle(font: FontRequest(family: family, size: size), color: colors.text)
    axis = TextStyle(font: FontRequest(family: family, size: size), color: colors.muted)
    caption = TextStyle(
      font: FontRequest(family: family, size: size - 0.5, italic: true), color: colors.muted)
    leading = size * 1.25
    captionLeading = (size - 0.5) * 1.2
  }
}

extension Double {
  /// The value rounded to the nearest half.
  fileprivate func rounded(toHalves: Void) -> Double { (self * 2).rounded() / 2 }
}

/// One chart being drawn: the canvas, the styles and the parts every kind shares (title,
/// legend, caption, axes).
struct Drawing {
  /// The frame under construction.
  var canvas: Canvas
  /// The specification.
  let specification: ChartSpecification
  /// The text styles.
  let styles: ChartStyles
  /// The space kept clear around the chart's edge.
  let padding = 2.0

  init(layout: ParagraphLayout, specification: ChartSpecification) {
    canvas = Canvas(layout: layout, size: specification.size, dpi: specification.dpi)
    self.specification = specification
    var styles = ChartStyles(theme: specification.theme)
    // A font with a tall line box (Noto Sans) needs more than 1.25 em from line to line, or
    // labels a line apart would touch and the later one would be left out.
    let sample = canvas.label("0", styles.label)
    styles.leading = max(styles.leading, sample.ascent + sample.descent + 0.5)
    let caption = canvas.label("0", styles.caption)
    styles.captionLeading = max(
      styles.caption.font.size * 1.2, caption.ascent + caption.descent + 0.25)
    self.styles = styles
  }

  /// The chart's width.
  var width: Double { specification.size.width }
  /// The chart's height.
  var height: Double { specification.size.height }
  /// The palette.
  var palette: Palette { specification.theme.colors }
  /// The series colour at an index, cycling through the palette.
  func seriesColor(_ index: Int) -> RGBColor {
    let colors = palette.chart.isEmpty ? Palette.okabeIto : palette.chart
    return colors[index % colors.count]
  }

  /// The fill of "Other": a light grey, lighter in greyscale than any series it is stacked
  /// on, so that it never passes for one of them.
  var otherColor: RGBColor { palette.muted.tinted(0.68) }

  // MARK: Frame parts

  /// Places the title at the top; returns the y below it.
  mutating func title(_ text: String) -> Double {
    let label = fitted(text, styles.title, width: width - 2 * padding)
    let baseline = padding + label.ascent
    canvas.place(label, x: padding, baseline: baseline)
    return baseline + label.descent + 3
  }

  /// Places the caption and notes at the bottom; returns the y above them.
  mutating func caption(source: String, years: ClosedRange<Int>?, notes: [String]) -> Double {
    var text = "Source: \(source)"
    if let years { text += ", \(Format.years(years))" }
    text += "."
    let lineWidth = width - 2 * padding
    let leading = styles.captionLeading
    let paragraphs = [text] + (notes.isEmpty ? [] : [notes.joined(separator: " ")])
    let counts = paragraphs.map { canvas.lineCount($0, styles.caption, width: lineWidth) }
    // Notes give way first when the chart is too short for them.
    let allowed = max(1, Int((height * 0.25) / leading))
    var top = height - padding - Double(min(counts.reduce(0, +), allowed)) * leading
    let captionTop = top
    for (paragraph, count) in zip(paragraphs, counts) where top + leading <= height {
      canvas.paragraph(
        paragraph, styles.caption, x: padding, top: top, width: lineWidth, leading: leading)
      top += Double(count) * leading
    }
    return captionTop - 2
  }

  /// Places a legend of swatches and names in lines from `top`; returns the y below it.
  mutating func legend(_ names: [String], colors: [RGBColor], top: Double) -> Double {
    let swatch = (styles.label.font.size * 0.8).rounded()
    var x = padding
    var line = 0
    let leading = styles.leading + 1
    // Names are cut to half a line, so that long ones (OpenAlex's topics) still pair up
    // and the legend leaves the bars their height.
    let nameWidth = max(60, (width - 2 * padding) / 2 - swatch - 12)
    for (index, name) in names.enumerated() {
      let label = fitted(name, styles.label, width: nameWidth)
      let entryWidth = swatch + 3 + label.width
      if x > padding, x + entryWidth > width - padding {
        line += 1
        x = padding
      }
      let baseline = top + Double(line) * leading + label.ascent
      if canvas.place(label, x: x + swatch + 3, baseline: baseline) {
        let swatchTop = baseline - label.ascent / 2 - swatch / 2 - 0.5
        canvas.fill(
          left: x, top: swatchTop, right: x + swatch, bottom: swatchTop + swatch,
          color: colors[index])
      }
      x += entryWidth + 9
    }
    return top + Double(line + 1) * leading + 2
  }

  /// A label no wider than `width`: the text, or as much of it as fits before an ellipsis.
  func fitted(_ text: String, _ style: TextStyle, width: Double) -> Label {
    let whole = canvas.label(text, style)
    guard whole.width > width, width > 0 else { return whole }
    var characters = Array(text)
    // Guess from the proportion, then take off a character at a time until it fits.
    let guess = Int(Double(characters.count) * width / whole.width)
    characters = Array(characters.prefix(max(0, guess)))
    while !characters.isEmpty {
      let trimmed = String(characters).trimmingTrailingSpaces() + "…"
      let label = canvas.label(trimmed, style)
      if label.width <= width { return label }
      characters.removeLast()
    }
    return Label(items: [], width: 0, ascent: whole.ascent, descent: whole.descent)
  }
}

extension String {
  /// The string without spaces at its end.
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
