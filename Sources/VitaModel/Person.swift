/// Who a profile is about: the name and the ways to reach or find the person.
public struct Person: Hashable, Sendable {
  /// The name as it should head the CV.
  public var name: String
  /// Other spellings of the name in author lists ("S. Thakoor"), for finding the owner.
  public var nameVariants: [String]
  /// Affiliations, the current one first.
  public var affiliations: [Affiliation]
  /// An email address.
  public var email: String?
  /// A home page.
  public var homepage: String?
  /// The ORCID iD, as `0000-0002-1825-0097`.
  public var orcid: String?
  /// The Google Scholar profile's address.
  public var scholar: String?
  /// Other links, each with a label ("GitHub").
  public var links: [LabeledLink]

  /// Creates a person.
  public init(
    name: String, nameVariants: [String] = [], affiliations: [Affiliation] = [],
    email: String? = nil, homepage: String? = nil, orcid: String? = nil,
    scholar: String? = nil, links: [LabeledLink] = []
  ) {
    self.name = name
    self.nameVariants = nameVariants
    self.affiliations = affiliations
    self.email = email
    self.homepage = homepage
    self.orcid = orcid
    self.scholar = scholar
    self.links = links
  }
}

/// An organisation a person belongs or belonged to.
public struct Affiliation: Hashable, Sendable {
  /// The organisation's name.
  public var name: String
  /// The years of the affiliation, when the source gives them.
  public var years: [Int]

  /// Creates an affiliation.
  public init(name: String, years: [Int] = []) {
    self.name = name
    self.years = years
  }
}

/// A link with a label, such as "GitHub" and its address.
public struct LabeledLink: Hashable, Sendable {
  /// What the link is.
  public var label: String
  /// Where it points.
  public var url: String

  /// Creates a labelled link.
  public init(label: String, url: String) {
    self.label = label
    self.url = url
  }
}
