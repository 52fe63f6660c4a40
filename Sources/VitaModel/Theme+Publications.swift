/// How the publication list is ordered, grouped, numbered and shown.
public struct PublicationOptions: Hashable, Sendable {
  /// The order of the papers.
  public enum Sort: String, Hashable, Sendable, CaseIterable {
    /// Newest first; undated papers last.
    case date
    /// Most cited first; ties newest first.
    case citations
    /// As the profile lists them.
    case given
  }

  /// What the papers are grouped by, each group under a heading with its count.
  public enum Grouping: String, Hashable, Sendable, CaseIterable {
    /// No groups.
    case none
    /// The year of publication: "2023 (4)".
    case year
    /// The primary subject category.
    case category
    /// The kind of publication: articles, preprints, books.
    case type
  }

  /// How the papers are numbered.
  public enum Numbering: String, Hashable, Sendable, CaseIterable {
    /// No numbers.
    case none
    /// 1 for the first paper listed.
    case ascending
    /// The count of papers for the first paper listed, down to 1, so that with the
    /// newest first the newest paper gets the highest number.
    case descending
  }

  /// How the owner's name stands out in author lists.
  public enum Highlight: String, Hashable, Sendable, CaseIterable {
    /// In bold.
    case bold
    /// Underlined.
    case underline
    /// Not at all.
    case none
  }

  /// How much of each abstract is shown.
  public enum Abstracts: Hashable, Sendable {
    /// The whole abstract.
    case full
    /// At most this many lines, the last ending in an ellipsis when cut.
    case clipped(lines: Int)
    /// None.
    case hidden
  }

  /// How one publication is set.
  public enum EntryStyle: String, Hashable, Sendable, CaseIterable {
    /// A block: the title, a line of facts, the authors, the abstract.
    case block
    /// One line: year, title, venue and authors run together, without the abstract.
    case line
  }

  /// The order of the papers.
  public var sort: Sort = .date
  /// What the papers are grouped by.
  public var grouping: Grouping = .none
  /// How the papers are numbered.
  public var numbering: Numbering = .none
  /// How the owner's name stands out.
  public var highlight: Highlight = .bold
  /// The most authors listed before "et al."; the owner is always kept. `nil` for all.
  public var authorLimit: Int? = nil
  /// How much of each abstract is shown.
  public var abstracts: Abstracts = .full
  /// Whether each paper shows its citation count, when the profile has one.
  public var showsCitations = true
  /// Whether each paper shows small labelled links: DOI, arXiv, code.
  public var showsLinks = true
  /// How one publication is set.
  public var entryStyle: EntryStyle = .block

  /// Creates the default options: newest first, ungrouped, unnumbered, owner in bold.
  public init() {}
}

/// The years a CV covers: papers outside are left out and the metrics are re-counted.
public struct DateWindow: Hashable, Sendable {
  /// The first year included; `nil` for no lower bound.
  public var since: Int?
  /// The last year included; `nil` for no upper bound.
  public var until: Int?

  /// Creates a window; both bounds `nil` means every year.
  public init(since: Int? = nil, until: Int? = nil) {
    self.since = since
    self.until = until
  }

  /// Whether the window leaves any year out.
  public var isBounded: Bool { since != nil || until != nil }

  /// Whether a year lies inside the window.
  public func contains(_ year: Int) -> Bool {
    (since.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
  }

  /// The window as a heading says it: "2020–2024", "since 2020", "until 2022"; empty when
  /// unbounded.
  public var description: String {
    switch (since, until) {
    case (let since?, let until?) where since == until: String(since)
    case (let since?, let until?): "\(since)–\(until)"
    case (let since?, nil): "since \(since)"
    case (nil, let until?): "until \(until)"
    case (nil, nil): ""
    }
  }
}

extension Profile {
  /// The figures inside a window of years, from the papers there that carry citations per
  /// year (or a total, when the window has no upper bound and starts before the paper);
  /// `nil` when no paper has a count.
  public func computedMetrics(in window: DateWindow) -> CitationMetrics? {
    let counts = papers.compactMap { paper -> Int? in
      if !paper.citationsPerYear.isEmpty {
        return paper.citationsPerYear.filter { window.contains($0.key) }.values.reduce(0, +)
      }
      return window.isBounded ? nil : paper.citations
    }
    return counts.isEmpty ? nil : CitationMetrics(counts: counts)
  }
}

extension Profile {
  /// The profile as a window of years sees it: only the papers dated inside, the citation
  /// history inside, and the figures re-counted there ("papers 2020–2024", h-index and
  /// i10-index from citations per year). Unbounded, the profile as it is.
  public func windowed(_ window: DateWindow) -> Profile {
    guard window.isBounded else { return self }
    var profile = self
    profile.papers = papers.filter { paper in paper.date.map { window.contains($0.year) } ?? false }
    profile.citationHistory.counts = citationHistory.counts.filter { window.contains($0.key) }
    profile.announcedPaperCount = nil

    let span = window.description
    var metrics = [
      Metric(
        kind: .paperCount, label: "papers \(span)", value: Double(profile.papers.count),
        unit: .count)
    ]
    if let figures = profile.computedMetrics(in: window) {
      metrics += [
        Metric(
          kind: .citationCount, label: "citations \(span)", value: Double(figures.citations),
          unit: .count),
        Metric(
          kind: .hIndex, label: "h-index \(span)", value: Double(figures.hIndex), unit: .count),
        Metric(
          kind: .i10Index, label: "i10-index \(span)", value: Double(figures.i10Index), unit: .count
        ),
      ]
    } else if !profile.citationHistory.isEmpty {
      metrics.append(
        Metric(
          kind: .citationCount, label: "citations \(span)",
          value: Double(profile.citationHistory.total), unit: .count))
    }
    profile.metrics = metrics
    return profile
  }
}
