import Testing
import Vita
import VitaLayout
import VitaModel
import VitaRender

@Suite struct RenderTests {
  var options: RenderOptions {
    var options = RenderOptions()
    options.creationTime = 1_767_225_600
    return options
  }

  func renderCanonical(_ options: RenderOptions) throws -> [RenderedFile] {
    let (profile, warnings) = try engine.readProfile(at: canonicalProfile)
    #expect(warnings.isEmpty)
    let (theme, themeWarnings) = try engine.readTheme("classic")
    #expect(themeWarnings.isEmpty)
    return try engine.render(profile, theme: theme, options: options)
  }

  @Test func thePDFHoldsEveryTitleNewestFirst() throws {
    let files = try renderCanonical(options)
    let folder = temporaryFolder()
    write(files[0].bytes, to: folder + "/cv.pdf")
    let text = collapsingSpaces(shell("pdftotext '\(folder)/cv.pdf' -").output)
    let (profile, _) = try engine.readProfile(at: canonicalProfile)
    let newestFirst = profile.papers.sorted { $0.date! > $1.date! }
    var cursor = text.startIndex
    for paper in newestFirst {
      let found = text[cursor...].firstRange(of: collapsingSpaces(paper.title))
      #expect(found != nil, "\(paper.title) is missing or out of order")
      if let found { cursor = found.upperBound }
    }
    #expect(newestFirst.count == 16)
    #expect(text.contains("Publications (16)"))
    #expect(text.contains("Shantanu Thakoor · page 1 of 6"))
    #expect(text.contains("10,768"))
  }

  @Test func thePDFIsValidWithMetadataOutlineAndLinks() throws {
    let files = try renderCanonical(options)
    let folder = temporaryFolder()
    let path = folder + "/cv.pdf"
    write(files[0].bytes, to: path)
    #expect(shell("qpdf --check '\(path)'").status == 0)
    let info = shell("pdfinfo '\(path)'").output
    #expect(info.contains("Title:           Shantanu Thakoor · Curriculum vitae"))
    #expect(info.contains("Author:          Shantanu Thakoor"))
    #expect(info.contains("Creator:         Vita \(Engine.version)"))
    #expect(info.contains("CreationDate:    Thu Jan  1 00:00:00 2026 UTC"))
    #expect(info.contains("Keywords:        Machine Learning, Computation and Language"))
    #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
    let outline = shell("qpdf --json --json-key=outlines '\(path)'").output
    #expect(outline.contains("\"title\": \"Metrics\""))
    #expect(outline.contains("\"title\": \"Publications (16)\""))
    let raw = String(decoding: files[0].bytes, as: UTF8.self)
    #expect(
      raw.contains("/URI (https://github.com/deepmind/deepmind-research/tree/master/ogb_lsc)"))
    let fonts = shell("pdffonts '\(path)'").output
    #expect(fonts.contains("LinLibertineO"))
    #expect(!fonts.contains(" no  "))  // every font embedded and subset
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let first = try renderCanonical(options)
    let second = try renderCanonical(options)
    #expect(first[0].bytes == second[0].bytes)
    var later = options
    later.creationTime += 86_400
    #expect(try renderCanonical(later)[0].bytes != first[0].bytes)
  }

  @Test func letterPaperChangesThePageSize() throws {
    var letter = options
    letter.paper = .letter
    let (profile, _) = try engine.readProfile(at: canonicalProfile)
    let (theme, _) = try engine.readTheme("classic")
    let pages = engine.pages(engine.document(profile, theme: theme, options: letter))
    #expect(pages.allSatisfy { $0.size == Size(width: 612, height: 792) })
  }

  @Test func pngPagesAreOnePerPage() throws {
    var png = options
    png.format = .png
    png.dpi = 50
    let files = try renderCanonical(png)
    #expect(files.map(\.page) == [1, 2, 3, 4, 5, 6])
    #expect(
      Engine.outputPaths(base: "out/cv.png", format: .png, files: files)
        == (1...6).map { "out/cv-\($0).png" })
  }
}

/// The pagination rules on the canonical profile, for every built-in layout, from the
/// frames the real text engine lays out.
@Suite struct CanonicalLayoutTests {
  static let layouts = ["classic", "modern", "compact", "group"]

  /// The pages of the canonical profile in a layout, and the theme.
  func pages(_ layout: String) throws -> (pages: [Frame], theme: Theme, profile: Profile) {
    let (profile, _) = try engine.readProfile(at: canonicalProfile)
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

  @Test(arguments: layouts) func nothingIsDrawnOutsideItsArea(layout: String) throws {
    let (pages, theme, _) = try pages(layout)
    let (main, sidebar) = areas(theme)
    for (number, page) in pages.enumerated() {
      let columns =
        [(main, FrameGroup.Role.body)] + (sidebar.map { [($0, FrameGroup.Role.sidebar)] } ?? [])
      for (area, role) in columns {
        let found = groups(page, role)
        #expect(found.count == 1, "\(layout) page \(number + 1) has no \(role) group")
        for (origin, frame) in found {
          for item in frame.items {
            let bounds = item.bounds.offsetBy(origin)
            #expect(
              area.contains(bounds), "\(layout) page \(number + 1): \(bounds) leaves \(area)")
          }
        }
      }
    }
  }

  @Test(arguments: layouts) func aHeadingIsFollowedByTextOnItsPage(layout: String) throws {
    for page in try pages(layout).pages {
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

  @Test(arguments: layouts) func everyEntryIsOnOnePage(layout: String) throws {
    // Each entry starts with its title (after its number, when numbered); a page that
    // starts with anything else but a heading has an entry split across it.
    let (pages, _, profile) = try pages(layout)
    let starts = profile.papers.map { String(collapsingSpaces($0.title).prefix(12)) }
    for (number, page) in pages.enumerated().dropFirst() {
      guard let (_, frame) = groups(page, .body).first, !frame.items.isEmpty else { continue }
      if case .anchor = frame.items[0].item { continue }
      let runs = frame.textRuns()
      guard let first = runs.first else { continue }
      var line = runs.filter { abs($0.position.y - first.position.y) < 0.01 }
        .map { String(decoding: $0.run.text, as: UTF8.self) }.joined()
      if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
        line = String(line[line.index(after: close)...].drop { $0 == " " })
      }
      #expect(
        starts.contains { line.hasPrefix($0) },
        "\(layout) page \(number + 1) starts inside an entry: \(line)")
    }
  }
}

extension Frame {
  /// Every text run in the frame and its nested frames, with absolute positions.
  func textRuns(offset: Point = .zero) -> [(position: Point, run: TextRun)] {
    items.flatMap { entry -> [(position: Point, run: TextRun)] in
      switch entry.item {
      case .text(let run): [(entry.position + offset, run)]
      case .group(let group): group.frame.textRuns(offset: entry.position + offset)
      default: []
      }
    }
  }
}
