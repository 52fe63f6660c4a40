import Testing
import VitaCharts
import VitaLayout
import VitaModel

/// Co-authorship among the members of a group, as the matrix counts it.
@Suite struct GroupCoauthorshipTests {
  func paper(_ title: String, authors: [String], doi: String? = nil) -> Paper {
    var paper = Paper(title: title, authors: authors, date: PaperDate(year: 2024))
    paper.doi = doi
    return paper
  }

  @Test func membersShareAPaperWhenBothListItOrOneIsAmongItsAuthors() throws {
    let ada = Profile(
      name: "Ada Lovelace",
      papers: [
        paper("Engines", authors: ["Ada Lovelace", "Charles Babbage"], doi: "10.1/e"),
        paper("Notes", authors: ["A. Lovelace"]),
      ])
    let charles = Profile(
      name: "Charles Babbage",
      papers: [paper("Analytical engines", authors: ["C. Babbage", "A. Lovelace"], doi: "10.1/E")])
    let grace = Profile(
      name: "Grace Hopper",
      papers: [
        paper("Compilers", authors: ["Grace Hopper", "Ada Lovelace"]),
        paper("Cobol", authors: ["Grace Hopper"]),
      ])
    let members = [("Ada Lovelace", ada), ("Charles Babbage", charles), ("Grace Hopper", grace)]
      .map { GroupChartMember(name: $0.0, profile: $0.1) }
    let shared = GroupCompose.mergePapers(members.map(\.profile))
    let matrix = try #require(GroupCharts.jointPapers(members, shared: shared))
    #expect(matrix.names == ["Ada Lovelace", "Charles Babbage", "Grace Hopper"])
    // Engines (one DOI, both list it) for Ada and Charles; Compilers (Ada an author) for
    // Ada and Grace; on the diagonal, the papers each is on.
    #expect(matrix.counts == [[3, 1, 1], [1, 1, 0], [1, 0, 2]])
    #expect(GroupCharts.jointPapers(Array(members.prefix(1)), shared: shared) == nil)
  }

  @Test func aLargeGroupShowsTheMembersWithTheMostJointPapers() throws {
    let common = paper("Shared", authors: [])
    var members = (1...20).map { index in
      GroupChartMember(name: "Member \(index)", profile: Profile(name: "M\(index) Person"))
    }
    for index in [3, 7, 19] { members[index - 1].profile.papers = [common] }
    let shared = GroupCompose.mergePapers(members.map(\.profile))
    let matrix = try #require(GroupCharts.jointPapers(members, shared: shared))
    #expect(matrix.names.count == GroupCharts.maximumMatrixMembers)
    for name in ["Member 3", "Member 7", "Member 19"] { #expect(matrix.names.contains(name)) }
    // Kept in group order.
    #expect(matrix.names.prefix(3) == ["Member 1", "Member 2", "Member 3"])
  }
}
