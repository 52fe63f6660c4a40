import Testing
import VitaImport
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh, empty temporary folder.
private func makeFolder() -> String {
  var template = Array("/tmp/vita-profile-test-XXXXXX".utf8CString)
  return String(cString: mkdtemp(&template)!)
}

/// Writes text to a file.
private func write(_ text: String, to path: String) {
  let file = fopen(path, "wb")!
  _ = Array(text.utf8).withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

private let loader = ProfileLoader(currentYear: 2025)

@Suite("Profile documents: encodings")
struct ProfileDocumentEncodingTests {
  private let yaml = "person:\n  name: Zoë\n"

  @Test func aUTF8ByteOrderMarkIsDropped() {
    let (profile, diagnostics) = loader.read(
      bytes: [0xEF, 0xBB, 0xBF] + Array(yaml.utf8), file: "me.yaml")
    #expect(diagnostics.isEmpty)
    #expect(profile?.name == "Zoë")
  }

  @Test func utf16WithAByteOrderMarkIsConvertedWithAWarning() {
    let units = Array(yaml.utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for (bytes, order) in [(little, "little"), (big, "big")] {
      let (profile, diagnostics) = loader.read(bytes: bytes, file: "me.yaml")
      #expect(profile?.name == "Zoë")
      #expect(
        diagnostics.map(\.description) == [
          "me.yaml: warning: the file is UTF-16 (\(order)-endian); it was converted to UTF-8\n"
            + "  hint: save the file as UTF-8"
        ])
    }
  }

  @Test func latin1IsConvertedWithAWarningAtTheFirstByte() {
    let bytes = Array("person:\n  name: Zo".utf8) + [0xEB] + Array("\n".utf8)
    let (profile, diagnostics) = loader.read(bytes: bytes, file: "me.yaml")
    #expect(profile?.name == "Zoë")
    #expect(
      diagnostics.map(\.description) == [
        "me.yaml:2:11: warning: the file is not UTF-8 (byte 0xEB); it was read as Latin-1\n"
          + "  hint: save the file as UTF-8 so that no character is guessed"
      ])
  }

  @Test func binaryBytesAreAnError() {
    let bytes = Array("person:\n".utf8) + [0x00, 0xFF, 0x01]
    let (profile, diagnostics) = loader.read(bytes: bytes, file: "me.yaml")
    #expect(profile == nil)
    #expect(
      diagnostics.map(\.description) == [
        "me.yaml:2:2: error: the file is not UTF-8 text: byte 0xFF cannot start a character\n"
          + "  hint: save the file as UTF-8"
      ])
  }
}

@Suite("Profile documents: formats")
struct ProfileFormatTests {
  @Test func formatsAreRecognisedByNameAndContent() {
    func detect(_ path: String?, _ text: String) -> ProfileFormat {
      ProfileFormat.detect(path: path, bytes: Array(text.utf8))
    }
    #expect(detect("me.yaml", "person: {name: A}") == .vita)
    #expect(detect("me.json", #"{"person": {"name": "A"}}"#) == .vita)
    #expect(detect("a.json", #"{"id": "https://openalex.org/A1", "works_count": 3}"#) == .openalex)
    #expect(
      detect("a.json", #"{"meta": {}, "results": [{"id": "https://openalex.org/W1"}]}"#)
        == .openalex)
    #expect(detect("s.json", #"{"search_metadata": {}, "author": {}}"#) == .scholar)
    #expect(detect("s", #"{"author": {"name": "A"}, "articles": []}"#) == .scholar)
    #expect(detect("refs.bib", "% comment\n") == .bibtex)
    #expect(detect(nil, "% exported\n@article{key,\n title={T}}") == .bibtex)
    #expect(detect("profile.txt", "Ada Lovelace\n\nLG\n") == .text)
    #expect(detect(nil, "Ada Lovelace\n\nLG\nh-index3\n") == .text)
    #expect(detect(nil, "# mine\nperson:\n  name: A\n") == .vita)
  }

  @Test func theCanonicalTextLoadsThroughTheLoader() throws {
    let bytes = try packageFile("Examples/000_2e4744010abc845a.txt")
    let (profile, diagnostics) = loader.read(bytes: bytes, file: "canonical.txt")
    #expect(diagnostics.isEmpty)
    #expect(profile?.papers.count == 16)
  }

  @Test func aForcedFormatWins() {
    let (profile, diagnostics) = loader.read(
      bytes: Array("person: {name: A}".utf8), file: "me.yaml", format: .text)
    #expect(profile?.name == "person: {name: A}")
    #expect(!diagnostics.containsErrors)
  }
}

@Suite("Profile documents: sources")
struct ProfileDocumentSourceTests {
  @Test func papersAndCitationsAreMergedWithoutDuplicates() throws {
    let folder = makeFolder()
    mkdir(folder + "/data", 0o755)
    write(
      """
      person: {name: Other}
      citations-per-year: {2020: 4}
      papers:
        - {title: "Known Paper!", date: 2021}
        - {title: New by DOI, doi: 10.1/X}
        - {title: Same arXiv, arxiv: 2401.00001v3}
        - {title: Fresh, date: 2022}
      """, to: folder + "/data/more.yaml")
    write(
      """
      person: {name: Ada}
      sources:
        - file: data/more.yaml
      papers:
        - {title: known paper, date: 2021-05}
        - {title: Something, doi: https://doi.org/10.1/x}
        - {title: Another, arxiv: "2401.00001"}
      """, to: folder + "/me.yaml")
    let (profile, diagnostics) = loader.load(path: folder + "/me.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let ada = try #require(profile)
    #expect(ada.name == "Ada")
    #expect(ada.papers.map(\.title) == ["known paper", "Something", "Another", "Fresh"])
    #expect(ada.citationHistory.counts == [2020: 4])
  }

  @Test func takeLimitsWhatASourceGives() throws {
    let folder = makeFolder()
    write(
      "person: {name: O}\ncitations-per-year: {2020: 4}\npapers: [{title: P}]",
      to: folder + "/o.yaml")
    write(
      "person: {name: Ada}\nsources: [{file: o.yaml, take: citations}]", to: folder + "/me.yaml")
    let ada = try #require(loader.load(path: folder + "/me.yaml").profile)
    #expect(ada.papers.isEmpty)
    #expect(ada.citationHistory.counts == [2020: 4])
  }

  @Test func aSourceOutsideTheProfilesFolderIsRefused() {
    let folder = makeFolder()
    mkdir(folder + "/inner", 0o755)
    write("person: {name: O}", to: folder + "/outside.yaml")
    symlink(folder + "/outside.yaml", folder + "/inner/link.yaml")
    write(
      """
      person: {name: Ada}
      sources:
        - file: ../outside.yaml
        - file: /etc/passwd
        - file: link.yaml
        - file: missing.bib
      """, to: folder + "/inner/me.yaml")
    let path = folder + "/inner/me.yaml"
    let (profile, diagnostics) = loader.load(path: path)
    #expect(profile == nil)
    let hint = "\n  hint: name a file in the profile's folder or below it, by a relative path"
    #expect(
      diagnostics.map(\.description) == [
        "\(path):3:5: error: the source '../outside.yaml' leads out of the profile's folder "
          + "[sources[0].file]" + hint,
        "\(path):4:5: error: the source '/etc/passwd' is an absolute path [sources[1].file]" + hint,
        "\(path):5:5: error: the source 'link.yaml' leads out of the profile's folder "
          + "[sources[2].file]" + hint,
        "\(path):6:5: error: cannot read the source '\(folder)/inner/missing.bib': no such file "
          + "[sources[3].file]",
      ])
  }

  @Test func aSourcesErrorsComeWithItsOwnName() {
    let folder = makeFolder()
    write("person: {name: O}\npapers: [{title: P, citations: -1}]", to: folder + "/o.yaml")
    write("sources: [o.yaml]", to: folder + "/me.yaml")
    let (profile, diagnostics) = loader.load(path: folder + "/me.yaml")
    #expect(profile == nil)
    #expect(
      diagnostics.map(\.description) == [
        "\(folder)/o.yaml:2:32: error: the count -1 is negative [papers[0].citations]\n"
          + "  hint: write 0 or more"
      ])
  }
}

@Suite("Profile documents: real files and hostile bytes")
struct ProfileDocumentHostileTests {
  @Test func theSharedFilesAreRecognised() throws {
    let data = profileTestsRoot + "/../shared/data/"
    let expected: [(String, ProfileFormat)] = [
      ("openalex/b-vitamins_A5023888391.json", .openalex),
      ("openalex/b-vitamins_A5317838346.json", .openalex),
      ("openalex/b-vitamins_W2741809807.json", .openalex),
      ("openalex/peneira_works_search_49.json", .openalex),
      ("scholar/HowcanoeWang_scholar_serpapi.json", .scholar),
      ("bibtex/594zyc_papers_ACL-style.bib", .bibtex),
      ("bibtex/volkm-bibtex-dblp_ley_DBLP.bib", .bibtex),
    ]
    for (name, format) in expected {
      let bytes = try packageFile("../shared/data/" + name)
      #expect(ProfileFormat.detect(path: data + name, bytes: bytes) == format, "\(name)")
      // Without the name, content alone decides.
      #expect(ProfileFormat.detect(path: nil, bytes: bytes) == format, "\(name)")
    }
  }

  @Test func mangledProfilesNeverCrashTheLoader() throws {
    let example = try packageFile("Examples/profile.yaml")
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    var withErrors = 0
    for _ in 0..<300 {
      var bytes = example
      for _ in 0..<(1 + next() % 8) {
        let index = next() % bytes.count
        switch next() % 3 {
        case 0: bytes[index] = UInt8(truncatingIfNeeded: next())
        case 1: bytes.remove(at: index)
        default: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 40)], at: index)
        }
      }
      let (profile, diagnostics) = loader.read(bytes: bytes, file: "mangled.yaml")
      if diagnostics.containsErrors {
        withErrors += 1
        #expect(profile == nil)
      }
      #expect(diagnostics.allSatisfy { $0.file == "mangled.yaml" })
    }
    #expect(withErrors > 100)
  }
}
