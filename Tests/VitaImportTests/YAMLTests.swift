import Testing
import VitaImport
import VitaModel

/// Parses text that must read without any diagnostic.
private func parseClean(_ text: String) throws -> YAMLNode {
  let (root, diagnostics) = YAMLReader.parse(Array(text.utf8), file: "test.yaml")
  #expect(diagnostics.isEmpty, "\(diagnostics)")
  return try #require(root)
}

/// The descriptions of the diagnostics for some bytes.
private func problems(_ bytes: [UInt8], file: String? = "test.yaml") -> (
  root: YAMLNode?, descriptions: [String]
) {
  let (root, diagnostics) = YAMLReader.parse(bytes, file: file)
  return (root, diagnostics.map(\.description))
}

@Suite("YAML reader: structure and positions")
struct YAMLStructureTests {
  @Test func mappingsSequencesAndScalarsKeepTheirPositions() throws {
    let root = try parseClean(
      """
      name: Ada
      list:
        - 1
        - "two"
      map: {x: 1.5, y: true}
      """)
    let pairs = try #require(root.mapping)
    #expect(pairs.map { $0.key.scalar } == ["name", "list", "map"])
    #expect((root.line, root.column) == (1, 1))
    #expect((pairs[0].value.line, pairs[0].value.column) == (1, 7))
    #expect((pairs[1].key.line, pairs[1].key.column) == (2, 1))

    let list = try #require(root["list"])
    #expect((list.line, list.column) == (3, 3))
    let items = try #require(list.sequence)
    #expect((items[0].line, items[0].column) == (3, 5))
    #expect((items[1].line, items[1].column) == (4, 5))
    #expect(items[1].string == "two")

    let map = try #require(root["map"])
    #expect((map.line, map.column) == (5, 6))
    let x = try #require(map.mapping?.first)
    #expect((x.key.line, x.key.column) == (5, 7))
    #expect((x.value.line, x.value.column) == (5, 10))
    #expect(x.value.double == 1.5)
    #expect(map["y"]?.bool == true)
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try parseClean("é: ü\n")
    let pair = try #require(root.mapping?.first)
    #expect((pair.value.line, pair.value.column) == (1, 4))
  }

  @Test func jsonReadsAsYAML() throws {
    let root = try parseClean(
      #"{"a": [1, 2.5, "x", true, null, "3"], "b": {"c": -3e2}}"#)
    let items = try #require(root["a"]?.sequence)
    #expect(items[0].int == 1)
    #expect(items[1].double == 2.5)
    #expect(items[2].string == "x")
    #expect(items[3].bool == true)
    #expect(items[4].isNull)
    #expect(items[5].string == "3")
    #expect(items[5].int == nil)
    #expect(root["b"]?["c"]?.double == -300)
    #expect((items[2].line, items[2].column) == (1, 16))
  }

  @Test func compactAndTabIndentedJSONRead() throws {
    #expect(try parseClean(#"{"a":1,"b":"\u00e9"}"#)["b"]?.string == "é")
    let root = try parseClean("{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t]\n}")
    let items = try #require(root["a"]?.sequence)
    #expect(items.map(\.int) == [1, 2])
    #expect((items[1].line, items[1].column) == (4, 3))
  }

  @Test func aliasesRepeatTheAnchoredNode() throws {
    let root = try parseClean("base: &b {x: 1}\ncopy: *b\n")
    #expect(root["copy"]?["x"]?.int == 1)
    #expect(root["copy"] == root["base"])
  }

  @Test func emptyInputHasNoRootAndNoDiagnostics() {
    for text in ["", "   \n", "# only a comment\n"] {
      let (root, diagnostics) = YAMLReader.parse(Array(text.utf8), file: nil)
      #expect(root == nil)
      #expect(diagnostics.isEmpty)
    }
  }

  @Test func anEmptyDocumentMarkerGivesANullRoot() throws {
    let root = try parseClean("---\n")
    #expect(root.isNull)
  }
}

@Suite("YAML reader: merge keys")
struct YAMLMergeKeyTests {
  @Test func aMergeKeyBringsInTheKeysTheMappingDoesNotSet() throws {
    let root = try parseClean(
      """
      base: &base {family: Noto Serif, size: 9, bold: false}
      bold: &bold {bold: true, size: 20}
      title: {<<: *base, size: 11}
      heading: {<<: [*bold, *base], family: Noto Sans}
      quoted: {"<<": 1}
      """)
    let title = try #require(root["title"]?.mapping)
    #expect(title.map { $0.key.scalar } == ["size", "family", "bold"])
    #expect(root["title"]?["size"]?.int == 11 && root["title"]?["family"]?.string == "Noto Serif")
    // Of a list, the first mapping wins: size and bold from *bold, the family set here.
    let heading = try #require(root["heading"])
    #expect(heading["family"]?.string == "Noto Sans")
    #expect(heading["size"]?.int == 20 && heading["bold"]?.bool == true)
    // A merged value keeps its own position: where the anchor defined it.
    #expect((title[1].value.line, title[1].value.column) == (1, 22))
    // A quoted "<<" is an ordinary key.
    #expect(root["quoted"]?.mapping?.first?.key.scalar == "<<")
  }

  @Test func aLayoutCanShareStylesThroughMergeKeys() throws {
    let (theme, diagnostics) = ThemeReader().read(
      Array(
        """
        fonts:
          body: &serif {family: Noto Serif, size: 9, leading: 12}
          meta: {<<: *serif, size: 8, leading: 10}
        """.utf8), file: "my.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(theme?.fonts.meta.family == "Noto Serif" && theme?.fonts.meta.size == 8)
  }
}

@Suite("YAML reader: the core schema")
struct YAMLScalarTests {
  @Test func quotedScalarsStayStrings() throws {
    let root = try parseClean(
      """
      a: "123"
      b: 123
      c: '1.5'
      d: !!str 12
      e: |
        7
      """)
    #expect(root["a"]?.string == "123")
    #expect(root["a"]?.int == nil)
    #expect(root["b"]?.int == 123)
    #expect(root["b"]?.string == nil)
    #expect(root["b"]?.scalar == "123")
    #expect(root["c"]?.double == nil)
    #expect(root["d"]?.string == "12")
    #expect(root["e"]?.string == "7")
  }

  @Test func plainScalarsResolveByTheirText() throws {
    let root = try parseClean(
      """
      nulls: [null, Null, NULL, ~, ]
      bools: [true, True, FALSE, yes, on]
      ints: [0, -12, +7, 0o17, 0x1F, 012]
      floats: [1.5, -.5, 1., 2e3, .inf, -.Inf, .nan]
      strings: [1.2.3, 0x, 1e, -, ., '-.nan', 1_000]
      """)
    let nulls = try #require(root["nulls"]?.sequence)
    #expect(nulls.count == 4)
    #expect(nulls.allSatisfy { $0.isNull })
    #expect(try #require(root["bools"]?.sequence).map(\.bool) == [true, true, false, nil, nil])
    #expect(try #require(root["ints"]?.sequence).map(\.int) == [0, -12, 7, 15, 31, 12])
    let floats = try #require(root["floats"]?.sequence).compactMap(\.double)
    #expect(floats.prefix(6) == [1.5, -0.5, 1, 2000, .infinity, -.infinity])
    #expect(floats.count == 7 && floats[6].isNaN)
    let strings = try #require(root["strings"]?.sequence)
    #expect(strings.allSatisfy { $0.scalarType == .string })
  }

  @Test func anEmptyValueIsNull() throws {
    let root = try parseClean("a:\nb: 1\n")
    #expect(root["a"]?.isNull == true)
    #expect(root["a"]?.string == nil)
  }

  @Test func wrongTypeNamesWhatItFound() throws {
    let root = try parseClean("a: ten\nb: [1]\nc: 3\nd:\n")
    let expectations = [
      ("a", "test.yaml:1:4: error: expected a number, found the string 'ten' [x.a]"),
      ("b", "test.yaml:2:4: error: expected a number, found a list [x.b]"),
      ("c", "test.yaml:3:4: error: expected a number, found 3 [x.c]"),
      ("d", "test.yaml:4:3: error: expected a number, found an empty value [x.d]"),
    ]
    for (key, text) in expectations {
      let node = try #require(root[key])
      let diagnostic = node.wrongType(expected: "a number", fieldPath: "x.\(key)")
      #expect(diagnostic.inFile("test.yaml").description == text)
    }
  }
}

@Suite("YAML reader: bad input")
struct YAMLErrorTests {
  @Test func duplicateKeysAreReportedAtTheSecondKey() {
    let (root, descriptions) = problems(Array("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n".utf8))
    #expect(
      descriptions == [
        "test.yaml:4:3: error: duplicate key 'c' [b.c]\n"
          + "  hint: 'c' is first set at line 3, column 3",
        "test.yaml:5:1: error: duplicate key 'a' [a]\n  hint: 'a' is first set at line 1, column 1",
      ])
    #expect(root?["a"]?.int == 1)
    #expect(root?["b"]?["c"]?.int == 2)
  }

  @Test func duplicateKeysInALargeMappingAreFound() {
    let keys = (0..<50).map { "k\($0): \($0)" }.joined(separator: "\n")
    let (_, descriptions) = problems(Array((keys + "\nk7: again\n").utf8))
    #expect(
      descriptions == [
        "test.yaml:51:1: error: duplicate key 'k7' [k7]\n"
          + "  hint: 'k7' is first set at line 8, column 1"
      ])
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 10_000)
    let (root, descriptions) = problems(bytes)
    #expect(root == nil)
    #expect(descriptions == ["test.yaml:1:257: error: the document nests deeper than 256 levels"])
  }

  @Test func nestingOfExactlyTheLimitIsRead() throws {
    let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
    var node: YAMLNode? = try parseClean(text)
    var depth = 0
    while let items = node?.sequence {
      depth += 1
      node = items.first
    }
    #expect(depth == 256)
  }

  @Test func aliasBombsAreCapped() {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    let (root, descriptions) = problems(Array(lines.joined(separator: "\n").utf8))
    #expect(root == nil)
    #expect(
      descriptions == [
        "test.yaml:5:45: error: aliases expand to more than 100000 nodes\n"
          + "  hint: each '*a3' copies the node '&a3' names; copies of copies grow exponentially"
      ])
  }

  @Test func unknownAndRecursiveAliasesAreErrors() {
    let (root, descriptions) = problems(Array("a: *nowhere\nb: &self [*self]\n".utf8))
    #expect(root?["a"]?.isNull == true)
    #expect(
      descriptions == [
        "test.yaml:1:4: error: alias '*nowhere' names no anchor\n"
          + "  hint: write '&nowhere' on a node before the alias",
        "test.yaml:2:11: error: alias '*self' refers to a node that contains it",
      ])
  }

  @Test func invalidUTF8IsAnError() {
    // Latin-1's é, then a byte that starts no UTF-8 sequence.
    let latin1 = problems(Array("a: ok\nb: caf".utf8) + [0xE9, 0x0A])
    #expect(latin1.root == nil)
    #expect(
      latin1.descriptions == [
        "test.yaml:2:7: error: incomplete UTF-8 octet sequence\n"
          + "  hint: Vita reads YAML as UTF-8; save the file in that encoding"
      ])
    let stray = problems(Array("a: é".utf8) + [0xFF])
    #expect(
      stray.descriptions == [
        "test.yaml:1:5: error: invalid leading UTF-8 octet\n"
          + "  hint: Vita reads YAML as UTF-8; save the file in that encoding"
      ])
  }

  @Test func aTruncatedDocumentIsAnError() {
    let (root, descriptions) = problems(Array("a: [1, 2".utf8))
    #expect(root == nil)
    #expect(
      descriptions == [
        "test.yaml:1:9: error: did not find expected ',' or ']'\n"
          + "  hint: while parsing a flow sequence that starts at line 1, column 4"
      ])
  }

  @Test func aSecondDocumentIsAnError() {
    let (root, descriptions) = problems(Array("a: 1\n---\nb: 2\n".utf8), file: nil)
    #expect(root?["a"]?.int == 1)
    #expect(
      descriptions == [
        "<input>:2:1: error: the file holds more than one YAML document\n"
          + "  hint: a line '---' starts a new document; Vita reads one document per file"
      ])
  }

  @Test func noBytesCrashTheReader() {
    // A fixed pseudo-random stream of short byte strings, biased towards YAML's own syntax.
    let alphabet = Array("[]{}:,-?&*!|>'\"#%@` \n\ta1.~".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xEF]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(state % 40) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let (root, diagnostics) = YAMLReader.parse(bytes, file: nil)
      #expect(root != nil || diagnostics.isEmpty || diagnostics.containsErrors)
    }
  }
}

@Suite("YAML reader: sizes that no profile needs")
struct YAMLSizeTests {
  @Test func aLongListIsCutWithAWarningAtTheList() throws {
    let text = "a:\n  b: [" + Array(repeating: "[x]", count: 100_003).joined(separator: ",") + "]"
    let (root, descriptions) = problems(Array(text.utf8))
    #expect(
      descriptions == [
        "test.yaml:2:6: warning: the list has 100003 items; only the first 100000 were read [a.b]"
      ])
    let items = try #require(root?["a"]?["b"]?.sequence)
    #expect(items.count == 100_000)
    #expect(items.last?.sequence?.first?.string == "x")
  }

  @Test func aLongMappingIsCutAndItsDroppedKeysAreNotChecked() throws {
    // The dropped keys include a duplicate of a kept one, which is not reported.
    let keys = (0..<100_001).map { "k\($0): \($0)" } + ["k0: again"]
    let (root, descriptions) = problems(Array(("{" + keys.joined(separator: ", ") + "}").utf8))
    #expect(
      descriptions == [
        "test.yaml:1:1: warning: the mapping has 100002 keys; only the first 100000 were read"
      ])
    let pairs = try #require(root?.mapping)
    #expect(pairs.count == 100_000)
    #expect(pairs.last?.value.int == 99_999)
  }

  @Test func aFileOfEmptyListsStopsAtTheNodeBudget() {
    // 41 lines, each a list of 100,000 empty lists: each list is within its cap, the whole
    // is not. Node 4,000,001 is the 99,962nd empty list of line 40.
    let list = "[" + Array(repeating: "[]", count: 100_000).joined(separator: ",") + "]"
    let text = "[" + Array(repeating: list, count: 41).joined(separator: ",\n") + "]"
    let (root, descriptions) = problems(Array(text.utf8))
    #expect(root == nil)
    #expect(descriptions.count == 1)
    #expect(
      descriptions.first?.hasPrefix(
        "test.yaml:40:299885: error: the document has more than 4000000 values\n") == true,
      "\(descriptions)")
  }

  @Test func manyDuplicateKeysAreCountedPastTheFirstThousand() {
    let text = "a: 0\n" + String(repeating: "a: 1\n", count: 1_500)
    let (root, descriptions) = problems(Array(text.utf8))
    #expect(root?["a"]?.int == 0)
    #expect(descriptions.count == 1_001)
    #expect(descriptions.last == "test.yaml: error: 500 more problems were not listed")
  }
}
