// swift-tools-version: 6.0
import PackageDescription

/// A C library from Debian, reached through pkg-config and wrapped by one shim header.
func systemLibrary(_ name: String, pkgConfig: String, apt: [String]) -> Target {
  .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt(apt)])
}

let package = Package(
  name: "Vita",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Vita", targets: ["Vita"]),
    .executable(name: "vita", targets: ["vita"]),
  ],
  targets: [
    systemLibrary("CCairo", pkgConfig: "cairo", apt: ["libcairo2-dev"]),
    systemLibrary("CPango", pkgConfig: "pangocairo", apt: ["libpango1.0-dev"]),
    systemLibrary("CYAML", pkgConfig: "yaml-0.1", apt: ["libyaml-dev"]),
    systemLibrary("CPNG", pkgConfig: "libpng", apt: ["libpng-dev"]),

    .target(name: "VitaModel"),
    .target(name: "VitaImport", dependencies: ["VitaModel", "CYAML"]),
    .target(name: "VitaLayout", dependencies: ["VitaModel"]),
    .target(name: "VitaText", dependencies: ["VitaLayout", "CPango"]),
    .target(
      name: "VitaRender", dependencies: ["VitaModel", "VitaLayout", "VitaText", "CCairo", "CPNG"]),
    .target(name: "VitaCharts", dependencies: ["VitaLayout", "VitaModel"]),
    .target(
      name: "Vita",
      dependencies: [
        "VitaModel", "VitaImport", "VitaLayout", "VitaText", "VitaRender", "VitaCharts",
      ]
    ),
    // Every module a target imports is named, so that a change to it rebuilds the target.
    .executableTarget(
      name: "vita", dependencies: ["Vita", "VitaImport", "VitaModel", "VitaRender"]),
    .executableTarget(
      name: "vita-bench",
      dependencies: ["Vita", "VitaImport", "VitaLayout", "VitaModel", "VitaRender"],
      path: "Benchmarks/VitaBench"
    ),

    .testTarget(name: "VitaModelTests", dependencies: ["VitaModel"]),
    .testTarget(name: "VitaImportTests", dependencies: ["VitaImport", "VitaModel"]),
    .testTarget(name: "VitaLayoutTests", dependencies: ["VitaLayout", "VitaModel"]),
    .testTarget(name: "VitaTextTests", dependencies: ["VitaText", "VitaLayout", "VitaModel"]),
    .testTarget(
      name: "VitaRenderTests",
      dependencies: ["VitaRender", "VitaText", "VitaLayout", "VitaModel", "CCairo"],
      exclude: ["References"]),
    .testTarget(
      name: "VitaChartsTests",
      dependencies: ["VitaCharts", "VitaLayout", "VitaModel", "VitaRender", "VitaText", "CCairo"],
      exclude: ["References"]),
    .testTarget(
      name: "VitaTests",
      dependencies: ["Vita", "VitaImport", "VitaLayout", "VitaModel", "VitaRender"]),
  ]
)
