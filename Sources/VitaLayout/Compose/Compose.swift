import VitaModel

/// What a render asks of composition beyond the profile and the theme.
public struct ComposeOptions: Sendable {
  /// The name to mark in author lists; the profile's own name when `nil`.
  public var owner: String?
  /// The date that `{date}` in a header or footer stands for.
  public var date: String
  /// Vita's version, for the PDF's creator field.
  public var creator: String

  /// Creates options.
  public init(owner: String? = nil, date: String = "", creator: String = "Vita") {
    self.owner = owner
    self.date = date
    self.creator = creator
  }
}

/// Turns a profile and a theme into a document: decides what is on the pages, never where.
public struct Compose {
  let profile: Profile
  let theme: Theme
  let options: ComposeOptions
  let owners: [PersonName]

  /// Prepares to compose a profile with a theme.
  public init(profile: Profile, theme: Theme, options: ComposeOptions = ComposeOptions()) {
    self.profile = profile
    self.theme = theme
    self.options = options
    owners = [PersonName(options.owner ?? profile.name)].compactMap { $0 }
  }

  /// The document: the title block, then each section the theme names, in its order.
  public func document() -> Document {
    var blocks = titleBlock()
    for section in theme.sections {
      switch section {
      case .metrics: blocks += metricsSection()
      case .publications: blocks += publicationsSection()
      }
    }
    return Document(
      page: theme.page, blocks: blocks, metadata: metadata(),
      footer: running(theme.footer), header: running(theme.header))
  }

  // MARK: Styles

  /// The text style of a font role.
  func style(_ role: FontStyle, bold: Bool? = nil, color: Palette.Role? = nil) -> TextStyle {
    TextStyle(
      font: FontRequest(
        family: role.family, size: role.size, bold: bold ?? role.bold, italic: role.italic),
      color: theme.colors[color ?? role.color], tracking: role.tracking)
  }

  /// A paragraph in one role's style.
  func paragraph(_ text: String, _ role: FontStyle, alignment: TextAlignment = .left) -> Block {
    let shown = role.uppercase ? text.uppercased() : text
    return .paragraph(
      StyledText(shown, style: style(role)),
      ParagraphStyle(alignment: alignment, leading: role.leading))
  }

  private func running(_ template: String) -> RunningText? {
    guard !template.isEmpty else { return nil }
    let filled = template.replacing("{name}", with: profile.name)
      .replacing("{date}", with: options.date)
    return RunningText(
      template: filled, style: style(theme.fonts.footer), leading: theme.fonts.footer.leading)
  }

  private func metadata() -> DocumentMetadata {
    let categories = profile.papers.flatMap(\.categories).map(\.name)
    var keywords: [String] = []
    for name in [profile.primaryCategory?.name].compactMap({ $0 }) + categories
    where !keywords.contains(name) {
      keywords.append(name)
    }
    let field = profile.primaryCategory.map { ": \($0.name)" } ?? ""
    return DocumentMetadata(
      title: "\(profile.name) · Curriculum vitae", author: profile.name,
      subject: "Publications and research metrics\(field)", keywords: keywords)
  }

  // MARK: Title

  private func titleBlock() -> [Block] {
    var blocks: [Block] = [paragraph(profile.name, theme.fonts.name)]
    var facts: [String] = []
    if let category = profile.primaryCategory { facts.append(category.name) }
    let organisations =
      profile.affiliations.isEmpty
      ? profile.paperOrganisations : profile.affiliations
    facts += organisations
    if !facts.isEmpty {
      blocks.append(paragraph(facts.joined(separator: " · "), theme.fonts.subtitle))
    }
    blocks.append(.spacing(theme.spacing.afterTitle * 0.5))
    blocks.append(.rule(thickness: 0.6, color: theme.colors.accent))
    return [.keepTogether(blocks), .spacing(theme.spacing.afterTitle)]
  }

  // MARK: Metrics

  private func metricsSection() -> [Block] {
    guard !profile.metrics.isEmpty else { return [] }
    let figures = profile.metrics.map { metric in
      let label = theme.fonts.metricLabel.uppercase ? metric.label.uppercased() : metric.label
      return Figure(
        value: StyledText(metric.formattedValue, style: style(theme.fonts.metricValue)),
        label: StyledText(label, style: style(theme.fonts.metricLabel)),
        valueLeading: theme.fonts.metricValue.leading,
        labelLeading: theme.fonts.metricLabel.leading)
    }
    return [
      .keepTogether([
        .outline("Metrics"), .figures(figures), .spacing(6),
        .rule(thickness: 0.3, color: theme.colors.rule),
      ]),
      .spacing(theme.spacing.beforeHeading * 0.5),
    ]
  }

  // MARK: Publications

  private func publicationsSection() -> [Block] {
    let title = "Publications (\(profile.papers.count))"
    var blocks: [Block] = [
      .spacing(theme.spacing.beforeHeading),
      .heading(
        StyledText(title, style: style(theme.fonts.heading)),
        ParagraphStyle(alignment: .left, leading: theme.fonts.heading.leading), outline: title),
      .spacing(theme.spacing.afterHeading),
    ]
    for (index, paper) in newestFirst(profile.papers).enumerated() {
      if index > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
      blocks.append(.keepTogether(entry(for: paper)))
    }
    return blocks
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

  private func entry(for paper: Paper) -> [Block] {
    let fonts = theme.fonts
    var blocks: [Block] = [paragraph(paper.title, fonts.entryTitle)]
    let gap = Block.spacing(theme.spacing.insideEntry)

    var facts: [String] = []
    if let date = paper.date { facts.append(date.description) }
    facts += paper.categories.map(\.name)
    facts += paper.organisations
    if paper.hasCode { facts.append("code available") }
    if !facts.isEmpty {
      blocks += [gap, paragraph(facts.joined(separator: " · "), fonts.meta)]
    }
    if !paper.authors.isEmpty {
      blocks += [
        gap,
        .paragraph(
          authorLine(paper), ParagraphStyle(alignment: .left, leading: fonts.meta.leading)),
      ]
    }
    if let abstract = paper.abstract, !abstract.text.isEmpty {
      blocks += [
        .spacing(theme.spacing.insideEntry * 2),
        .paragraph(
          prose(abstract), ParagraphStyle(alignment: .justified, leading: fonts.body.leading)),
      ]
    }
    return blocks
  }

  /// The author list with the owner's name in bold and "et al." when the list is cut.
  func authorLine(_ paper: Paper) -> StyledText {
    let plain = style(theme.fonts.meta, color: .text)
    let owner = style(theme.fonts.meta, bold: true, color: .text)
    var line = StyledText()
    for (index, author) in paper.authors.enumerated() {
      if index > 0 { line.append(", ", style: plain) }
      let isOwner = PersonName(author).map { name in owners.contains { $0.matches(name) } }
      line.append(author, style: isOwner == true ? owner : plain)
    }
    if paper.authorsTruncated { line.append(" et al.", style: plain) }
    return line
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
