import VitaModel

extension Compose {
  /// The name, then the field and organisations on one line, over an accent rule.
  func titleBlock() -> [Block] {
    var facts: [String] = []
    if let category = profile.primaryCategory { facts.append(category.name) }
    facts += organisations
    // A profile that names nobody (a bibliography, a list of works) gets no empty head.
    guard !profile.name.isEmpty || !facts.isEmpty else { return [] }
    var blocks: [Block] = profile.name.isEmpty ? [] : [paragraph(profile.name, theme.fonts.name)]
    if !facts.isEmpty {
      blocks.append(paragraph(facts.joined(separator: " · "), theme.fonts.subtitle))
    }
    blocks.append(.spacing(theme.spacing.afterTitle * 0.5))
    blocks.append(.rule(thickness: 0.6, color: theme.colors.accent))
    return [.keepTogether(blocks), .spacing(theme.spacing.afterTitle)]
  }

  /// The most organisations a title block or sidebar names when it takes them from the
  /// papers: a list of works can carry every co-author's institution.
  static let paperOrganisationLimit = 6

  /// The researcher's organisations: the declared affiliations, or else the ones the papers
  /// name most often.
  var organisations: [String] {
    guard profile.affiliations.isEmpty else { return profile.affiliations }
    return Array(profile.paperOrganisations.prefix(Self.paperOrganisationLimit))
  }
}
