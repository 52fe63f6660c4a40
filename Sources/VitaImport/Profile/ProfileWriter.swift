import VitaModel

/// Writes a ``Profile`` in Vita's own format, as YAML or as JSON.
///
/// Keys come in a fixed order (the person, the figures, the CV sections, the papers) and
/// empty fields are left out, so the same profile always gives the same text. Every string
/// is quoted and escaped where YAML or JSON needs it, so that reading the text back with
/// ``ProfileDocumentReader`` gives the same profile; only `Paper.sourceLine`, which records
/// where a paper stood in a text file, is not written.
public struct ProfileWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The profile as YAML, ending with a line end.
  public func yaml(_ profile: Profile) -> String {
    var emitter = YAMLEmitter()
    emitter.emitRoot(Self.tree(of: profile))
    return emitter.text
  }

  /// The profile as JSON, indented by two spaces, ending with a line end.
  public func json(_ profile: Profile) -> String {
    var emitter = JSONEmitter()
    emitter.emit(Self.tree(of: profile), indent: 0)
    return emitter.text + "\n"
  }
}

/// A document as the writers see it: scalars, lists and mappings with ordered keys.
indirect enum WrittenValue {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case list([WrittenValue])
  case map([(key: String, value: WrittenValue)])
}

extension ProfileWriter {
  typealias Value = WrittenValue
  typealias Reading = ProfileDocumentReader.Reading

  /// The document tree of a profile, in the writers' key order.
  static func tree(of profile: Profile) -> Value {
    var root: [(key: String, value: Value)] = [("person", person(profile.person))]
    if let category = profile.primaryCategory {
      root.append(("primary-category", self.category(category)))
    }
    if !profile.metrics.isEmpty { root.append(("metrics", .list(profile.metrics.map(metric)))) }
    if let count = profile.announcedPaperCount {
      root.append(("announced-paper-count", .int(count)))
    }
    let history = profile.citationHistory
    if !history.counts.isEmpty { root.append(("citations-per-year", yearCounts(history.counts))) }
    if let source = history.source { root.append(("citations-source", .string(source))) }
    if !history.partialYears.isEmpty {
      root.append(("partial-years", .list(history.partialYears.sorted().map(Value.int))))
    }
    for section in profile.sections {
      root.append((section.kind.rawValue, .list(section.entries.map(entry))))
    }
    if let source = profile.papersSource { root.append(("papers-source", .string(source))) }
    if !profile.papers.isEmpty { root.append(("papers", .list(profile.papers.map(paper)))) }
    return .map(root)
  }

  /// The person; without `name` when it is empty, as a bibliography or a single work
  /// gives it, so that the text reads back as the same profile.
  private static func person(_ person: Person) -> Value {
    var fields: [(key: String, value: Value)] = []
    if !person.name.isEmpty { fields.append(("name", .string(person.name))) }
    if !person.nameVariants.isEmpty {
      fields.append(("name-variants", .list(person.nameVariants.map(Value.string))))
    }
    if !person.affiliations.isEmpty {
      let affiliations = person.affiliations.map { affiliation -> Value in
        guard !affiliation.years.isEmpty else { return .string(affiliation.name) }
        return .map([
          ("name", .string(affiliation.name)), ("years", .list(affiliation.years.map(Value.int))),
        ])
      }
      fields.append(("affiliations", .list(affiliations)))
    }
    append(person.email, as: "email", to: &fields)
    append(person.homepage, as: "homepage", to: &fields)
    append(person.orcid, as: "orcid", to: &fields)
    append(person.scholar, as: "scholar", to: &fields)
    if !person.links.isEmpty {
      let links = person.links.map {
        Value.map([("label", .string($0.label)), ("url", .string($0.url))])
      }
      fields.append(("links", .list(links)))
    }
    return .map(fields)
  }

  private static func metric(_ metric: Metric) -> Value {
    var fields: [(key: String, value: Value)] = [
      ("label", .string(metric.label)), ("value", number(metric.value)),
    ]
    let implied = Reading.implied(label: metric.label, value: metric.value)
    if metric.unit != implied.unit,
      let name = Reading.metricUnitNames.first(where: { $0.value == metric.unit })
    {
      fields.append(("unit", .string(name.name)))
    }
    if metric.kind != implied.kind,
      let name = Reading.metricKindNames.first(where: { $0.value == metric.kind })
    {
      fields.append(("kind", .string(name.name)))
    }
    return .map(fields)
  }

  private static func paper(_ paper: Paper) -> Value {
    var fields: [(key: String, value: Value)] = [("title", .string(paper.title))]
    if !paper.authors.isEmpty { fields.append(("authors", .list(paper.authors.map(Value.string)))) }
    if paper.authorsTruncated { fields.append(("et-al", .bool(true))) }
    if !paper.organisations.isEmpty {
      fields.append(("organisations", .list(paper.organisations.map(Value.string))))
    }
    if let date = paper.date { fields.append(("date", .string(date.isoString))) }
    append(paper.venue, as: "venue", to: &fields)
    append(paper.kind?.rawValue, as: "type", to: &fields)
    if !paper.categories.isEmpty {
      fields.append(("categories", .list(paper.categories.map(category))))
    }
    if let abstract = paper.abstract { fields.append(("abstract", prose(abstract))) }
    append(paper.doi, as: "doi", to: &fields)
    append(paper.arXiv, as: "arxiv", to: &fields)
    append(paper.url, as: "url", to: &fields)
    append(paper.codeURL, as: "code", to: &fields)
    if paper.hasCode != (paper.codeURL != nil) {
      fields.append(("code-available", .bool(paper.hasCode)))
    }
    if let citations = paper.citations { fields.append(("citations", .int(citations))) }
    if !paper.citationsPerYear.isEmpty {
      fields.append(("citations-per-year", yearCounts(paper.citationsPerYear)))
    }
    if !paper.notes.isEmpty { fields.append(("notes", .list(paper.notes.map(Value.string)))) }
    return .map(fields)
  }

  private static func entry(_ entry: CVEntry) -> Value {
    var fields: [(key: String, value: Value)] = [("title", .string(entry.title))]
    append(entry.organisation, as: "organisation", to: &fields)
    append(entry.place, as: "place", to: &fields)
    if entry.end == nil, !entry.ongoing, let date = entry.start {
      fields.append(("date", .string(date.isoString)))
    } else {
      append(entry.start?.isoString, as: "start", to: &fields)
      append(entry.ongoing ? "present" : entry.end?.isoString, as: "end", to: &fields)
    }
    if !entry.details.isEmpty { fields.append(("details", .list(entry.details.map(Value.string)))) }
    return .map(fields)
  }

  /// A category as its arXiv code when that code names it, else as `{code, name}`.
  private static func category(_ category: Category) -> Value {
    if Category(arXivCode: category.code) == category { return .string(category.code) }
    return .map([("code", .string(category.code)), ("name", .string(category.name))])
  }

  /// An abstract as plain text when its links are the ones its text implies, else as
  /// `{text, links}` with the links' offsets.
  private static func prose(_ prose: Prose) -> Value {
    if Prose(detectingLinksIn: prose.text) == prose { return .string(prose.text) }
    let links = prose.links.map { link in
      Value.map([
        ("url", .string(link.url)), ("start", .int(link.range.lowerBound)),
        ("end", .int(link.range.upperBound)),
      ])
    }
    return .map([("text", .string(prose.text)), ("links", .list(links))])
  }

  private static func yearCounts(_ counts: [Int: Int]) -> Value {
    .map(counts.sorted { $0.key < $1.key }.map { (String($0.key), Value.int($0.value)) })
  }

  /// A whole number as an integer, anything else as a float.
  private static func number(_ value: Double) -> Value {
    if value == value.rounded(), abs(value) < 9e15 { return .int(Int(value)) }
    return .double(value)
  }

  private static func append(
    _ text: String?, as key: String, to fields: inout [(key: String, value: Value)]
  ) {
    if let text { fields.append((key, .string(text))) }
  }
}
