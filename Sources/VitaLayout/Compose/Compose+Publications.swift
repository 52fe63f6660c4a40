import VitaModel

extension Compose {
  /// Papers under one group heading; the heading is `nil` when the list is not grouped.
  struct PaperGroup {
    /// The group's name, such as "2023" or "Preprints".
    var title: String?
    /// The papers, in the order they are listed.
    var papers: [Paper]
  }

  /// The publication list: a heading with the count, then each group with its count, then
  /// each paper as a block or a line, numbered when the theme asks.
  func publicationsSection() -> [Block] {
    // A heading over nothing would read as a mistake: with no papers, no section.
    guard !profile.papers.isEmpty else { return [] }
    let options = theme.publications
    let papers = sorted(profile.papers, by: options.sort)
    let window = theme.window.isBounded ? " \(theme.window.description)" : ""
    var blocks = sectionHeading("Publications\(window) (\(papers.count))")

    var position = 0
    for (groupIndex, group) in groups(papers, by: options.grouping).enumerated() {
      if let groupTitle = group.title {
        if groupIndex > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
        blocks += groupHeading("\(groupTitle) (\(group.papers.count))")
      }
      for (index, paper) in group.papers.enumerated() {
        if index > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
        let number = Self.number(at: position, of: papers.count, numbering: options.numbering)
        position += 1
        let entry = entry(for: paper)
        blocks.append(
          .keepTogether(number.map { [numbered(entry, $0, widest: papers.count)] } ?? entry))
      }
    }
    return blocks
  }

  // MARK: Order and groups

  /// Papers in the theme's order; ties and undated papers keep the profile's order, undated
  /// ones last.
  func sorted(_ papers: [Paper], by sort: PublicationOptions.Sort) -> [Paper] {
    switch sort {
    case .given: return papers
    case .date: return newestFirst(papers)
    case .citations:
      return newestFirst(papers).enumerated().sorted { left, right in
        let (l, r) = (left.element.citations ?? -1, right.element.citations ?? -1)
        return l != r ? l > r : left.offset < right.offset
      }.map(\.element)
    }
  }

  /// Papers sorted newest first; undated ones last, and ties kept in source order.
  func newestFirst(_ papers: [Paper]) -> [Paper] {
    papers.enumerated().sorted { left, right in
      switch (left.element.date, right.element.date) {
      case (let l?, let r?) where l != r: return l > r
      case (nil, .some): return false
      case (.some, nil): return true
      default: return left.offset < right.offset
      }
    }.map(\.element)
  }

  /// The papers in groups: years newest first, kinds in a fixed order, categories in order
  /// of first appearance; inside a group, the papers keep their order.
  func groups(_ papers: [Paper], by grouping: PublicationOptions.Grouping) -> [PaperGroup] {
    Self.groupedIndices(papers, by: grouping).map { title, indices in
      PaperGroup(title: title, papers: indices.map { papers[$0] })
    }
  }

  /// The positions of the papers in each group, as `groups` orders them; the title is
  /// `nil` when the list is not grouped.
  static func groupedIndices(_ papers: [Paper], by grouping: PublicationOptions.Grouping)
    -> [(title: String?, indices: [Int])]
  {
    let key: (Paper) -> String
    switch grouping {
    case .none: return [(nil, Array(papers.indices))]
    case .year: key = { $0.date.map { String($0.year) } ?? "Undated" }
    case .category: key = { $0.categories.first?.name ?? "Other" }
    case .type: key = { kindTitle($0.kind) }
    }
    var order: [String] = []
    var members: [String: [Int]] = [:]
    for (index, paper) in papers.enumerated() {
      let name = key(paper)
      if members[name] == nil { order.append(name) }
      members[name, default: []].append(index)
    }
    switch grouping {
    case .year:
      order.sort {
        ($0 == "Undated" ? Int.min : Int($0) ?? 0) > ($1 == "Undated" ? Int.min : Int($1) ?? 0)
      }
    case .type:
      let ranks = (Paper.Kind.allCases.map { kindTitle($0) } + [kindTitle(nil)])
      order.sort { (ranks.firstIndex(of: $0) ?? 0) < (ranks.firstIndex(of: $1) ?? 0) }
    default: break
    }
    return order.map { ($0, members[$0] ?? []) }
  }

  /// A group heading for a kind of publication.
  static func kindTitle(_ kind: Paper.Kind?) -> String {
    switch kind {
    case .article: "Journal articles"
    case .conference: "Conference papers"
    case .preprint: "Preprints"
    case .book: "Books"
    case .chapter: "Book chapters"
    case .thesis: "Theses"
    case .report: "Reports"
    case .other: "Other publications"
    case nil: "Papers"
    }
  }

  /// The number of the paper at a position of the list, or `nil` when unnumbered.
  static func number(
    at position: Int, of count: Int, numbering: PublicationOptions.Numbering
  ) -> Int? {
    switch numbering {
    case .none: nil
    case .ascending: position + 1
    case .descending: count - position
    }
  }

  /// A group's heading: a heading (so that it never ends a page) in a smaller size.
  func groupHeading(_ text: String) -> [Block] {
    var role = theme.fonts.entryTitle
    role.size = theme.fonts.entryTitle.size + 0.5
    role.leading = theme.fonts.heading.leading
    role.bold = true
    role.color = .accent
    return [
      .heading(
        StyledText(text, style: style(role)),
        ParagraphStyle(alignment: .left, leading: role.leading), outline: text),
      .spacing(theme.spacing.afterHeading * 0.5),
    ]
  }

  // MARK: Entries

  /// One paper's blocks: its title, facts, authors and abstract, or one line for all.
  func entry(for paper: Paper) -> [Block] {
    if theme.publications.entryStyle == .line { return [entryLine(for: paper)] }
    let fonts = theme.fonts
    var blocks: [Block] = [
      .paragraph(
        StyledText(paper.title, style: style(fonts.entryTitle)),
        ParagraphStyle(alignment: .left, leading: fonts.entryTitle.leading))
    ]
    let gap = Block.spacing(theme.spacing.insideEntry)

    let facts = factLine(paper, includeDate: true)
    if !facts.isEmpty {
      blocks += [
        gap, .paragraph(facts, ParagraphStyle(alignment: .left, leading: fonts.meta.leading)),
      ]
    }
    if !paper.authors.isEmpty {
      blocks += [
        gap,
        .paragraph(
          authorLine(paper), ParagraphStyle(alignment: .left, leading: fonts.meta.leading)),
      ]
    }
    if let abstract = paper.abstract, !abstract.text.isEmpty {
      var paragraph = ParagraphStyle(alignment: .justified, leading: fonts.body.leading)
      switch theme.publications.abstracts {
      case .hidden: return blocks
      case .full: break
      case .clipped(let lines): paragraph.maxLines = lines
      }
      blocks += [.spacing(theme.spacing.insideEntry * 2), .paragraph(prose(abstract), paragraph)]
    }
    return blocks
  }

  /// A paper as one paragraph: title, authors, then date, venue and links.
  private func entryLine(for paper: Paper) -> Block {
    let fonts = theme.fonts
    var line = StyledText(paper.title, style: style(fonts.entryTitle))
    if !paper.authors.isEmpty {
      line.append(Self.separator(after: line), style: style(fonts.meta, color: .text))
      line.append(authorLine(paper))
    }
    let facts = factLine(paper, includeDate: true)
    if !facts.isEmpty {
      line.append(Self.separator(after: line), style: style(fonts.meta))
      line.append(facts)
    }
    return .paragraph(line, ParagraphStyle(alignment: .left, leading: fonts.entryTitle.leading))
  }

  /// What ends one part of a one-line entry before the next: ". ", or only a space after
  /// a part that ends in its own stop ("et al.", a title ending in "?").
  static func separator(after text: StyledText) -> String {
    guard let last = text.bytes.last else { return "" }
    return [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(last) ? " " : ". "
  }

  /// An entry beside its number, "[12]" in the accent colour, in a gutter as wide as the
  /// list's widest number, so that every entry's text starts at the same place.
  func numbered(_ entry: [Block], _ number: Int, widest: Int) -> Block {
    let role = theme.fonts.entryTitle
    let label = style(role, bold: false, color: .accent)
    return .labelled(
      Labelled(
        label: StyledText("[\(number)]", style: label),
        widest: StyledText("[\(widest)]", style: label), leading: role.leading,
        gap: role.size * 0.5, blocks: entry))
  }

  /// The small facts of a paper joined by " · ": date, venue, categories, organisations,
  /// citations, then the labelled links.
  func factLine(_ paper: Paper, includeDate: Bool) -> StyledText {
    let options = theme.publications
    var facts: [String] = []
    if includeDate, let date = paper.date { facts.append(date.description) }
    if let venue = paper.venue { facts.append(venue) }
    facts += paper.categories.map(\.name)
    facts += paper.organisations
    if options.showsCitations, let citations = paper.citations {
      let figure = Metric(kind: .citationCount, label: "", value: Double(citations), unit: .count)
      facts.append(citations == 1 ? "1 citation" : "\(figure.formattedValue) citations")
    }
    var links: [(String, String)] = []
    if options.showsLinks {
      if let doi = paper.doi { links.append(("DOI", "https://doi.org/\(doi)")) }
      if let arXiv = paper.arXiv { links.append(("arXiv", "https://arxiv.org/abs/\(arXiv)")) }
      if let code = paper.codeURL { links.append(("code", code)) }
    }
    if paper.hasCode, !links.contains(where: { $0.0 == "code" }) { facts.append("code available") }

    let meta = style(theme.fonts.meta)
    var line = StyledText()
    line.append(facts.joined(separator: " · "), style: meta)
    for (label, url) in links {
      if !line.isEmpty { line.append(" · ", style: meta) }
      line.append(label, style: style(theme.fonts.meta, color: .link), link: url)
    }
    return line
  }

  // MARK: Authors

  /// The author list with the owner marked as the theme asks, cut at the author limit with
  /// "et al." while keeping the owner in view: "A. Author, …, S. Owner, … et al.".
  func authorLine(_ paper: Paper) -> StyledText {
    authorLine(paper, owners: owners)
  }

  /// The author list with every name that matches one of `owners` in bold.
  func authorLine(_ paper: Paper, owners: [PersonName]) -> StyledText {
    let plain = style(theme.fonts.meta, color: .text)
    var owner = plain
    switch theme.publications.highlight {
    case .bold: owner = style(theme.fonts.meta, bold: true, color: .text)
    case .underline: owner.underline = true
    case .none: break
    }
    let ownerIndex = paper.authors.firstIndex { author in
      PersonName(author).map { name in owners.contains { $0.matches(name) } } ?? false
    }
    let shown = Self.visibleAuthors(
      count: paper.authors.count, owner: ownerIndex, limit: theme.publications.authorLimit,
      truncated: paper.authorsTruncated)

    var line = StyledText()
    for (position, index) in shown.indices.enumerated() {
      if position > 0 { line.append(", ", style: plain) }
      guard let index else {
        line.append("…", style: plain)
        continue
      }
      line.append(paper.authors[index], style: index == ownerIndex ? owner : plain)
    }
    switch shown.ending {
    case .none: break
    case .etAl: line.append(" et al.", style: plain)
    case .gapEtAl: line.append(", … et al.", style: plain)
    }
    return line
  }

  /// How a cut author list ends.
  enum AuthorListEnding: Equatable {
    /// Complete: nothing follows.
    case none
    /// " et al." after the last name shown.
    case etAl
    /// ", … et al." after the owner, brought forward past a gap.
    case gapEtAl
  }

  /// Which authors an author line shows, in order, `nil` standing for "…"; and how it ends.
  ///
  /// Up to `limit` names are shown. When the owner would fall beyond them, the first
  /// `limit − 1` are followed by "…" and the owner, so the owner is never cut.
  static func visibleAuthors(count: Int, owner: Int?, limit: Int?, truncated: Bool) -> (
    indices: [Int?], ending: AuthorListEnding
  ) {
    guard let limit = limit.map({ max(1, $0) }), count > limit else {
      return (Array(0..<count), truncated ? .etAl : .none)
    }
    guard let owner, owner >= limit else {
      return (Array(0..<limit), .etAl)
    }
    var indices: [Int?] = Array(0..<(limit - 1))
    if owner > limit - 1 { indices.append(nil) }
    indices.append(owner)
    let isLast = owner == count - 1 && !truncated
    return (indices, isLast ? .none : .gapEtAl)
  }

  /// Prose in the body style, with its links in the link colour.
  func prose(_ prose: Prose) -> StyledText {
    let body = style(theme.fonts.body)
    let link = style(theme.fonts.body, color: .link)
    let bytes = Array(prose.text.utf8)
    var text = StyledText()
    var cursor = 0
    for item in prose.links
    where item.range.lowerBound >= cursor && item.range.upperBound <= bytes.count {
      text.append(
        String(decoding: bytes[cursor..<item.range.lowerBound], as: UTF8.self), style: body)
      text.append(
        String(decoding: bytes[item.range], as: UTF8.self), style: link, link: item.url)
      cursor = item.range.upperBound
    }
    text.append(String(decoding: bytes[cursor...], as: UTF8.self), style: body)
    return text
  }
}
