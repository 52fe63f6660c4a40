import VitaModel

extension ScholarReader {
  /// The articles as papers, in the export's order.
  static func articles(_ node: YAMLNode?, fields: inout JSONFields) -> [Paper] {
    let items = fields.list(node, "articles") ?? []
    var papers: [Paper] = []
    for (index, item) in items.prefix(maximumArticles).enumerated() {
      if let paper = article(item, path: "articles[\(index)]", fields: &fields) {
        papers.append(paper)
      }
    }
    if items.count > maximumArticles {
      fields.report(
        items[maximumArticles].error(
          "more than 100,000 articles; the rest were not read", fieldPath: "articles"))
    }
    return papers
  }

  /// One article, or `nil` after reporting why it has none.
  private static func article(_ item: YAMLNode, path: String, fields: inout JSONFields)
    -> Paper?
  {
    guard item.mapping != nil else {
      fields.report(item.wrongType(expected: "an article (an object)", fieldPath: path))
      return nil
    }
    let title = fields.string(item["title"], path + ".title")?.trimmingBlanks() ?? ""
    guard !title.isEmpty else {
      fields.report(
        item.error("the article has no title and was skipped", fieldPath: path + ".title"))
      return nil
    }

    var paper = Paper(title: title)
    if let authors = fields.string(item["authors"], path + ".authors") {
      (paper.authors, paper.authorsTruncated) = splitAuthors(authors)
    }
    let year = fields.year(item["year"], path + ".year")
    paper.date = year.map { PaperDate(year: $0) }
    if let publication = fields.string(item["publication"], path + ".publication") {
      let venue = withoutYear(publication.trimmingBlanks(), year: year)
      paper.venue = venue.isEmpty ? nil : venue
    }
    paper.citations = citations(item["cited_by"], path: path + ".cited_by", fields: &fields)
    if let link = fields.string(item["link"], path + ".link"), !link.isEmpty { paper.url = link }
    return paper
  }

  /// Scholar's author line split at commas, ASCII or full-width; a last "..." means the list
  /// was cut short.
  static func splitAuthors(_ line: String) -> (names: [String], truncated: Bool) {
    var names: [String] = []
    var truncated = false
    for part in line.split(whereSeparator: { $0 == "," || $0 == "，" }) {
      let name = String(part).trimmingBlanks()
      if name == "..." || name == "…" {
        truncated = true
      } else if !name.isEmpty {
        names.append(name)
      }
    }
    return (names, truncated)
  }

  /// The publication line without the year Scholar appends: "Remote Sensing 13 (13), 2622,
  /// 2021" becomes "Remote Sensing 13 (13), 2622".
  private static func withoutYear(_ publication: String, year: Int?) -> String {
    guard let year else { return publication }
    let suffix = ", \(year)"
    if publication.hasSuffix(suffix) { return String(publication.dropLast(suffix.count)) }
    return publication == String(year) ? "" : publication
  }

  /// The citation count: a number, or SerpApi's `{"value": 133, "link": …}`.
  private static func citations(_ node: YAMLNode?, path: String, fields: inout JSONFields)
    -> Int?
  {
    guard let node, node.mapping != nil else { return fields.count(node, path) }
    let value = node["value"]
    if value?.string?.isEmpty == true { return nil }
    return fields.count(value, path + ".value")
  }
}
