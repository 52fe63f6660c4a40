/// One publication on a profile.
public struct Paper: Hashable, Sendable {
  /// The title.
  public var title: String
  /// The authors in the order the source gives, as printed names.
  public var authors: [String]
  /// Whether the source cut the author list short ("et al.").
  public var authorsTruncated: Bool
  /// Organisations the paper is tagged with, such as "deepmind".
  public var organisations: [String]
  /// The publication date, as precise as the source gives it.
  public var date: PaperDate?
  /// Subject categories, the primary one first.
  public var categories: [Category]
  /// Whether the paper's code is public.
  public var hasCode: Bool
  /// The abstract, with its links.
  public var abstract: Prose?
  /// The 1-based line of the source where the paper starts, when it came from a text file.
  public var sourceLine: Int?

  /// Creates a paper.
  public init(
    title: String, authors: [String] = [], authorsTruncated: Bool = false,
    organisations: [String] = [], date: PaperDate? = nil, categories: [Category] = [],
    hasCode: Bool = false, abstract: Prose? = nil, sourceLine: Int? = nil
  ) {
    self.title = title
    self.authors = authors
    self.authorsTruncated = authorsTruncated
    self.organisations = organisations
    self.date = date
    self.categories = categories
    self.hasCode = hasCode
    self.abstract = abstract
    self.sourceLine = sourceLine
  }
}
