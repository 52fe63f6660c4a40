import VitaModel

/// A row of charts that a report asks for: which charts, drawn from which profile with
/// which theme, and how tall.
///
/// Layout cannot draw charts itself (charts are drawn by a module built on layout); it
/// hands the request to a `FigureProvider` when it measures the block.
public struct FigureRequest: Sendable {
  /// The charts, side by side in equal columns, in order.
  public var charts: [ChartKind]
  /// The number of columns the row is divided into; at least the number of charts, so
  /// that a last, short row keeps the column width of the rows above.
  public var columns: Int
  /// The profile whose data the charts show.
  public var profile: Profile
  /// The theme whose fonts and palette the charts use.
  public var theme: Theme
  /// The height of the row, in points.
  public var height: Double
  /// The year the report is made in; later years are left out of the charts.
  public var currentYear: Int?

  /// Creates a request.
  public init(
    charts: [ChartKind], columns: Int? = nil, profile: Profile, theme: Theme, height: Double,
    currentYear: Int?
  ) {
    self.charts = charts
    self.columns = max(columns ?? charts.count, charts.count, 1)
    self.profile = profile
    self.theme = theme
    self.height = height
    self.currentYear = currentYear
  }
}

/// Draws the charts that reports ask for. The charts module implements it; the facade
/// hands it to composition (to leave out charts without data) and to flow layout.
public protocol FigureProvider: Sendable {
  /// Why a chart cannot be drawn from the profile, counting only data up to
  /// `currentYear`; `nil` when it can.
  func missingData(for chart: ChartKind, in profile: Profile, currentYear: Int?)
    -> MissingChartData?

  /// The row of charts as one frame `width` wide and `request.height` tall; `nil` when
  /// none of them can be drawn.
  func figure(_ request: FigureRequest, width: Double) -> Frame?
}

/// Why a chart of a report cannot be drawn.
public enum MissingChartData: Hashable, Sendable {
  /// The profile lacks what the chart shows, such as "papers with dates".
  case lacks(String)
  /// The profile has the data, but all dated after this year, the report's.
  case onlyAfter(Int)

  /// What the chart needs, as a warning says it: "papers with dates".
  public var needs: String {
    switch self {
    case .lacks(let what): what
    case .onlyAfter(let year): "data from \(year) or earlier"
    }
  }
}
