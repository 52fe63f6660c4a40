import Testing
import Vita
import VitaLayout
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

/// Papers that several members share appear once in the group report.
@Suite struct GroupPaperMergeTests {
  func paper(_ title: String, year: Int, doi: String? = nil, arXiv: String? = nil) -> Paper {
    var paper = Paper(title: title, date: PaperDate(year: year))
    paper.doi = doi
    paper.arXiv = arXiv
    return paper
  }

  @Test func papersMatchByDOIArXivOrNormalisedTitleAndYear() {
    let first = Profile(
      name: "A",
      papers: [
        paper("Deep nets", year: 2020, doi: "10.1/ABC"),
        paper("Sparse codes", year: 2021, arXiv: "2101.00001"),
        paper("Learning Élan: a Study", year: 2022),
        paper("Same title, other year", year: 2019),
      ])
    let second = Profile(
      name: "B",
      papers: [
        paper("Deep networks (journal version)", year: 2021, doi: "10.1/abc"),
        paper("Sparse codes, revisited", year: 2021, arXiv: "2101.00001"),
        paper("learning elan — a study!", year: 2022),
        paper("Same title, other year", year: 2020),
      ])
    let merged = GroupCompose.mergePapers([first, second])
    #expect(merged.map(\.members) == [[0, 1], [0, 1], [0, 1], [0], [1]])
    #expect(merged[0].paper.title == "Deep nets")
  }

  @Test func aPaperNamesAtMostTenMembersAndCountsTheRest() {
    #expect(GroupCompose.memberList(["Ada"]) == "Member: Ada")
    #expect(GroupCompose.memberList(["Ada", "Bo"]) == "Members: Ada, Bo")
    let names = (1...25).map { "M\($0)" }
    #expect(
      GroupCompose.memberList(names)
        == "Members (25): M1, M2, M3, M4, M5, M6, M7, M8, M9 and 16 more")
    #expect(GroupCompose.memberList(Array(names.prefix(10))).hasSuffix("M9, M10"))
  }

  @Test func papersWithTheSameTitleButDifferentDOIsStayApart() {
    let first = Profile(name: "A", papers: [paper("Editorial", year: 2020, doi: "10.1/one")])
    let second = Profile(
      name: "B",
      papers: [
        paper("Editorial", year: 2020, doi: "10.1/two"), paper("editorial", year: 2020),
      ])
    let merged = GroupCompose.mergePapers([first, second])
    // The paper without a DOI matches by title the last "Editorial" seen.
    #expect(merged.map(\.members) == [[0], [1]])
    #expect(merged.map(\.paper.doi) == ["10.1/one", "10.1/two"])
  }

  @Test func aMemberListingAPaperTwiceIsMarkedOnce() {
    let profile = Profile(
      name: "A", papers: [paper("One", year: 2020), paper("ONE", year: 2020)])
    #expect(GroupCompose.mergePapers([profile]).map(\.members) == [[0]])
  }
}

/// The group report's parts, read back from the PDF.
@Suite struct GroupReportTests {
  /// Two members who list the same sixteen papers (the canonical profile under two names),
  /// and one with papers of their own.
  func sharedGroup() -> String {
    let folder = temporaryFolder()
    let canonical = String(decoding: contents(canonicalProfile)!, as: UTF8.self)
    for (index, name) in ["Ada Lovelace", "Grace Hopper"].enumerated() {
      write(Array((name + canonical.drop { $0 != "\n" }).utf8), to: "\(folder)/p\(index).txt")
    }
    let group = """
      group: Shared Papers Lab
      members:
        - {profile: p0.txt}
        - {profile: p1.txt}
        - {name: Ada Okonkwo-Lindqvist, profile: \(packageRoot)/Examples/profile.yaml}
      """
    write(Array(group.utf8), to: folder + "/group.yaml")
    return folder
  }

  func report(_ folder: String, options: String = "") -> String {
    let output = folder + "/out"
    let result = shell(
      "SOURCE_DATE_EPOCH=1767225600 '\(vitaProgram)' batch '\(folder)/group.yaml' "
        + "-o '\(output)' -q \(options)")
    #expect(result.status == 0, "\(result.error)")
    return shell("pdftotext -layout '\(output)/group-report.pdf' -").output
  }

  @Test func theReportHasTheTableTheChartsAndTheMergedList() {
    let text = report(sharedGroup())
    // The group layout: its running header names the report.
    #expect(text.contains("Group report · Shared Papers Lab"))
    // The members' table, over all years and since five years before 2026.
    for label in ["Papers", "Citations", "h-index", "i10", "since 2021"] {
      #expect(text.contains(label), "the table lacks \(label)")
    }
    // The group charts.
    for title in [
      "Citations per year, by member", "Papers per year", "Papers by category",
      "Co-authorship among members",
    ] {
      #expect(text.contains(title), "the report lacks the chart '\(title)'")
    }
    // The charts over the merged list say so, rather than "profile".
    #expect(text.contains("Source: members' papers, each once"))
    // A chart says whom it leaves out: the two copies of the canonical profile have no
    // citations per year.
    #expect(text.contains("2 members without citations per year not shown."))
    // Sixteen shared papers and six of the third member's: each once, the shared ones
    // marked with both members.
    #expect(text.contains("Publications (22)"))
    // Grouped by year with counts, as the group layout's list is: 2021 has four papers.
    #expect(text.contains("2025 (2)") && text.contains("2021 (4)"))
    #expect(
      text.split(separator: "\n").filter { $0.contains("Gemma 2: Improving Open") }.count == 1)
    #expect(text.contains("Members: Grace Hopper, Ada Lovelace"))
    // The table lists members by family name: Hopper, Lovelace, Okonkwo-Lindqvist.
    let lines = text.split(separator: "\n")
    let rows = ["Grace Hopper", "Ada Lovelace", "Ada Okonkwo-Lindqvist"].map { name in
      lines.firstIndex { $0.contains(name) } ?? -1
    }
    #expect(rows[0] >= 0 && rows == rows.sorted())
    #expect(text.contains("Member: Ada Okonkwo-Lindqvist"))
  }

  @Test func membersWhoShareANameAreToldApartByTheirFiles() {
    let folder = temporaryFolder()
    let canonical = String(decoding: contents(canonicalProfile)!, as: UTF8.self)
    for index in 0..<2 {
      write(
        Array(("Wei Zhang" + canonical.drop { $0 != "\n" }).utf8), to: "\(folder)/w\(index).txt")
    }
    write(Array("group: Zhang Lab\nmembers: [w0.txt, w1.txt]\n".utf8), to: folder + "/group.yaml")
    let text = report(folder)
    #expect(text.contains("Wei Zhang (wei-zhang)") && text.contains("Wei Zhang (wei-zhang-2)"))
    #expect(text.contains("Members: Wei Zhang (wei-zhang), Wei Zhang (wei-zhang-2)"))
  }

  @Test func sinceAndUntilNarrowTheCVsAndTheReport() {
    let folder = sharedGroup()
    let text = report(folder, options: "--since 2024 --until 2024")
    #expect(text.contains("since 2024") && !text.contains("since 2021"))
    #expect(text.contains("Publications 2024 ("))
    #expect(!text.contains("Half-Hop"), "a 2023 paper is in a report narrowed to 2024")
    #expect(text.contains("Gemma 2"))
    let cv = shell("pdftotext '\(folder)/out/ada-lovelace.pdf' -").output
    #expect(cv.contains("Gemma 2") && !cv.contains("Half-Hop"))
    #expect(shell("'\(vitaProgram)' batch x.txt -o out --since 2025 --until 2024").status == 64)
    #expect(shell("'\(vitaProgram)' batch x.txt -o out --since soon").status == 64)
  }

  @Test func theExampleGroupFileRenders() {
    let output = temporaryFolder()
    let result = shell(
      "SOURCE_DATE_EPOCH=1767225600 '\(vitaProgram)' batch Examples/group.yaml -o '\(output)' -q",
      in: packageRoot)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      listing(output) == [
        "ada-okonkwo-lindqvist.pdf", "batch-report.json", "group-report.pdf",
        "shantanu-thakoor.pdf",
      ])
    let text = shell("pdftotext '\(output)/group-report.pdf' -").output
    #expect(text.contains("Northern Computing Group"))
    #expect(text.contains("Shantanu Thakoor") && text.contains("Ada Okonkwo-Lindqvist"))
  }
}
