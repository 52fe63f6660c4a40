import Testing
import VitaModel

@testable import VitaImport

/// The layout schema names exactly the keys the theme reader knows, so that an editor
/// that checks a layout against it agrees with `vita render`.
@Suite("Layout schema")
struct LayoutSchemaTests {
  let schema: YAMLNode

  init() throws {
    let bytes = try packageFile("Documentation/Schemas/layout.schema.json")
    let (root, diagnostics) = YAMLReader.parse(bytes, file: "layout.schema.json")
    #expect(diagnostics.isEmpty)
    schema = try #require(root)
  }

  /// The property names of the object schema at a path of `properties` keys, following
  /// `anyOf` to the one branch that is an object and `$ref` into `$defs`.
  func keys(_ path: [String]) -> [String] {
    var node: YAMLNode? = schema
    for name in path { node = objectBranch(node)?["properties"]?[name] }
    let properties = objectBranch(node)?["properties"]?.mapping ?? []
    return properties.compactMap(\.key.string).sorted()
  }

  private func objectBranch(_ node: YAMLNode?) -> YAMLNode? {
    guard let node else { return nil }
    if let reference = node["$ref"]?.string, reference.hasPrefix("#/$defs/") {
      return objectBranch(schema["$defs"]?[String(reference.dropFirst(8))])
    }
    if let branches = node["anyOf"]?.sequence {
      return branches.lazy.compactMap { self.objectBranch($0) }
        .first { $0["properties"] != nil }
    }
    return node
  }

  @Test func theRootKeysAreTheReadersKeys() {
    #expect(keys([]) == ThemeReader.Reading.rootKeys.sorted())
  }

  @Test func eachNestedMappingHasTheReadersKeys() {
    typealias Reading = ThemeReader.Reading
    #expect(keys(["page"]) == ["margins", "size"])
    #expect(keys(["page", "margins"]) == ["bottom", "left", "right", "top"])
    #expect(keys(["fonts"]) == Reading.fontRoles.map(\.name).sorted())
    #expect(keys(["fonts", "body"]) == Reading.fontKeys.sorted())
    #expect(keys(["colors"]) == (Reading.colorRoles.map(\.name) + ["chart"]).sorted())
    #expect(keys(["spacing"]) == Reading.spaces.map(\.name).sorted())
    #expect(keys(["charts"]) == Reading.chartRowKeys.sorted())
    #expect(keys(["publications"]) == Reading.publicationKeys.sorted())
    #expect(keys(["sidebar"]) == Reading.sidebarKeys.sorted())
  }

  @Test func theEnumerationsAreTheModelsCases() {
    let charts = schema["$defs"]?["chartList"]?["items"]?["enum"]?.sequence?.compactMap(\.string)
    #expect(charts == ChartKind.allCases.map(\.rawValue))
    let sidebar = schema["properties"]?["sidebar"]?["anyOf"]?.sequence?.last?["properties"]?[
      "sections"]?["items"]?["enum"]?.sequence?.compactMap(\.string)
    #expect(sidebar == Sidebar.Section.allCases.map(\.rawValue))
    let sections = schema["properties"]?["sections"]?["items"]?["enum"]?.sequence?.compactMap(
      \.string)
    #expect(sections == Theme.Section.allCases.map(\.rawValue))
  }
}
