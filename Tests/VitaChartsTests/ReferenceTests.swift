import Testing
import VitaLayout
import VitaModel
import VitaRender

@testable import VitaCharts

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny reference image per kind, at 1 px per point, compared with a tolerance for
/// anti-aliasing. Set VITA_RECORD_REFERENCES=1 to write the references anew; recording
/// fails the test so that the new images get looked at before they are committed.
@Suite struct ReferenceTests {
  static let size = Size(width: 240, height: 150)

  @Test(arguments: ChartKind.allCases)
  func theChartMatchesItsReferenceImage(_ kind: ChartKind) throws {
    let profile = citedProfile(history(2014...2026))
    let reference = packageRoot + "/Tests/VitaChartsTests/References/\(kind.rawValue).png"
    let bytes = try Renderer.png(try frame(kind, profile, size: Self.size, dpi: 72), dpi: 72)
    if getenv("VITA_RECORD_REFERENCES") != nil {
      write(bytes, to: reference)
      Issue.record("recorded \(reference); review it and run again without VITA_RECORD_REFERENCES")
      return
    }
    let expected = try #require(pixels(ofPNG: reference))
    let actual = try #require(pixels(ofPNG: temporaryFile("\(kind.rawValue).png", bytes)))
    #expect(actual.width == expected.width && actual.height == expected.height)
    let differing = zip(actual.words, expected.words).filter { channelDistance($0, $1) > 48 }
    #expect(differing.count <= actual.words.count / 200, "\(differing.count) pixels differ")
  }
}
