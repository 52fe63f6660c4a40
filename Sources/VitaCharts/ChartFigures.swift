import VitaLayout
import VitaModel

/// Draws the charts of a report's figure blocks, side by side in equal columns.
public struct ChartFigures: FigureProvider {
  /// Draws each chart.
  public let charts: ChartLayout
  /// The gap between two charts of a row, in points.
  public var gutter = 18.0

  /// Creates a provider on a text engine.
  public init(shaper: any TextShaper) {
    charts = ChartLayout(shaper: shaper)
  }

  public func missingData(for chart: ChartKind, in profile: Profile, currentYear: Int?)
    -> MissingChartData?
  {
    if let needs = ChartData.missing(chart, in: profile) { return .lacks(needs) }
    guard let currentYear, !ChartData.isDrawable(chart, profile, currentYear: currentYear)
    else { return nil }
    return .onlyAfter(currentYear)
  }

  public func figure(_ request: FigureRequest, width: Double) -> Frame? {
    let columns = Double(request.columns)
    let columnWidth = (width - gutter * (columns - 1)) / columns
    var row = Frame(size: Size(width: width, height: request.height))
    var drawn = 0
    for (index, kind) in request.charts.enumerated() {
      let specification = ChartSpecification(
        kind: kind, size: Size(width: columnWidth, height: request.height),
        theme: request.theme, currentYear: request.currentYear)
      guard let chart = try? charts.frame(specification, profile: request.profile) else {
        continue
      }
      row.merge(chart, at: Point(x: Double(index) * (columnWidth + gutter), y: 0))
      drawn += 1
    }
    return drawn == 0 ? nil : row
  }
}
