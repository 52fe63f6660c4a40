import Testing
import VitaLayout
import VitaModel

@testable import VitaText

/// The folder of the package, found from this file's path.
let packageRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
  return path
}()

/// One engine for the suite: setting up fonts is the slow part.
let engine = PangoTextEngine(fonts: try! FontConfiguration(folder: packageRoot + "/Fonts"))

func style(_ family: String = "Linux Libertine O", size: Double = 10, bold: Bool = false)
  -> TextStyle
{
  TextStyle(
    font: FontRequest(family: family, size: size, bold: bold), color: RGBColor.black)
}

@Suite struct FontConfigurationTests {
  @Test func seesTheFamiliesOfTheManifest() throws {
    let fonts = try FontConfiguration(folder: packageRoot + "/Fonts")
    #expect(fonts.hasFamily("Linux Libertine O"))
    #expect(fonts.hasFamily("Noto Sans"))
    #expect(fonts.packages["Linux Libertine O"] == "fonts-linuxlibertine")
  }

  @Test func hidesTheMachinesOtherFonts() throws {
    // DejaVu is on most Debian machines, but not in Fonts/fonts.conf.
    let fonts = try FontConfiguration(folder: packageRoot + "/Fonts")
    #expect(!fonts.hasFamily("DejaVu Sans"))
  }

  @Test func aMissingFamilyNamesItsPackage() throws {
    let fonts = try FontConfiguration(folder: packageRoot + "/Fonts")
    #expect(throws: FontError.missingFamily(family: "Garamond Nonexistent", package: nil)) {
      try fonts.requireFamilies(["Garamond Nonexistent"])
    }
    let error = FontError.missingFamily(
      family: "Linux Libertine O", package: "fonts-linuxlibertine")
    #expect(error.description.contains("apt-get install fonts-linuxlibertine"))
  }

  @Test func aMissingConfigurationIsAnError() {
    #expect(throws: FontError.configurationUnreadable(path: "/nonexistent/fonts.conf")) {
      try FontConfiguration(folder: "/nonexistent")
    }
  }
}

@Suite struct PangoTextEngineTests {
  @Test func shapesWithPositiveAdvancesAndOrderedClusters() {
    let shaped = engine.shape(StyledText("Hello, world", style: style()))
    let glyphs = shaped.runs.flatMap(\.glyphs)
    #expect(glyphs.count == 12)
    #expect(glyphs.allSatisfy { $0.advance > 0 && $0.id != 0 })
    #expect(glyphs.map(\.cluster) == Array(0..<12))
    let width = glyphs.reduce(0) { $0 + $1.advance }
    #expect(width > 40 && width < 70)  // about half an em a letter at 10 pt
  }

  @Test func aLigatureIsOneGlyphForTwoCharacters() {
    let glyphs = engine.shape(StyledText("fine", style: style())).runs.flatMap(\.glyphs)
    #expect(glyphs.count == 3)
    #expect(glyphs.map(\.cluster) == [0, 2, 3])
  }

  /// The word cache must give exactly what Pango's own itemise-and-shape path gives.
  @Test func theWordPathEqualsPangosPath() {
    // Curly quotes are left out: Pango puts them in items of their own and so drops the
    // kerning that HarfBuzz applies between a letter and a closing quote.
    let text = "Théophane Weber: Ελληνικά and кириллица, fine affine-flows — 2.5 × 10."
    let fast = engine.shape(StyledText(text, style: style())).runs
    // Appending a character that the fast path does not take sends the span to Pango.
    let slow = engine.shape(StyledText(text + "\u{0627}", style: style())).runs
    let slowGlyphs = slow.flatMap(\.glyphs).filter { $0.cluster < text.utf8.count }
    #expect(fast.count == 1)
    #expect(fast[0].glyphs.map(\.id) == slowGlyphs.map(\.id))
    #expect(fast[0].glyphs.map(\.cluster) == slowGlyphs.map(\.cluster))
    let differing = zip(fast[0].glyphs, slowGlyphs).filter { abs($0.advance - $1.advance) > 1e-9 }
      .map { "\($0.cluster): \($0.advance) vs \($1.advance)" }
    #expect(differing == [])
  }

  @Test func otherScriptsFallBackToNotoWithRealGlyphs() {
    for text in ["مرحبا", "नमस्ते", "שלום", "ជំរាបសួរ"] {
      let runs = engine.shape(StyledText(text, style: style())).runs
      let glyphs = runs.flatMap(\.glyphs)
      #expect(!glyphs.isEmpty, "\(text)")
      #expect(glyphs.allSatisfy { $0.id != 0 }, "\(text) has a missing glyph")
    }
  }

  @Test func boldIsWiderThanRegular() {
    func width(_ bold: Bool) -> Double {
      engine.shape(StyledText("Publications", style: style(bold: bold))).runs
        .flatMap(\.glyphs).reduce(0) { $0 + $1.advance }
    }
    #expect(width(true) > width(false))
  }

  @Test func controlCharactersDoNotBreakShaping() {
    let shaped = engine.shape(StyledText("a\u{0}b\u{7}c", style: style()))
    #expect(shaped.runs.flatMap(\.glyphs).count == 5)
  }
}
