import VitaModel

extension Compose {

  func publicationsSection() -> [Block] {
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

  func entry(for paper: Paper) -> [Block] {
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
    authorLine(paper, owners: owners)
  }

  /// The author list with every name that matches one of `owners` in bold.
  func authorLine(_ paper: Paper, owners: [PersonName]) -> StyledText {
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
