import VitaModel

extension Compose {
  /// A section heading in the theme's heading style, in capitals when it asks, with the
  /// spaces around it.
  func sectionHeading(_ title: String) -> [Block] {
    let shown = theme.fonts.heading.uppercase ? title.uppercased() : title
    return [
      .spacing(theme.spacing.beforeHeading),
      .heading(
        StyledText(shown, style: style(theme.fonts.heading)),
        ParagraphStyle(alignment: .left, leading: theme.fonts.heading.leading), outline: title),
      .spacing(theme.spacing.afterHeading),
    ]
  }

  /// A CV section of the profile (education, positions, …): its heading, then each entry
  /// beside its years, as CVs set them; nothing when the profile has no such entries.
  func cvSection(_ kind: CVSection.Kind) -> [Block] {
    let entries = profile.sections.filter { $0.kind == kind }.flatMap(\.entries)
    guard !entries.isEmpty else { return [] }
    let years = entries.map(Self.years)
    let label = style(theme.fonts.meta)
    // The longest range of any section sets the column of years, so that every section's
    // entries start at one place; figures are all about one width.
    let widest =
      profile.sections.flatMap(\.entries).map(Self.years).max { $0.count < $1.count } ?? ""

    var blocks = sectionHeading(Self.title(of: kind))
    for (index, entry) in entries.enumerated() {
      if index > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
      let content = cvEntry(entry)
      guard !widest.isEmpty else {
        blocks.append(.keepTogether(content))
        continue
      }
      blocks.append(
        .keepTogether([
          .labelled(
            Labelled(
              label: StyledText(years[index], style: label),
              widest: StyledText(widest, style: label), leading: theme.fonts.entryTitle.leading,
              gap: theme.fonts.entryTitle.size, blocks: content))
        ]))
    }
    return blocks
  }

  /// One entry: its title, then organisation and place, then each detail.
  private func cvEntry(_ entry: CVEntry) -> [Block] {
    let fonts = theme.fonts
    var blocks = [paragraph(entry.title, fonts.entryTitle)]
    let facts = [entry.organisation, entry.place].compactMap { $0 }.filter { !$0.isEmpty }
    if !facts.isEmpty {
      blocks += [
        .spacing(theme.spacing.insideEntry),
        paragraph(facts.joined(separator: " · "), fonts.meta),
      ]
    }
    for detail in entry.details where !detail.isEmpty {
      blocks += [.spacing(theme.spacing.insideEntry), paragraph(detail, fonts.body)]
    }
    return blocks
  }

  /// The years of an entry: "2019", "2016 – 2020", "2021 – present"; empty when undated.
  static func years(_ entry: CVEntry) -> String {
    guard let start = entry.start?.year else {
      return entry.end.map { String($0.year) } ?? ""
    }
    if entry.ongoing { return "\(start) – present" }
    guard let end = entry.end?.year, end != start else { return String(start) }
    return "\(start) – \(end)"
  }

  /// A section's heading.
  static func title(of kind: CVSection.Kind) -> String {
    switch kind {
    case .education: "Education"
    case .positions: "Positions"
    case .awards: "Awards"
    case .talks: "Talks"
    case .teaching: "Teaching"
    case .service: "Service"
    }
  }
}
