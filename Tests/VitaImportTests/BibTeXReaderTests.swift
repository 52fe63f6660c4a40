import Foundation
import Testing
import VitaImport
import VitaModel

/// The bytes of a file in the shared folder of real data beside the package.
private func sharedData(_ path: String) throws -> [UInt8] {
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let url = root.appendingPathComponent("../shared/data/" + path)
  return Array(try #require(FileManager.default.contents(atPath: url.path)))
}

/// Reads a real BibTeX file from the shared data.
private func readShared(_ name: String) throws -> (profile: Profile, diagnostics: [String]) {
  let (profile, diagnostics) = BibTeXReader().read(try sharedData("bibtex/" + name), file: name)
  return (try #require(profile), diagnostics.map(\.description))
}

@Suite("BibTeX reader: real files")
struct BibTeXRealFileTests {
  @Test func aclAnthologyExportWithAlFolioFields() throws {
    let (profile, diagnostics) = try readShared("594zyc_papers_ACL-style.bib")
    // The file opens with Jekyll's two '---' lines, which BibTeX does not read.
    #expect(
      diagnostics == [
        "594zyc_papers_ACL-style.bib:1:1: warning: text outside an entry was skipped\n"
          + "  hint: BibTeX reads only entries that start with '@'; start a remark with '%'"
      ])
    #expect(profile.name == "Yichi Zhang")
    #expect(profile.papers.count == 13)

    let first = profile.papers[0]
    #expect(
      first.title
        == "Task-oriented dialog systems that consider multiple appropriate responses under the "
        + "same context")
    #expect(first.authors == ["Yichi Zhang", "Zhijian Ou", "Zhou Yu"])
    #expect(first.date == PaperDate(year: 2020, month: 1))
    #expect(first.kind == .conference)
    #expect(first.venue == "Proceedings of the AAAI Conference on Artificial Intelligence")
    #expect(first.arXiv == "1911.10484")
    #expect(first.codeURL == "https://github.com/thu-spmi/damd-multiwoz")
    #expect(first.hasCode)
    #expect(first.sourceLine == 4)

    // Quoted values, a bare month macro, an editor list that is not the authors.
    let paraphrase = profile.papers[1]
    #expect(paraphrase.title == "Paraphrase Augmented Task-Oriented Dialog Generation")
    #expect(paraphrase.authors == ["Silin Gao", "Yichi Zhang", "Zhijian Ou", "Zhou Yu"])
    #expect(paraphrase.date == PaperDate(year: 2020, month: 7))
    #expect(paraphrase.doi == "10.18653/v1/2020.acl-main.60")
    #expect(paraphrase.url == "https://aclanthology.org/2020.acl-main.60")

    // `{\%}` and `{'}` escapes, and `\url{…}` in an abstract that becomes a link.
    let labes = profile.papers[3]
    #expect(
      labes.abstract?.text.hasSuffix(
        "reduce the annotation demands to 50% without "
          + "performance loss on MultiWOZ.") == true)
    let danli = profile.papers[6]
    #expect(danli.title == "DANLI: Deliberative Agent for Following Natural Language Instructions")
    #expect(danli.abstract?.text.contains("the agent's capabilities") == true)
    #expect(danli.abstract?.links.map(\.url) == ["https://github.com/sled-group/DANLI"])
    #expect(profile.papers[8].authors.contains("Alex de la Iglesia"))

    let last = try #require(profile.papers.last)
    #expect(last.title == "Autonomous evaluation and refinement of digital agents")
    #expect(last.date == PaperDate(year: 2024, month: 10))
    #expect(last.arXiv == "2404.06474")
    #expect(profile.papers[10].kind == .article)
    #expect(profile.papers[10].venue == "Applied Sciences")
  }

  @Test func oneEntryWithSpaceInKeyAndFullMonthName() throws {
    let (profile, diagnostics) = try readShared("64gag_publications.bib")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(profile.name == "")
    let paper = try #require(profile.papers.first)
    #expect(profile.papers.count == 1)
    #expect(paper.title == "Towards a Supermileage Autonomous Vehicle")
    #expect(
      paper.authors == ["P. Aguiar", "P. Ferretiz", "Hernández C.", "J. Lozoya", "S. Varrier"])
    #expect(paper.venue == "ASME 2014 International Mechanical Engineering Congrees & Exposition")
    #expect(paper.date == PaperDate(year: 2014, month: 11))
    #expect(paper.notes == ["Work to be published"])
  }

  @Test func zoteroExportWithAccentsAndStrayCommas() throws {
    let (profile, diagnostics) = try readShared("AlexandreImperiale_publications.bib")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(profile.name == "A. Imperiale")
    #expect(profile.papers.count == 10)

    let first = profile.papers[0]
    #expect(first.title == "Couplage BEM-Rayon pour le contrôle non destructif par ultrasons")
    #expect(first.venue == "Le 13e Congrès Français d'Acoustique (CFA)")
    // "Baronian, V.,  and" has a stray comma, which is not a name part.
    #expect(profile.papers[3].authors[3] == "V. Baronian")
    #expect(profile.papers[5].date == PaperDate(year: 2011, month: 5))
    #expect(profile.papers[5].doi == "10.1007/978-3-642-21028-0_52")

    let cindea = profile.papers[7]
    #expect(cindea.authors == ["N. Cîndea", "A. Imperiale", "P. Moireau"])
    #expect(cindea.kind == .article)
    #expect(cindea.date == PaperDate(year: 2015, month: 7))
    #expect(cindea.venue == "ESAIM: Control, Optimisation and Calculus of Variations")

    let last = try #require(profile.papers.last)
    #expect(last.venue == "to be publised in Journal of Computational Acoustics")
    #expect(last.date == PaperDate(year: 2018))
  }

  @Test func dblpExportWithUmlautsAndEscapedUnderscores() throws {
    let (profile, diagnostics) = try readShared("volkm-bibtex-dblp_ley_DBLP.bib")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(profile.name == "Michael Ley")
    #expect(profile.papers.count == 9)
    #expect(
      profile.papers.map(\.kind) == [
        .conference, .article, .conference, .conference, .article, .book, .other, .article,
        .article,
      ])
    #expect(profile.papers[0].title == "OXPath-Based Data Acquisition for dblp")
    #expect(profile.papers[1].title == "DBLP - Some Lessons Learned")
    #expect(
      profile.papers[2].title
        == "Datenqualität: Eine organisatorische und technische Herausforderung - Erfahrungen "
        + "von der DBLP-Bibliographie")
    #expect(profile.papers[2].venue?.contains("Baden-Württemberg") == true)
    #expect(profile.papers[3].doi == "10.1007/978-3-642-60831-5_34")
    #expect(
      profile.papers[4].title == "DB&LP: A WWW Bibliography on Databases and Logic Programming")
    #expect(profile.papers.last?.date == PaperDate(year: 1988))
  }
}
