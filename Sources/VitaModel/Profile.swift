/// A researcher's profile: who they are, the figures they declare and their papers.
public struct Profile: Hashable, Sendable {
  /// Who the profile is about.
  public var person: Person
  /// The primary field, such as arXiv's "LG".
  public var primaryCategory: Category?
  /// Figures as the source declares them, in order.
  public var metrics: [Metric]
  /// The number of papers the source's heading announces ("16 Papers"), if it has one.
  public var announcedPaperCount: Int?
  /// The papers, in the order the source lists them.
  public var papers: [Paper]
  /// Citations per year for the whole profile, when a source gives them.
  public var citationHistory = CitationHistory()
  /// Education, positions, awards and the other sections, in the source's order.
  public var sections: [CVSection] = []
  /// Where the papers come from, as a chart's caption names it ("OpenAlex", "BibTeX",
  /// "Google Scholar"); `nil` for papers typed into the profile or copied from its page.
  public var papersSource: String? = nil

  /// The researcher's name as it should head the CV.
  public var name: String {
    get { person.name }
    set { person.name = newValue }
  }

  /// The names of the organisations the researcher is affiliated with.
  public var affiliations: [String] {
    get { person.affiliations.map(\.name) }
    set { person.affiliations = newValue.map { Affiliation(name: $0) } }
  }

  /// Creates a profile.
  public init(
    name: String, primaryCategory: Category? = nil, affiliations: [String] = [],
    metrics: [Metric] = [], announcedPaperCount: Int? = nil, papers: [Paper] = []
  ) {
    self.person = Person(name: name, affiliations: affiliations.map { Affiliation(name: $0) })
    self.primaryCategory = primaryCategory
    self.metrics = metrics
    self.announcedPaperCount = announcedPaperCount
    self.papers = papers
  }

  /// The organisations of all papers, most frequent first, ties in order of first use.
  public var paperOrganisations: [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for organisation in papers.flatMap(\.organisations) {
      if counts[organisation] == nil { order.append(organisation) }
      counts[organisation, default: 0] += 1
    }
    return order.enumerated()
      .sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
      .map(\.element)
  }

  /// The first declared metric of a kind.
  public func metric(_ kind: Metric.Kind) -> Metric? {
    metrics.first { $0.kind == kind }
  }
}
