/// A column beside the main one, on every page, with its own content and its own flow.
public struct Sidebar: Hashable, Sendable {
  /// What a sidebar can hold, in the order the layout lists it.
  public enum Section: String, Hashable, Sendable, CaseIterable {
    /// The researcher's name and field.
    case name
    /// Email, home page, ORCID, Google Scholar and other links.
    case contact
    /// The organisations the researcher belongs to.
    case affiliations
    /// The figures, one under another.
    case metrics
    /// The charts the sidebar's `charts` names, one under another.
    case charts
  }

  /// Which side of the page the sidebar takes.
  public enum Side: String, Hashable, Sendable, CaseIterable {
    /// The left side.
    case left
    /// The right side.
    case right
  }

  /// The sidebar's width, inside the text area, in points.
  public var width: Double = 150
  /// The space between the sidebar and the main column, in points.
  public var gap: Double = 22
  /// Which side it takes.
  public var side: Side = .left
  /// The colour behind the sidebar, across the full page height; `nil` for none.
  public var background: RGBColor? = nil
  /// What it holds, in order.
  public var sections: [Section] = [.name, .contact, .affiliations, .metrics]
  /// The charts its `charts` section shows, one under another, each the sidebar's width;
  /// a chart whose data the profile lacks is left out.
  public var charts: [ChartKind] = [.citationsPerYear, .papersPerYear]
  /// The height of each of its charts, in points.
  public var chartHeight: Double = 118

  /// Creates the default sidebar: 150 points on the left, with every section.
  public init() {}
}
