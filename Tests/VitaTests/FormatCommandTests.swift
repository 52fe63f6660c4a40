import Testing
import Vita
import VitaImport
import VitaModel

/// `vita validate`, `vita convert` and `vita new` as a user runs them.
@Suite struct FormatCommandTests {
  private let example = packageRoot + "/Examples/profile.yaml"
  /// The program with its resources named, wherever the build put it.
  private let vita = "VITA_HOME='\(packageRoot)' '\(vitaProgram)'"

  @Test func validateReportsOkErrorsAndUnreadableFiles() {
    let good = shell("'\(vitaProgram)' validate '\(example)' '\(canonicalProfile)'")
    #expect(good.status == 0)
    // The example's declared figures agree with its papers: nothing to warn about.
    #expect(
      good.error
        == "\(example): ok (6 papers)\n\(canonicalProfile): ok (16 papers)\n")

    let folder = temporaryFolder()
    write(
      Array("person: {name: Ada}\npapers: [{title: T, citations: -2}]\n".utf8),
      to: folder + "/bad.yaml")
    let bad = shell("'\(vitaProgram)' validate bad.yaml", in: folder)
    #expect(bad.status == 65)
    #expect(
      bad.error == "bad.yaml:2:32: error: the count -2 is negative [papers[0].citations]\n"
        + "  hint: write 0 or more\n")

    let missing = shell("'\(vitaProgram)' validate nowhere.yaml", in: folder)
    #expect(missing.status == 66)
    #expect(missing.error.contains("nowhere.yaml: cannot read: No such file or directory"))
    #expect(shell("'\(vitaProgram)' validate").status == 64)
    #expect(shell("'\(vitaProgram)' validate '\(example)' --from rtf").status == 64)
  }

  @Test func convertRoundTripsTheCanonicalProfile() throws {
    let folder = temporaryFolder()
    let toYAML = shell("'\(vitaProgram)' convert '\(canonicalProfile)' --to yaml")
    #expect(toYAML.status == 0 && toYAML.error.isEmpty)
    #expect(toYAML.output.hasPrefix("person:\n  name: Shantanu Thakoor\n"))

    let toJSON = shell("'\(vitaProgram)' convert '\(canonicalProfile)' -o out.json", in: folder)
    #expect(toJSON.status == 0)
    #expect(listing(folder) == ["out.json"])

    let (text, _) = try engine.readProfile(at: canonicalProfile)
    var expected = text
    for index in expected.papers.indices { expected.papers[index].sourceLine = nil }
    let (fromJSON, warnings) = try engine.readProfile(at: folder + "/out.json")
    #expect(warnings.isEmpty)
    #expect(fromJSON == expected)
    let fromYAML = ProfileDocumentReader().read(Array(toYAML.output.utf8), file: nil).profile
    #expect(fromYAML == expected)

    #expect(shell("'\(vitaProgram)' convert '\(canonicalProfile)'").status == 64)
    #expect(shell("'\(vitaProgram)' convert '\(canonicalProfile)' --to xml").status == 64)
  }

  @Test(arguments: [
    "bibtex/594zyc_papers_ACL-style.bib", "openalex/peneira_works_search_49.json",
    "openalex/b-vitamins_A5023888391.json", "scholar/HowcanoeWang_scholar_serpapi.json",
  ])
  func convertRoundTripsTheRealFiles(name: String) {
    let folder = temporaryFolder()
    let source = packageRoot + "/../shared/data/" + name
    let steps = [
      "convert '\(source)' -o first.yaml", "convert first.yaml -o second.json",
      "convert second.json -o third.yaml",
    ]
    for step in steps {
      let result = shell("'\(vitaProgram)' \(step)", in: folder)
      #expect(result.status == 0, "\(step): \(result.error)")
    }
    let first = contents(folder + "/first.yaml")
    #expect(first?.isEmpty == false)
    #expect(first == contents(folder + "/third.yaml"), "\(name)")
  }

  @Test func convertWritesNothingForBadInput() {
    let folder = temporaryFolder()
    write(Array("person: {nam: Ada}\n".utf8), to: folder + "/bad.yaml")
    let result = shell("'\(vitaProgram)' convert bad.yaml --to json -o out.json", in: folder)
    #expect(result.status == 65)
    #expect(
      result.error.contains(
        "bad.yaml:1:10: error: unknown key 'nam' [person.nam]\n"
          + "  hint: did you mean 'name'?\n"))
    #expect(listing(folder) == ["bad.yaml"])
  }

  @Test func newWritesAStarterThatValidatesAndRenders() throws {
    let folder = temporaryFolder()
    let made = shell("'\(vitaProgram)' new 'Grace O\"Hopper'", in: folder)
    #expect(made.status == 0)
    #expect(listing(folder) == ["grace-o-hopper.yaml"])
    let text = String(decoding: contents(folder + "/grace-o-hopper.yaml") ?? [], as: UTF8.self)
    #expect(text.hasPrefix("# yaml-language-server: $schema="))
    #expect(text.contains("Documentation/Schemas/profile.schema.json\n"))

    let (profile, warnings) = try engine.readProfile(at: folder + "/grace-o-hopper.yaml")
    #expect(warnings.isEmpty)
    #expect(profile.name == "Grace O\"Hopper")
    #expect(shell("\(vita) render grace-o-hopper.yaml -o cv.pdf", in: folder).status == 0)

    let again = shell("'\(vitaProgram)' new 'Grace O\"Hopper'", in: folder)
    #expect(again.status == 73)
    #expect(again.error.contains("grace-o-hopper.yaml exists already"))
    #expect(shell("'\(vitaProgram)' new -o mine.yaml", in: folder).status == 0)
    #expect(listing(folder) == ["cv.pdf", "grace-o-hopper.yaml", "mine.yaml"])
  }

  @Test func renderTakesEveryFormatAndFromForcesOne() {
    let folder = temporaryFolder()
    let bibliography = packageRoot + "/../shared/data/bibtex/64gag_publications.bib"
    #expect(shell("\(vita) render '\(bibliography)' -o bib.pdf", in: folder).status == 0)
    // Read as OpenAlex JSON, the bibliography is a syntax error, and nothing is written.
    let forced = shell("\(vita) render '\(bibliography)' --from openalex -o bad.pdf", in: folder)
    #expect(forced.status == 65)
    #expect(forced.error.hasPrefix("\(bibliography):1:1: error: found character that cannot"))
    #expect(shell("\(vita) render '\(bibliography)' --from rtf", in: folder).status == 64)
    #expect(listing(folder) == ["bib.pdf"])
  }

  @Test func renderReadsVitaYAML() {
    let folder = temporaryFolder()
    let result = shell("\(vita) render '\(example)' -o ada.pdf", in: folder)
    #expect(result.status == 0)
    #expect(listing(folder) == ["ada.pdf"])
  }
}
