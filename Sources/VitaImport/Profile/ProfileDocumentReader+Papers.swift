import VitaModel

extension ProfileDocumentReader.Reading {
  static let paperKeys = [
    "title", "authors", "et-al", "organisations", "date", "venue", "type", "categories",
    "abstract", "doi", "arxiv", "url", "code", "code-available", "citations",
    "citations-per-year", "notes",
  ]

  /// Reads `papers:`, at most `Limit.papers` of them.
  mutating func readPapers(_ entry: Entry) {
    let items = items(entry, expected: "a list of papers", limit: Limit.papers)
    profile.papers.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      if let paper = paper(item, at: FieldPath.item(index, in: entry.path)) {
        profile.papers.append(paper)
      }
    }
  }

  private mutating func paper(_ node: YAMLNode, at path: String) -> Paper? {
    var paper = Paper(title: "")
    var hasCodeFlag: Bool?
    for field in entries(of: node, at: path, known: Self.paperKeys) {
      switch field.name {
      case "title": paper.title = text(field) ?? ""
      case "authors": paper.authors = texts(field)
      case "et-al": paper.authorsTruncated = bool(field) ?? false
      case "organisations": paper.organisations = texts(field)
      case "date": paper.date = date(field.value, at: field.path)
      case "venue": paper.venue = text(field)
      case "type": paper.kind = named(field, among: Self.paperKinds)
      case "categories": paper.categories = categories(field)
      case "abstract": paper.abstract = abstract(field)
      case "doi": paper.doi = text(field).map(Self.bareDOI)
      case "arxiv": paper.arXiv = text(field)
      case "url": paper.url = text(field)
      case "code": paper.codeURL = text(field)
      case "code-available": hasCodeFlag = bool(field)
      case "citations": paper.citations = count(field)
      case "citations-per-year": paper.citationsPerYear = yearCounts(field) ?? [:]
      case "notes": paper.notes = texts(field)
      default: break
      }
    }
    guard node.mapping != nil else { return nil }
    paper.hasCode = hasCodeFlag ?? (paper.codeURL != nil)
    guard !paper.title.trimmingWhiteSpace.isEmpty else {
      // A title of the wrong type has been reported already.
      let title = node["title"]
      if title == nil || title?.scalar != nil {
        diagnostics.append(
          (title ?? node).error(
            title == nil ? "the paper has no 'title'" : "the title is empty",
            fieldPath: FieldPath.key("title", in: path)))
      }
      return nil
    }
    return paper
  }

  /// The kinds of publication, as `type:` writes them.
  static let paperKinds = Paper.Kind.allCases.map { (name: $0.rawValue, value: $0) }

  /// A DOI without the resolver address a user may paste with it.
  static func bareDOI(_ text: String) -> String {
    for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"]
    where text.lowercased().hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return text
  }

  private mutating func categories(_ entry: Entry) -> [Category] {
    if entry.value.scalar != nil, !entry.value.isNull {
      return category(entry.value, at: entry.path).map { [$0] } ?? []
    }
    return items(entry, expected: "a list of categories").enumerated().compactMap {
      index, item in category(item, at: FieldPath.item(index, in: entry.path))
    }
  }

  /// An abstract: text whose addresses become links, or `{text, links: [{url, start, end}]}`
  /// with the links' UTF-8 offsets given.
  private mutating func abstract(_ entry: Entry) -> Prose? {
    guard entry.value.mapping != nil else {
      return text(entry).map { Prose(detectingLinksIn: $0) }
    }
    var prose = Prose(text: "")
    for field in entries(of: entry.value, at: entry.path, known: ["text", "links"]) {
      if field.name == "text" {
        prose.text = text(field) ?? ""
        continue
      }
      for (index, item) in items(field, expected: "a list of links").enumerated() {
        if let link = link(item, at: FieldPath.item(index, in: field.path)) {
          prose.links.append(link)
        }
      }
    }
    let length = prose.text.utf8.count
    for (index, link) in prose.links.enumerated() where link.range.upperBound > length {
      diagnostics.append(
        entry.value.error(
          "the link ends at \(link.range.upperBound), past the text's \(length) bytes",
          fieldPath: "\(entry.path).links[\(index)]"))
    }
    return prose
  }

  private mutating func link(_ node: YAMLNode, at path: String) -> Prose.Link? {
    var url: String?
    var start: Int?
    var end: Int?
    for field in entries(of: node, at: path, known: ["url", "start", "end"]) {
      switch field.name {
      case "url": url = text(field)
      case "start": start = count(field)
      default: end = count(field)
      }
    }
    guard node.mapping != nil else { return nil }
    guard let url, let start, let end, start <= end else {
      diagnostics.append(
        node.error(
          "a link needs a 'url', a 'start' and an 'end' no smaller than the start",
          fieldPath: path))
      return nil
    }
    return Prose.Link(url: url, range: start..<end)
  }
}

extension String {
  /// The text without white space at either end.
  var trimmingWhiteSpace: Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
    return self[start..<end]
  }
}
