/// A kind of chart Vita draws from a profile; the raw value is its name in layout files
/// and on the command line (`--kind citations-per-year`).
public enum ChartKind: String, Hashable, Sendable, CaseIterable {
  /// Citations received in each year, a bar per year.
  case citationsPerYear = "citations-per-year"
  /// Citations accumulated over the years.
  case cumulativeCitations = "cumulative-citations"
  /// Papers published in each year, stacked by category.
  case papersPerYear = "papers-per-year"
  /// Papers ranked by citations, with the h-square marked.
  case hIndex = "h-index"
  /// The share of papers per category.
  case categories
  /// The most frequent co-authors by joint papers.
  case coauthors
}
