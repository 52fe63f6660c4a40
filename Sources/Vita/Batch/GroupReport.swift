import VitaCharts
import VitaLayout
import VitaModel
import VitaRender

extension Engine {
  /// The built-in layout of group reports.
  public static let groupLayout = "group"

  /// The group report of a batch as a PDF: the members who were rendered, read again
  /// from their profiles, by family name (then file name), so that a whole run and merged
  /// shards give the same report.
  ///
  /// The options' `since` sets the first year of the table's "since" columns (five years
  /// before the creation year when `nil`); `since` and `until` together narrow the
  /// publications and the charts, as they narrow each CV. A member whose profile cannot be
  /// read again is left out, with a warning in `warnings`; the report names the members
  /// it leaves out. The profiles are read again on `jobs` threads; the bytes are the same
  /// whatever `jobs` is.
  public func groupReport(
    title: String, outcomes: [BatchOutcome], theme: Theme, options: RenderOptions,
    jobs: Int = 1, warnings: inout [Diagnostic]
  ) throws(VitaError) -> [UInt8] {
    let (members, leftOut) = groupMembers(outcomes, jobs: jobs, warnings: &warnings)
    var theme = theme
    if let paper = options.paper {
      theme.page.width = paper.width
      theme.page.height = paper.height
    }
    theme.window = DateWindow(since: options.since, until: options.until)
    let year = CivilDate(seconds: options.creationTime).year
    // Merged once, for the charts and the list alike: it is most of the report's work.
    let shared = GroupCompose.mergePapers(members.map { $0.profile.windowed(theme.window) })
    let document = GroupCompose(
      title: title, members: members, theme: theme,
      options: ComposeOptions(
        date: CivilDate(seconds: options.creationTime).longDescription,
        creator: "Vita \(Engine.version)"),
      sinceYear: options.since ?? year - 5, leftOut: leftOut,
      charts: groupCharts(members, shared: shared, theme: theme, currentYear: year),
      shared: shared
    ).document()
    let info = PDFInfo(
      metadata: document.metadata, creator: "Vita \(Engine.version)",
      creationDate: CivilDate(seconds: options.creationTime).isoTimestamp)
    do {
      return try Renderer.pdf(pages(document), info: info)
    } catch {
      throw .render(error)
    }
  }
}
