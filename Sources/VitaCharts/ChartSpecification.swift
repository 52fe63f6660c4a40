import VitaLayout
import VitaModel

/// What to draw: the kind of chart, its size, the theme whose type and palette it takes,
/// and the facts about the output that change the drawing.
public struct ChartSpecification: Sendable {
  /// The kind of chart.
  public var kind: ChartKind
  /// The chart's extent, in points; every item stays inside it.
  public var size: Size
  /// The theme whose fonts and colours the chart uses.
  public var theme: Theme
  /// The year the chart is made in; later years are left out, with a note.
  public var currentYear: Int?
  /// The resolution of a raster output, in dots per inch, so that hairlines and bar edges
  /// fall on whole pixels; `nil` for vector output, where nothing is snapped.
  public var dpi: Double?

  /// Creates a specification.
  public init(
    kind: ChartKind, size: Size = ChartSpecification.defaultSize, theme: Theme = Theme(),
    currentYear: Int? = nil, dpi: Double? = nil
  ) {
    self.kind = kind
    self.size = size
    self.theme = theme
    self.currentYear = currentYear
    self.dpi = dpi
  }

  /// The size of a standalone chart: 5 × 3 inches.
  public static let defaultSize = Size(width: 360, height: 216)
  /// The smallest size a chart can be drawn at.
  public static let minimumSize = Size(width: 120, height: 90)
}

/// Why a chart cannot be drawn: the profile lacks the data its kind needs.
public struct ChartError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The chart asked for.
  public var kind: ChartKind
  /// The data it needs, such as "per-paper citation counts".
  public var needs: String

  /// Creates an error.
  public init(kind: ChartKind, needs: String) {
    self.kind = kind
    self.needs = needs
  }

  public var description: String {
    "the chart '\(kind.rawValue)' needs \(needs), which the profile does not have"
  }
}
