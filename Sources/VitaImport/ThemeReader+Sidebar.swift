import VitaModel

extension ThemeReader.Reading {
  /// The keys under `sidebar:`.
  static let sidebarKeys = [
    "width", "gap", "side", "background", "sections", "charts", "chart-height",
  ]

  /// Reads `sidebar`: a column beside the main one, or `none` for a single column.
  mutating func readSidebar(_ entry: Entry) {
    if entry.value.isNull || entry.value.string == "none" {
      theme.sidebar = nil
      return
    }
    var sidebar = theme.sidebar ?? Sidebar()
    let known = Self.sidebarKeys
    let problemsBefore = diagnostics.count
    sidebarNode = nil
    for field in entries(of: entry.value, at: entry.path, known: known) {
      switch field.name {
      case "width": sidebar.width = length(field, .positive) ?? sidebar.width
      case "gap": sidebar.gap = length(field, .nonNegative) ?? sidebar.gap
      case "side": sidebar.side = choice(field, Sidebar.Side.self) ?? sidebar.side
      case "background":
        if field.value.isNull || field.value.string == "none" {
          sidebar.background = nil
        } else {
          sidebar.background = color(field) ?? sidebar.background
        }
      case "sections": sidebar.sections = sidebarSections(field) ?? sidebar.sections
      case "charts": sidebar.charts = chartKinds(field) ?? sidebar.charts
      case "chart-height": sidebar.chartHeight = length(field, .positive) ?? sidebar.chartHeight
      default: break
      }
    }
    theme.sidebar = sidebar
    if diagnostics.count == problemsBefore { sidebarNode = (entry.value, entry.path) }
  }

  /// Reports a sidebar that leaves the main column too narrow, once the page is known.
  mutating func checkSidebar() {
    guard let (node, path) = sidebarNode, let sidebar = theme.sidebar else { return }
    let room = theme.page.textWidth - sidebar.width - sidebar.gap
    guard room < 100 else { return }
    diagnostics.append(
      node.error(
        "the sidebar leaves \(Self.formatted(room)) pt for the main column "
          + "of a text area \(Self.formatted(theme.page.textWidth)) pt wide",
        fieldPath: FieldPath.key("width", in: path),
        hint: "the main column needs at least 100 pt: narrow the sidebar, its gap or the margins"))
  }

  /// The sidebar's sections, in order, each at most once.
  private mutating func sidebarSections(_ entry: Entry) -> [Sidebar.Section]? {
    names(
      entry, of: Sidebar.Section.self, noun: "section", known: "sidebar sections: ",
      hint: "write the sidebar's sections in order, such as [name, contact, metrics]")
  }
}
