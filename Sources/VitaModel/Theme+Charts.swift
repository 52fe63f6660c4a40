/// How a report sets out the charts of its `charts` section.
public struct ChartRows: Hashable, Sendable {
  /// How many charts share a row, in equal columns.
  public var columns: Int = 2
  /// The height of a row, in points.
  public var height: Double = 168
  /// The most charts shown: the first ones whose data the profile has, in the listed
  /// order; `nil` to show every chart the data allow.
  public var limit: Int? = nil
  /// Where the list of charts sits in the layout file, for warnings about its items:
  /// `charts`, or `charts.kinds` when `charts` is a mapping.
  public var listPath = "charts"

  /// Creates the default: two charts to a row, 168 points tall, no limit.
  public init() {}
}
