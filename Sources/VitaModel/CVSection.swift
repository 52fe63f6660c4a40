/// A section of a CV other than publications: education, positions, awards, talks,
/// teaching or service.
public struct CVSection: Hashable, Sendable {
  /// The kinds of section Vita knows.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case education, positions, awards, talks, teaching, service
  }

  /// Which section this is.
  public var kind: Kind
  /// Its entries, in the order the source gives.
  public var entries: [CVEntry]

  /// Creates a section.
  public init(kind: Kind, entries: [CVEntry]) {
    self.kind = kind
    self.entries = entries
  }
}

/// One line of a CV section: a degree, a position, an award, a talk.
public struct CVEntry: Hashable, Sendable {
  /// What it is: "PhD in Computer Science", "Research Scientist".
  public var title: String
  /// Where: the university, company or venue.
  public var organisation: String?
  /// The place, such as "London, UK".
  public var place: String?
  /// When it began, or the date of a one-off such as an award.
  public var start: PaperDate?
  /// When it ended; `nil` with `ongoing` false means a one-off.
  public var end: PaperDate?
  /// Whether it continues to the present.
  public var ongoing: Bool
  /// Further lines: a thesis title, an advisor, a course code.
  public var details: [String]

  /// Creates an entry.
  public init(
    title: String, organisation: String? = nil, place: String? = nil, start: PaperDate? = nil,
    end: PaperDate? = nil, ongoing: Bool = false, details: [String] = []
  ) {
    self.title = title
    self.organisation = organisation
    self.place = place
    self.start = start
    self.end = end
    self.ongoing = ongoing
    self.details = details
  }
}
