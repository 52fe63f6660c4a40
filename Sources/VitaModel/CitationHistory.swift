/// Citations per year, as a source reports them.
public struct CitationHistory: Hashable, Sendable {
  /// Citations received in each year, keyed by year.
  public var counts: [Int: Int]
  /// Where the figures come from, for captions: "OpenAlex", "Google Scholar".
  public var source: String?
  /// Years whose figure the source marks as incomplete (the current year, usually).
  public var partialYears: Set<Int>

  /// Creates a history.
  public init(counts: [Int: Int] = [:], source: String? = nil, partialYears: Set<Int> = []) {
    self.counts = counts
    self.source = source
    self.partialYears = partialYears
  }

  /// Whether there is no figure at all.
  public var isEmpty: Bool { counts.isEmpty }

  /// The first and last year with a figure.
  public var years: ClosedRange<Int>? {
    guard let first = counts.keys.min(), let last = counts.keys.max() else { return nil }
    return first...last
  }

  /// Every year from the first to the last, with missing years as zero.
  public var filled: [(year: Int, count: Int)] {
    guard let years else { return [] }
    return years.map { ($0, counts[$0] ?? 0) }
  }

  /// The total of all years.
  public var total: Int { counts.values.reduce(0, +) }
}
