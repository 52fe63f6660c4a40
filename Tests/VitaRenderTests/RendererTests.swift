import Testing
import VitaLayout
import VitaModel

@testable import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct PDFTests {
  let info = PDFInfo(
    metadata: DocumentMetadata(
      title: "A title", author: "An Author", subject: "A subject", keywords: ["one", "two"]),
    creator: "Vita test", creationDate: "2026-01-01T00:00:00Z")

  @Test func aPDFPassesQPDFAndCarriesItsMetadata() throws {
    let bytes = try Renderer.pdf([sampleFrame(), sampleFrame()], info: info)
    let path = temporaryFile("sample.pdf", bytes)
    #expect(run("qpdf --check '\(path)'").status == 0)
    let metadata = run("pdfinfo '\(path)'").output
    #expect(metadata.contains("Title:           A title"))
    #expect(metadata.contains("Author:          An Author"))
    #expect(metadata.contains("Keywords:        one, two"))
    #expect(metadata.contains("Creator:         Vita test"))
    #expect(metadata.contains("Pages:           2"))
    #expect(metadata.contains("Tagged:          yes"))
    #expect(run("pdffonts '\(path)'").output.contains("LinLibertineO"))
  }

  @Test func linksArePercentEncodedAndTextExtracts() throws {
    let bytes = try Renderer.pdf([sampleFrame()], info: info)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("/URI (https://example.org/it%27s%20here)"))
    let path = temporaryFile("links.pdf", bytes)
    let extracted = run("pdftotext '\(path)' -").output
    #expect(extracted.contains("Vita · 2026"))
    #expect(extracted.contains("justified"))  // the "fi" ligature maps back to its letters
  }

  @Test func theSameFramesGiveTheSameBytes() throws {
    let first = try Renderer.pdf([sampleFrame()], info: info)
    let second = try Renderer.pdf([sampleFrame()], info: info)
    #expect(first == second)
  }

  @Test func percentEncodingKeepsURICharacters() {
    #expect(PDFText.percentEncoded("https://a.org/x?y=1&z=(2)#f") == "https://a.org/x?y=1&z=(2)#f")
    #expect(PDFText.percentEncoded("https://a.org/é 'q'") == "https://a.org/%C3%A9%20%27q%27")
  }
}

@Suite struct ImageTests {
  @Test func aPNGHasThePixelSizeOfItsResolutionOnWhite() throws {
    let bytes = try Renderer.png(sampleFrame(), dpi: 144)
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let image = try #require(pixels(ofPNG: temporaryFile("page.png", bytes)))
    #expect(image.width == 400 && image.height == 200)
    #expect(image.words[0] == 0xFF_FFFF)
    #expect(image.words.contains { $0 != 0xFF_FFFF })
  }

  @Test func anImageTooLargeIsRefused() {
    #expect(throws: RenderError.imageTooLarge(width: 41667, height: 20834)) {
      try Renderer.png(sampleFrame(), dpi: 15000)
    }
  }

  @Test func anSVGIsVectorText() throws {
    let svg = String(decoding: try Renderer.svg(sampleFrame()), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.contains("<svg"))
    #expect(svg.contains("200pt"))
  }

  /// Compares a rendering with a reference image, allowing small anti-aliasing differences.
  /// Set VITA_RECORD_REFERENCES=1 to write the references anew; recording fails the test
  /// so that the new images get looked at before they are committed.
  @Test func theSampleMatchesItsReferenceImage() throws {
    let reference = packageRoot + "/Tests/VitaRenderTests/References/sample-72dpi.png"
    let bytes = try Renderer.png(sampleFrame(), dpi: 72)
    if getenv("VITA_RECORD_REFERENCES") != nil {
      let file = fopen(reference, "wb")!
      _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
      fclose(file)
      Issue.record("recorded \(reference); review it and run again without VITA_RECORD_REFERENCES")
      return
    }
    let expected = try #require(pixels(ofPNG: reference))
    let actual = try #require(pixels(ofPNG: temporaryFile("sample.png", bytes)))
    #expect(actual.width == expected.width && actual.height == expected.height)
    var differing = 0
    for (a, b) in zip(actual.words, expected.words) {
      if channelDistance(a, b) > 48 { differing += 1 }
    }
    #expect(differing <= actual.words.count / 200, "\(differing) pixels differ")
  }
}

/// The largest difference between two pixels' red, green or blue values.
func channelDistance(_ a: UInt32, _ b: UInt32) -> Int {
  var largest = 0
  for shift: UInt32 in [0, 8, 16] {
    let left = Int((a >> shift) & 0xFF)
    let right = Int((b >> shift) & 0xFF)
    largest = max(largest, abs(left - right))
  }
  return largest
}

/// Hairlines in raster output sit on whole pixels, so a gridline is one sharp row, not a
/// grey smear across two.
@Suite struct HairlineTests {
  @Test func aThinSpanCoversWholePixelsAroundItsCentre() {
    let scale = 150.0 / 72
    let (start, length) = FrameWalker.snapped(10.3, 0.6, scale: scale)
    #expect(abs(start * scale - 22) < 1e-9 && abs(length * scale - 1) < 1e-9)
    // One and a half pixels become two; a span of two pixels or more stays put.
    #expect(abs(FrameWalker.snapped(3, 0.75, scale: 2).1 * 2 - 2) < 1e-9)
    #expect(FrameWalker.snapped(5, 10, scale: 2) == (5, 10))
  }

  @Test func aRuleInAPNGIsOneDarkRow() throws {
    var frame = Frame(size: Size(width: 40, height: 20))
    frame.add(
      .rectangle(
        FilledRectangle(size: Size(width: 40, height: 0.5), color: RGBColor(hex: "#000000")!)),
      at: Point(x: 0, y: 10.3))
    let path = temporaryFile("rule.png", try Renderer.png(frame, dpi: 150))
    let image = try #require(pixels(ofPNG: path))
    let column = image.width / 2
    let rows = (0..<image.height).filter { row in
      image.words[row * image.width + column] & 0xFF_FFFF != 0xFF_FFFF
    }
    #expect(rows.count == 1, "the rule covers rows \(rows)")
  }
}
