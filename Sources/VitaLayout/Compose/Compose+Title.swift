import VitaModel

extension Compose {

  func titleBlock() -> [Block] {
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
}
