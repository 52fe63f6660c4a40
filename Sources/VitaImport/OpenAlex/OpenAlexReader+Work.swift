import VitaModel

extension OpenAlexReader {
  /// The most words rebuilt into one abstract.
  static let maximumAbstractWords = 100_000
  /// More words than any abstract has: past them, the index holds a whole text.
  static let longAbstractWords = 1_000

  /// A work as a paper, or `nil` after reporting why it has none.
  ///
  /// - Parameter path: The work's path in the file, `results[3]`, or `nil` for a file that
  ///   is one work.
  static func work(_ record: YAMLNode, path: String?, fields: inout JSONFields) -> Paper? {
    func at(_ key: String) -> String { FieldPath.key(key, in: path) }
    guard record.mapping != nil else {
      fields.report(record.wrongType(expected: "a work (an object)", fieldPath: path))
      return nil
    }

    let title =
      (fields.string(record["display_name"], at("display_name"))
      ?? fields.string(record["title"], at("title")))?.trimmingBlanks() ?? ""
    guard !title.isEmpty else {
      fields.report(
        record.error(
          "the work has no title and was skipped", fieldPath: at("display_name"),
          hint: "OpenAlex gives a work's title in 'display_name'"))
      return nil
    }

    var paper = Paper(title: title)
    paper.date = date(of: record, at: at, fields: &fields)
    readAuthorships(of: record, at: at, into: &paper, fields: &fields)
    paper.citations = fields.count(record["cited_by_count"], at("cited_by_count"))
    paper.citationsPerYear = citationCounts(
      record["counts_by_year"], path: at("counts_by_year"), fields: &fields)
    if let abstract = abstract(
      record["abstract_inverted_index"],
      path: at("abstract_inverted_index"), fields: &fields)
    {
      paper.abstract = Prose(detectingLinksIn: abstract)
    }
    paper.categories = categories(of: record, at: at, fields: &fields)
    readLinks(of: record, at: at, into: &paper, fields: &fields)
    paper.kind = kind(of: record, at: at, fields: &fields)
    return paper
  }

  /// The date from `publication_date` (`2018-02-13`), else from `publication_year`.
  private static func date(
    of record: YAMLNode, at: (String) -> String, fields: inout JSONFields
  ) -> PaperDate? {
    if let text = fields.string(record["publication_date"], at("publication_date")) {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
      if let year = parts.first ?? nil, fields.years.contains(year) {
        let month = parts.count > 1 ? parts[1].flatMap { (1...12).contains($0) ? $0 : nil } : nil
        let day = parts.count > 2 ? parts[2].flatMap { (1...31).contains($0) ? $0 : nil } : nil
        return PaperDate(year: year, month: month, day: day)
      }
      let node = record["publication_date"]!
      if let year = parts.first ?? nil {
        fields.report(
          node.warning(
            "the year \(year) is out of range; the date was ignored",
            fieldPath: at("publication_date"), hint: fields.years.phrase))
      } else {
        fields.report(
          node.warning(
            "cannot read the date '\(text)'", fieldPath: at("publication_date"),
            hint: "OpenAlex writes dates like '2018-02-13'"))
      }
    }
    return fields.year(record["publication_year"], at("publication_year")).map {
      PaperDate(year: $0)
    }
  }

  /// The authors in order and the institutions they give, each named once.
  private static func readAuthorships(
    of record: YAMLNode, at: (String) -> String, into paper: inout Paper,
    fields: inout JSONFields
  ) {
    let authorships = fields.list(record["authorships"], at("authorships")) ?? []
    for (index, authorship) in authorships.enumerated() {
      let path = at("authorships[\(index)]")
      let author = fields.object(authorship["author"], path + ".author")
      var name =
        fields.string(author?["display_name"], path + ".author.display_name")?
        .trimmingBlanks() ?? ""
      // OpenAlex puts a placeholder where it could not identify the author.
      if name.isEmpty || name == "NULL AUTHOR_ID" {
        name =
          fields.string(authorship["raw_author_name"], path + ".raw_author_name")?
          .trimmingBlanks() ?? ""
      }
      if name.isEmpty {
        fields.report(
          authorship.warning(
            "OpenAlex does not name author \(index + 1) of this work; the author was left out",
            fieldPath: path + ".author"))
      } else {
        paper.authors.append(name)
      }
      let institutions = fields.list(authorship["institutions"], path + ".institutions") ?? []
      for (number, institution) in institutions.enumerated() {
        let namePath = path + ".institutions[\(number)].display_name"
        guard let name = fields.string(institution["display_name"], namePath),
          !name.isEmpty, !paper.organisations.contains(name)
        else { continue }
        paper.organisations.append(name)
      }
    }
  }

  /// The abstract rebuilt from OpenAlex's inverted index: each word with the positions it
  /// takes, put back in the order of the positions.
  static func abstract(_ node: YAMLNode?, path: String, fields: inout JSONFields) -> String? {
    guard let index = fields.object(node, path)?.mapping, !index.isEmpty else { return nil }
    var placed: [(position: Int, word: String)] = []
    for pair in index {
      let word = fields.string(pair.key, path) ?? ""
      guard let positions = pair.value.sequence else {
        fields.report(
          pair.value.wrongType(expected: "a list of positions", fieldPath: path + "." + word))
        continue
      }
      for position in positions {
        guard let offset = position.int, offset >= 0 else {
          fields.report(
            position.wrongType(
              expected: "a position (a whole number)",
              fieldPath: path + "."
                + word))
          continue
        }
        guard placed.count < maximumAbstractWords else { break }
        placed.append((offset, word))
      }
    }
    // A stable order for words that claim the same position: the order of the file.
    let ordered = placed.enumerated().sorted {
      ($0.element.position, $0.offset) < ($1.element.position, $1.offset)
    }
    let text = ordered.map(\.element.word).joined(separator: " ")
    if placed.count > longAbstractWords, let node {
      fields.report(
        node.warning(
          "the abstract has \(ProfileTextReader.Problem.grouped(placed.count)) words; OpenAlex "
            + "sometimes holds a work's whole text here", fieldPath: path,
          hint: "a layout's 'publications: {abstracts: 8}' cuts abstracts to eight lines"))
    }
    return text.isEmpty ? nil : text
  }

  /// The primary topic, or, for works without one, the first three concepts.
  private static func categories(
    of record: YAMLNode, at: (String) -> String, fields: inout JSONFields
  ) -> [Category] {
    if let topic = fields.object(record["primary_topic"], at("primary_topic")),
      let category = category(topic, path: at("primary_topic"), fields: &fields)
    {
      return [category]
    }
    let concepts = fields.list(record["concepts"], at("concepts")) ?? []
    return concepts.prefix(3).enumerated().compactMap {
      category($0.element, path: at("concepts[\($0.offset)]"), fields: &fields)
    }
  }

  /// A topic or concept: its short identifier (`T10102`) as the code, its name as the name.
  private static func category(_ node: YAMLNode, path: String, fields: inout JSONFields)
    -> Category?
  {
    guard let name = fields.string(node["display_name"], path + ".display_name"), !name.isEmpty
    else { return nil }
    let id = fields.string(node["id"], path + ".id") ?? ""
    let code = id.split(separator: "/").last.map(String.init) ?? name
    return Category(code: code, name: name)
  }

  /// The DOI, the open-access or landing page, the venue and an arXiv identifier from an
  /// arXiv DOI.
  private static func readLinks(
    of record: YAMLNode, at: (String) -> String, into paper: inout Paper,
    fields: inout JSONFields
  ) {
    if let doi = fields.string(record["doi"], at("doi")), !doi.isEmpty {
      let bare = withoutPrefix(doi, ["https://doi.org/", "http://doi.org/", "doi:"])
      paper.doi = bare
      if bare.lowercased().hasPrefix("10.48550/arxiv.") { paper.arXiv = String(bare.dropFirst(15)) }
    }
    let openAccess = fields.object(record["open_access"], at("open_access"))
    let location = fields.object(record["primary_location"], at("primary_location"))
    let landing = fields.string(
      location?["landing_page_url"], at("primary_location.landing_page_url"))
    let openURL = fields.string(openAccess?["oa_url"], at("open_access.oa_url"))
    paper.url = [openURL, landing].compactMap { $0 }.first { !$0.isEmpty }

    let source = fields.object(location?["source"], at("primary_location.source"))
    let venue = fields.string(source?["display_name"], at("primary_location.source.display_name"))
    if let venue, !venue.isEmpty { paper.venue = venue }
  }

  /// The kind from OpenAlex's `type`; an article that Crossref types as a proceedings
  /// article is a conference paper.
  private static func kind(of record: YAMLNode, at: (String) -> String, fields: inout JSONFields)
    -> Paper.Kind?
  {
    guard let type = fields.string(record["type"], at("type")) else { return nil }
    let crossref = record["type_crossref"]?.string
    switch type {
    case "article", "review", "letter", "editorial", "erratum":
      return crossref == "proceedings-article" ? .conference : .article
    case "preprint", "posted-content": return .preprint
    case "book", "monograph", "edited-book", "reference-book": return .book
    case "book-chapter", "book-section", "book-part": return .chapter
    case "dissertation": return .thesis
    case "report": return .report
    case "proceedings-article": return .conference
    default: return .other
    }
  }
}
