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
      citations: sorted.reduce(0, Self.saturatingSum), hIndex: h,
      i10Index: sorted.filter { $0 >= 10 }.count)
  }

  /// A sum that stops at `Int.max` rather than trap: counts come from files.
  static func saturatingSum(_ left: Int, _ right: Int) -> Int {
    let (sum, overflow) = left.addingReportingOverflow(right)
    return overflow ? .max : sum
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
      paper.citationsPerYear.filter { $0.key >= year }.values.reduce(
        0, CitationMetrics.saturatingSum)
    }
    return counts.isEmpty ? nil : CitationMetrics(counts: counts)
  }

  /// A warning for each declared figure that the papers' own counts contradict. The
  /// declared figure is kept: a source may count citations the papers here lack.
  ///
  /// The figures checked are the first h-index, i10-index and citation count over all
  /// time, and those labelled for a window as Scholar labels them ("h-index since 2020"),
  /// when the papers carry citations per year. Each warning names the metric by its place
  /// in `metrics` (`metrics[2]`); a reader that knows where the metric stood in its file
  /// moves the warning there.
  public func metricDisagreements() -> [MetricDisagreement] {
    var disagreements: [MetricDisagreement] = []
    if let computed = computedMetrics {
      for (kind, name) in Self.checkedKinds {
        guard let index = metrics.firstIndex(where: { $0.kind == kind }) else { continue }
        let value = computed.value(named: name)
        if let found = disagreement(index, name: Self.phrase(name), computed: value) {
          disagreements.append(found)
        }
      }
    }
    for (index, metric) in metrics.enumerated() where metric.kind == .other {
      guard let (name, year) = Self.window(of: metric.label),
        let value = computedMetrics(since: year)?.value(named: name),
        let found = disagreement(
          index, name: "\(Self.phrase(name)) since \(year)", computed: value)
      else { continue }
      disagreements.append(found)
    }
    return disagreements.sorted { $0.metricIndex < $1.metricIndex }
  }

  /// The kinds checked over all time, with the names the warnings give them.
  private static let checkedKinds: [(Metric.Kind, String)] = [
    (.hIndex, "h-index"), (.i10Index, "i10-index"), (.citationCount, "citations"),
  ]

  /// How a warning names a figure: "citations" as "citation count", the rest as they are.
  private static func phrase(_ name: String) -> String {
    name == "citations" ? "citation count" : name
  }

  /// The figure and first year of a label such as "citations since 2020".
  private static func window(of label: String) -> (name: String, year: Int)? {
    let words = label.lowercased().split(separator: " ")
    guard words.count == 3, words[1] == "since", let year = Int(words[2]),
      checkedKinds.contains(where: { $0.1 == words[0] })
    else { return nil }
    return (String(words[0]), year)
  }

  /// The warning for metric `index` when the papers give another value.
  private func disagreement(_ index: Int, name: String, computed: Int) -> MetricDisagreement? {
    guard metrics[index].value != Double(computed) else { return nil }
    let warning = Diagnostic.warning(
      "the declared \(name) is \(metrics[index].formattedValue), but the papers give "
        + "\(computed); the declared figure is kept",
      fieldPath: "metrics[\(index)]",
      hint: "the source may count papers that are not listed here")
    return MetricDisagreement(metricIndex: index, warning: warning)
  }
}

extension CitationMetrics {
  /// The figure a warning names: "h-index", "i10-index" or "citations".
  fileprivate func value(named name: String) -> Int {
    switch name {
    case "h-index": hIndex
    case "i10-index": i10Index
    default: citations
    }
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
