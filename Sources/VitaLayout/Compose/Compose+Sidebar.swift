import VitaModel

extension Compose {
  /// The sidebar's flow, when the theme has one: its sections, in the theme's order.
  func sidebarFlow(warnings: inout [Diagnostic]) -> SidebarFlow? {
    guard let sidebar = theme.sidebar else { return nil }
    var blocks: [Block] = []
    for section in sidebar.sections {
      switch section {
      case .name: blocks += sidebarName()
      case .contact: blocks += sidebarList("Contact", contactLines())
      case .affiliations:
        let meta = style(theme.fonts.meta, color: .text)
        blocks += sidebarList("Affiliations", organisations.map { StyledText($0, style: meta) })
      case .metrics: blocks += sidebarMetrics()
      case .charts: blocks += sidebarCharts(sidebar, warnings: &warnings)
      }
    }
    return SidebarFlow(
      width: sidebar.width, gap: sidebar.gap, side: sidebar.side,
      background: sidebar.background, blocks: blocks)
  }

  /// The name and field at the top of the sidebar, over an accent rule.
  private func sidebarName() -> [Block] {
    var blocks: [Block] = [paragraph(profile.name, theme.fonts.name)]
    if let category = profile.primaryCategory {
      blocks.append(paragraph(category.name, theme.fonts.subtitle))
    }
    blocks += [
      .spacing(theme.spacing.afterTitle * 0.5), .rule(thickness: 0.6, color: theme.colors.accent),
    ]
    return [.keepTogether(blocks), .spacing(theme.spacing.afterTitle)]
  }

  /// A small capitalised heading in the accent colour, as sidebars label their parts.
  private func sidebarHeading(_ title: String) -> [Block] {
    var role = theme.fonts.metricLabel
    role.bold = true
    role.color = .accent
    role.uppercase = true
    // The sidebar's parts sit close together; an entry's gap keeps them apart.
    return [
      .spacing(max(theme.spacing.beforeHeading, theme.spacing.betweenEntries)),
      .heading(
        StyledText(title.uppercased(), style: style(role)),
        ParagraphStyle(alignment: .left, leading: role.leading), outline: title),
      .spacing(theme.spacing.afterHeading * 0.5),
    ]
  }

  /// A headed list of short lines; nothing when the list is empty.
  private func sidebarList(_ title: String, _ lines: [StyledText]) -> [Block] {
    guard !lines.isEmpty else { return [] }
    let paragraph = ParagraphStyle(alignment: .left, leading: theme.fonts.meta.leading)
    var blocks = sidebarHeading(title)
    for (index, line) in lines.enumerated() {
      if index > 0 { blocks.append(.spacing(theme.spacing.insideEntry * 2)) }
      blocks.append(.paragraph(line, paragraph))
    }
    return blocks
  }

  /// The person's ways to be reached and found, each a link.
  private func contactLines() -> [StyledText] {
    let person = profile.person
    let link = style(theme.fonts.meta, color: .link)
    var entries: [(String, String)] = []
    if let email = person.email { entries.append((email, "mailto:\(email)")) }
    if let homepage = person.homepage { entries.append((Self.shortAddress(homepage), homepage)) }
    if let orcid = person.orcid { entries.append(("ORCID \(orcid)", "https://orcid.org/\(orcid)")) }
    if let scholar = person.scholar { entries.append(("Google Scholar", scholar)) }
    entries += person.links.map { ($0.label, $0.url) }
    return entries.map { text, url in
      var line = StyledText()
      line.append(text, style: link, link: url)
      return line
    }
  }

  /// An address without its scheme, as a sidebar shows it.
  static func shortAddress(_ url: String) -> String {
    for scheme in ["https://", "http://"] where url.hasPrefix(scheme) {
      return String(url.dropFirst(scheme.count))
    }
    return url
  }

  /// The figures one under another: each value large, its label small below.
  private func sidebarMetrics() -> [Block] {
    guard !profile.metrics.isEmpty else { return [] }
    var blocks = sidebarHeading("Metrics")
    for (index, metric) in profile.metrics.enumerated() {
      if index > 0 { blocks.append(.spacing(theme.spacing.insideEntry * 3)) }
      let label = theme.fonts.metricLabel.uppercase ? metric.label.uppercased() : metric.label
      blocks.append(
        .keepTogether([
          paragraph(metric.formattedValue, theme.fonts.metricValue),
          .paragraph(
            StyledText(label, style: style(theme.fonts.metricLabel)),
            ParagraphStyle(alignment: .left, leading: theme.fonts.metricLabel.leading)),
        ]))
    }
    return blocks
  }

  /// The sidebar's charts, one under another at its width.
  private func sidebarCharts(_ sidebar: Sidebar, warnings: inout [Diagnostic]) -> [Block] {
    let shown = availableCharts(
      sidebar.charts, limit: nil, fieldPath: "sidebar.charts", warnings: &warnings)
    guard !shown.isEmpty else { return [] }
    // Each chart carries its own title, so the charts need no heading of their own.
    var blocks: [Block] = [.outline("Charts")]
    for chart in shown {
      blocks.append(.spacing(theme.spacing.beforeHeading))
      blocks.append(figure([chart], columns: 1, height: sidebar.chartHeight))
    }
    return blocks
  }
}
