import Testing
import VitaLayout
import VitaModel
import VitaRender

@testable import VitaCharts

#if canImport(Glibc)
  import Glibc
#endif

/// With VITA_CHART_PREVIEW=FOLDER, writes every chart of every geometry profile there as a
/// PNG at 150 dpi, for looking at; without it, does nothing.
@Suite struct PreviewTests {
  @Test func writePreviews() throws {
    guard let folder = getenv("VITA_CHART_PREVIEW").map({ String(cString: $0) }) else { return }
    for (index, (_, profile)) in GeometryTests.profiles.enumerated() {
      for kind in ChartKind.allCases where ChartLayout.missingData(for: kind, in: profile) == nil {
        for (sizeIndex, size) in GeometryTests.sizes.enumerated() {
          let bytes = try Renderer.png(try frame(kind, profile, size: size), dpi: 150)
          write(bytes, to: "\(folder)/\(index)-\(kind.rawValue)-\(sizeIndex).png")
        }
      }
    }
  }
}
