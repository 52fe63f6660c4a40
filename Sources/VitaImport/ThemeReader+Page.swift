import VitaModel

extension ThemeReader.Reading {
  /// Reads `page`: its size and margins, then checks that text still fits between them.
  mutating func readPage(_ page: Entry) {
    let problemsBefore = diagnostics.count
    var marginsNode: YAMLNode?
    var sizeNode: YAMLNode?
    for entry in entries(of: page.value, at: page.path, known: ["size", "margins"]) {
      if entry.name == "size" {
        sizeNode = entry.value
        readPaperSize(entry)
      } else {
        marginsNode = entry.value
        readMargins(entry)
      }
    }

    // A bad size or margin would only repeat itself as a second, vaguer error.
    guard diagnostics.count == problemsBefore else { return }
    checkTextArea(at: marginsNode ?? sizeNode ?? page.value, path: page.path + ".margins")
  }

  /// Reads `page.size`: a paper name or `[width, height]`.
  private mutating func readPaperSize(_ entry: Entry) {
    if let name = entry.value.string {
      guard let paper = PaperSize(rawValue: name.lowercased()) else {
        diagnostics.append(
          entry.value.error(
            "unknown paper size '\(name)'", fieldPath: entry.path,
            hint: "write a4 or letter, or [width, height] such as [210mm, 297mm]"))
        return
      }
      theme.page.width = paper.width
      theme.page.height = paper.height
      return
    }

    guard let sides = entry.value.sequence, sides.count == 2 else {
      let found = entry.value.sequence.map { "a list of \($0.count) items" }
      diagnostics.append(
        entry.value.error(
          "expected a4, letter or [width, height], found \(found ?? entry.value.summary)",
          fieldPath: entry.path))
      return
    }
    let width = length(sides[0], at: FieldPath.item(0, in: entry.path), .positive)
    let height = length(sides[1], at: FieldPath.item(1, in: entry.path), .positive)
    if let width, let height {
      theme.page.width = width
      theme.page.height = height
    }
  }

  /// Reads `page.margins`: one length for all four sides, or some of top, right, bottom
  /// and left.
  private mutating func readMargins(_ entry: Entry) {
    guard entry.value.mapping != nil else {
      guard let all = length(entry, .nonNegative) else { return }
      theme.page.marginTop = all
      theme.page.marginRight = all
      theme.page.marginBottom = all
      theme.page.marginLeft = all
      return
    }

    let sides: [NamedField<PageSetup, Double>] = [
      ("top", \.marginTop), ("right", \.marginRight), ("bottom", \.marginBottom),
      ("left", \.marginLeft),
    ]
    for side in entries(of: entry.value, at: entry.path, known: sides.map(\.name)) {
      guard let keyPath = sides.first(where: { $0.name == side.name })?.keyPath,
        let margin = length(side, .nonNegative)
      else { continue }
      theme.page[keyPath: keyPath] = margin
    }
  }

  /// Reports margins that meet or cross, across the page or down it.
  private mutating func checkTextArea(at node: YAMLNode, path: String) {
    let page = theme.page
    if page.textWidth <= 0 {
      let sum = Self.formatted(page.marginLeft + page.marginRight)
      diagnostics.append(
        node.error(
          "the margins leave no room for text: left and right add up to \(sum) pt "
            + "on a page \(Self.formatted(page.width)) pt wide", fieldPath: path))
    }
    if page.textHeight <= 0 {
      let sum = Self.formatted(page.marginTop + page.marginBottom)
      diagnostics.append(
        node.error(
          "the margins leave no room for text: top and bottom add up to \(sum) pt "
            + "on a page \(Self.formatted(page.height)) pt tall", fieldPath: path))
    }
  }
}
