/// One publication on a profile.
public struct Paper: Hashable, Sendable {
  /// What kind of publication a paper is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case article, conference, preprint, book, chapter, thesis, report, other
  }

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
  /// The journal, conference or publisher.
  public var venue: String? = nil
  /// The kind of publication.
  public var kind: Kind? = nil
  /// The DOI, without a resolver prefix: `10.1000/xyz`.
  public var doi: String? = nil
  /// The arXiv identifier: `2407.12345`.
  public var arXiv: String? = nil
  /// The paper's own address.
  public var url: String? = nil
  /// Where its code is.
  public var codeURL: String? = nil
  /// Citations in total, when the source counts them.
  public var citations: Int? = nil
  /// Citations per year, when the source gives them.
  public var citationsPerYear: [Int: Int] = [:]
  /// Notes such as "equal contribution".
  public var notes: [String] = []

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
