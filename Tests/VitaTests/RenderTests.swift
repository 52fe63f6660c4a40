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
