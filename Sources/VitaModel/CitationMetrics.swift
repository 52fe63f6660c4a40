/// Citation figures computed from per-paper counts, as Google Scholar computes them.
public struct CitationMetrics: Hashable, Sendable {
  /// Citations in total.
  public var citations: Int
  /// The largest *h* such that *h* papers have at least *h* citations each.
  public var hIndex: Int
  /// The number of papers with at least ten citations.
  public var i10Index: Int

  /// Creates figures.
  public init(citations: Int, hIndex: Int, i10Index: Int) {
    self.citations = citations
    self.hIndex = hIndex
    self.i10Index = i10Index
  }

  /// The figures of a list of per-paper citation counts.
  ///
  /// - Complexity: O(*n* log *n*) for *n* papers.
  public init(counts: [Int]) {
    let sorted = counts.map { max(0, $0) }.sorted(by: >)
    var h = 0
    while h < sorted.count, sorted[h] >= h + 1 { h += 1 }
    self.init(
      citations: sorted.reduce(0, +), hIndex: h, i10Index: sorted.filter { $0 >= 10 }.count)
  }
}

extension Profile {
  /// The figures over all time, from the papers that carry a citation count; `nil` when
  /// none does.
  public var computedMetrics: CitationMetrics? {
    let counts = papers.compactMap(\.citations)
    return counts.isEmpty ? nil : CitationMetrics(counts: counts)
  }

  /// The figures counting only citations from `year` on, from the papers that carry
  /// citations per year; `nil` when none does.
  public func computedMetrics(since year: Int) -> CitationMetrics? {
    let counts = papers.filter { !$0.citationsPerYear.isEmpty }.map { paper in
      paper.citationsPerYear.filter { $0.key >= year }.values.reduce(0, +)
    }
    return counts.isEmpty ? nil : CitationMetrics(counts: counts)
  }

  /// A warning for each declared figure that the papers' own counts contradict. The
  /// declared figure is kept: a source may count citations the papers here lack.
  ///
  /// Each warning names the metric by its place in `metrics` (`metrics[2]`); a reader that
  /// knows where the metric stood in its file moves the warning there.
  public func metricDisagreements() -> [MetricDisagreement] {
    guard let computed = computedMetrics else { return [] }
    var disagreements: [MetricDisagreement] = []
    let checks: [(Metric.Kind, Int, String)] = [
      (.hIndex, computed.hIndex, "h-index"),
      (.i10Index, computed.i10Index, "i10-index"),
      (.citationCount, computed.citations, "citation count"),
    ]
    for (kind, value, name) in checks {
      guard let index = metrics.firstIndex(where: { $0.kind == kind }),
        metrics[index].value != Double(value)
      else { continue }
      let warning = Diagnostic.warning(
        "the declared \(name) is \(metrics[index].formattedValue), but the papers give "
          + "\(value); the declared figure is kept",
        fieldPath: "metrics[\(index)]",
        hint: "the source may count papers that are not listed here")
      disagreements.append(MetricDisagreement(metricIndex: index, warning: warning))
    }
    return disagreements
  }
}

/// A declared metric that the papers' citation counts contradict.
public struct MetricDisagreement: Hashable, Sendable {
  /// The metric's index in `Profile.metrics`.
  public var metricIndex: Int
  /// The warning that says so, naming the metric by its index.
  public var warning: Diagnostic

  /// Creates a disagreement.
  public init(metricIndex: Int, warning: Diagnostic) {
    self.metricIndex = metricIndex
    self.warning = warning
  }
}
