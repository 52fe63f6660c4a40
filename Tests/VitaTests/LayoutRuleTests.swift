import Testing
import Vita
import VitaLayout
import VitaModel

/// The pagination rules, for every built-in layout, on the canonical profile and the
/// largest real profiles of each source, from the frames the real text engine lays out.
@Suite struct LayoutRuleTests {
  static let layouts = ["classic", "modern", "compact", "group"]
  /// The canonical profile, the example with every CV section, then the largest real file
  /// of each source in ../shared/data.
  static let profiles = [
    canonicalProfile,
    packageRoot + "/Examples/profile.yaml",
    packageRoot + "/../shared/data/openalex/peneira_works_search_49.json",
    packageRoot + "/../shared/data/openalex/b-vitamins_A5023888391.json",
    packageRoot + "/../shared/data/bibtex/594zyc_papers_ACL-style.bib",
    packageRoot + "/../shared/data/scholar/HowcanoeWang_scholar_serpapi.json",
  ]

  /// The pages of a profile in a layout, and the theme.
  func pages(_ layout: String, _ path: String = canonicalProfile) throws -> (
    pages: [Frame], theme: Theme, profile: Profile
  ) {
    let (profile, _) = try engine.readProfile(at: path)
    let (theme, warnings) = try engine.readTheme(layout)
    #expect(warnings.isEmpty)
    var options = RenderOptions()
    options.creationTime = 0
    return (engine.pages(engine.document(profile, theme: theme, options: options)), theme, profile)
  }

  /// The groups of a role on a page, with their positions.
  func groups(_ page: Frame, _ role: FrameGroup.Role) -> [(origin: Point, frame: Frame)] {
    page.items.compactMap { entry in
      if case .group(let group) = entry.item, group.role == role {
        return (entry.position, group.frame)
      }
      return nil
    }
  }

  /// Where the main column and the sidebar may draw, on the page.
  func areas(_ theme: Theme) -> (main: Rect, sidebar: Rect?) {
    let page = theme.page
    let full = Rect(
      x: page.marginLeft, y: page.marginTop, width: page.textWidth, height: page.textHeight)
    guard let sidebar = theme.sidebar else { return (full, nil) }
    let mainWidth = page.textWidth - sidebar.width - sidebar.gap
    let left = sidebar.side == .left
    return (
      Rect(
        x: page.marginLeft + (left ? sidebar.width + sidebar.gap : 0), y: page.marginTop,
        width: mainWidth, height: page.textHeight),
      Rect(
        x: page.marginLeft + (left ? 0 : page.textWidth - sidebar.width), y: page.marginTop,
        width: sidebar.width, height: page.textHeight)
    )
  }

  @Test func classicTakesSixPagesWithItsCharts() throws {
    #expect(try pages("classic").pages.count == 6)
  }

  @Test func compactTakesAtMostTwoPages() throws {
    #expect(try pages("compact").pages.count <= 2)
  }

  @Test(arguments: layouts, profiles)
  func nothingIsDrawnOutsideItsArea(layout: String, path: String) throws {
    let (pages, theme, _) = try pages(layout, path)
    let (main, sidebar) = areas(theme)
    for (number, page) in pages.enumerated() {
      let columns =
        [(main, FrameGroup.Role.body)] + (sidebar.map { [($0, FrameGroup.Role.sidebar)] } ?? [])
      for (area, role) in columns {
        let found = groups(page, role)
        #expect(found.count == 1, "\(layout) page \(number + 1) has no \(role) group")
        for (origin, frame) in found {
          for item in frame.items {
            var bounds = item.bounds.offsetBy(origin)
            if case .text = item.item {
              // A run's box is its font's ascent and descent; for a fallback font (Noto
              // Sans CJK's is 1.45 em) that can pass a tight line box by a fraction of a
              // point where the glyphs' ink does not. A point of it is allowed, no more.
              bounds = Rect(
                x: bounds.origin.x, y: bounds.origin.y + 1, width: bounds.size.width,
                height: max(0, bounds.size.height - 2))
            }
            #expect(
              area.contains(bounds),
              "\(layout) page \(number + 1): '\(item.text)' at \(bounds) leaves \(area)")
          }
        }
      }
    }
  }

  @Test(arguments: layouts, profiles)
  func aHeadingIsFollowedByTextOnItsPage(layout: String, path: String) throws {
    for page in try pages(layout, path).pages {
      for (_, frame) in groups(page, .body) + groups(page, .sidebar) {
        for (index, item) in frame.items.enumerated() {
          guard case .anchor(let anchor) = item.item else { continue }
          let textBelow = frame.items[(index + 1)...].contains { entry in
            if case .text = entry.item { return entry.position.y > item.position.y + 14 }
            return false
          }
          #expect(textBelow, "\(layout): the heading '\(anchor.title)' ends a page")
        }
      }
    }
  }

  @Test(arguments: layouts, profiles)
  func anEntrySplitsOnlyWhenTallerThanAPage(layout: String, path: String) throws {
    // Each entry starts with its title, after its number or years when it has them; a page
    // that starts with anything else but a heading continues the entry last started.
    let (pages, theme, profile) = try pages(layout, path)
    let cvEntries = profile.sections.flatMap(\.entries)
    let titles = (profile.papers.map(\.title) + cvEntries.map(\.title)).map(collapsingSpaces)
    var seen = Set<Int>()
    var lastStarted: Int?
    for (number, page) in pages.enumerated() {
      guard let (_, frame) = groups(page, .body).first else { continue }
      let lines = Self.lines(of: frame)
      if number > 0, let first = lines.first, !frame.items.isEmpty,
        !Self.isAnchor(frame.items[0]), Self.entry(openingWith: first, among: titles) == nil
      {
        let started = try #require(lastStarted)
        guard started < profile.papers.count else {
          Issue.record("\(layout) page \(number + 1) continues '\(titles[started])'")
          continue
        }
        let paper = profile.papers[started]
        #expect(
          try isTallerThanAPage(paper, profile: profile, theme: theme),
          "\(layout) page \(number + 1) continues '\(paper.title)', which fits on a page")
      }
      for line in lines {
        guard let index = Self.entry(openingWith: line, among: titles), !seen.contains(index)
        else { continue }
        seen.insert(index)
        lastStarted = index
      }
    }
  }

  /// The entry whose title a line opens with, after any label in runs of its own: from one
  /// of its runs on, the line holds the whole title, or is the title's first line.
  static func entry(openingWith runs: [String], among titles: [String]) -> Int? {
    for start in runs.indices {
      let line = runs[start...].joined().trimmingSuffix(" ")
      let found = titles.indices.first { index in
        line.hasPrefix(titles[index]) || (line.count >= 12 && titles[index].hasPrefix(line))
      }
      if let found { return found }
    }
    return nil
  }

  /// Whether a paper's entry alone, under its section heading, takes more than a page.
  func isTallerThanAPage(_ paper: Paper, profile: Profile, theme: Theme) throws -> Bool {
    var alone = profile
    alone.papers = [paper]
    var bare = theme
    bare.sections = [.publications]
    bare.sidebar?.sections = []
    return engine.pages(engine.document(alone, theme: bare, options: RenderOptions())).count > 1
  }

  /// The text runs of each line of a column, top to bottom.
  static func lines(of frame: Frame) -> [[String]] {
    var rows: [(y: Double, runs: [String])] = []
    for (position, run) in frame.textRuns() {
      let text = String(decoding: run.text, as: UTF8.self)
      if let last = rows.last, abs(last.y - position.y) < 0.01 {
        rows[rows.count - 1].runs.append(text)
      } else {
        rows.append((position.y, [text]))
      }
    }
    return rows.map(\.runs)
  }

  static func isAnchor(_ item: PositionedItem) -> Bool {
    if case .anchor = item.item { return true }
    return false
  }
}

extension PositionedItem {
  /// The text an item draws, its nested frames' included, for messages.
  var text: String {
    switch item {
    case .text(let run): String(decoding: run.text, as: UTF8.self)
    case .group(let group):
      group.frame.textRuns().map { String(decoding: $0.run.text, as: UTF8.self) }.joined()
    default: ""
    }
  }
}

extension String {
  /// The string without a run of `character` at its end.
  func trimmingSuffix(_ character: Character) -> String {
    var text = self
    while text.last == character { text.removeLast() }
    return text
  }
}
