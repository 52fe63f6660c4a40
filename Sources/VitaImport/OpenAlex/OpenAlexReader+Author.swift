import VitaModel

extension OpenAlexReader {
  /// An author record: the person, the metrics as declared, citations per year and
  /// affiliations.
  ///
  /// OpenAlex keeps a record it merged away as "Deleted Author" with nothing in it; that
  /// reads as an empty profile with a warning.
  static func author(_ record: YAMLNode, fields: inout JSONFields) -> Profile {
    let name = fields.string(record["display_name"], "display_name")?.trimmingBlanks() ?? ""
    let works = fields.count(record["works_count"], "works_count")
    if name == "Deleted Author", works == 0 || works == nil {
      fields.report(
        (record["display_name"] ?? record).warning(
          "OpenAlex marks this author as deleted; the profile is empty", fieldPath: "display_name",
          hint: "look the researcher up again on openalex.org: a deleted author was merged into "
            + "another record"))
      return Profile(name: "")
    }

    var profile = Profile(name: name)
    profile.person = person(named: name, in: record, fields: &fields)
    profile.metrics = metrics(of: record, works: works, fields: &fields)
    profile.citationHistory = history(of: record, fields: &fields)
    return profile
  }

  /// The person: name, other spellings, ORCID iD and affiliations, the last known first.
  private static func person(named name: String, in record: YAMLNode, fields: inout JSONFields)
    -> Person
  {
    var person = Person(name: name)
    let alternatives =
      fields.list(
        record["display_name_alternatives"], "display_name_alternatives") ?? []
    for (index, node) in alternatives.enumerated() {
      let path = "display_name_alternatives[\(index)]"
      guard let variant = fields.string(node, path)?.trimmingBlanks(), !variant.isEmpty,
        variant != name, !person.nameVariants.contains(variant)
      else { continue }
      person.nameVariants.append(variant)
    }
    if let orcid = fields.string(record["orcid"], "orcid"), !orcid.isEmpty {
      person.orcid = withoutPrefix(orcid, ["https://orcid.org/", "http://orcid.org/"])
    }
    person.affiliations = affiliations(of: record, fields: &fields)
    return person
  }

  /// The affiliations with their years: the last known institutions first, then the others
  /// in the record's order.
  private static func affiliations(of record: YAMLNode, fields: inout JSONFields)
    -> [Affiliation]
  {
    var listed: [Affiliation] = []
    let items = fields.list(record["affiliations"], "affiliations") ?? []
    for (index, item) in items.enumerated() {
      let path = "affiliations[\(index)]"
      let institution = fields.object(item["institution"], path + ".institution")
      guard
        let name = fields.string(institution?["display_name"], path + ".institution.display_name")
      else { continue }
      let years = (fields.list(item["years"], path + ".years") ?? []).enumerated().compactMap {
        fields.year($0.element, path + ".years[\($0.offset)]")
      }
      listed.append(Affiliation(name: name, years: years))
    }

    var current: [Affiliation] = []
    let last = fields.list(record["last_known_institutions"], "last_known_institutions") ?? []
    for (index, item) in last.enumerated() {
      let path = "last_known_institutions[\(index)].display_name"
      guard let name = fields.string(item["display_name"], path),
        !current.contains(where: { $0.name == name })
      else { continue }
      current.append(listed.first { $0.name == name } ?? Affiliation(name: name))
    }
    return current
      + listed.filter { affiliation in
        !current.contains { $0.name == affiliation.name }
      }
  }

  /// The figures the record declares: citations, h-index, i10-index, works and the two-year
  /// mean citedness.
  private static func metrics(of record: YAMLNode, works: Int?, fields: inout JSONFields)
    -> [Metric]
  {
    var metrics: [Metric] = []
    let stats = fields.object(record["summary_stats"], "summary_stats")
    if let citations = fields.count(record["cited_by_count"], "cited_by_count") {
      metrics.append(
        Metric(
          kind: .citationCount, label: "citations", value: Double(citations),
          unit: .count))
    }
    if let h = fields.count(stats?["h_index"], "summary_stats.h_index") {
      metrics.append(Metric(kind: .hIndex, label: "h-index", value: Double(h), unit: .count))
    }
    if let i10 = fields.count(stats?["i10_index"], "summary_stats.i10_index") {
      metrics.append(
        Metric(
          kind: .i10Index, label: "i10-index", value: Double(i10),
          unit: .count))
    }
    if let works {
      metrics.append(
        Metric(
          kind: .paperCount, label: "works", value: Double(works),
          unit: .count))
    }
    let citedness = fields.number(
      stats?["2yr_mean_citedness"], "summary_stats.2yr_mean_citedness")
    if let citedness {
      metrics.append(
        Metric(
          kind: .other, label: "2-year mean citedness", value: citedness,
          unit: .score))
    }
    return metrics
  }

  /// Citations per year from `counts_by_year`, the year the record was updated marked
  /// incomplete.
  private static func history(of record: YAMLNode, fields: inout JSONFields)
    -> CitationHistory
  {
    let counts = citationCounts(
      record["counts_by_year"], path: "counts_by_year",
      fields: &fields)
    guard !counts.isEmpty else { return CitationHistory() }
    // The counts run to the day of the update; without that date, the last year is the one
    // in progress.
    let partial = updatedYear(of: record) ?? counts.keys.max()
    return CitationYears.history(counts, source: "OpenAlex", partialYear: partial)
  }

  /// `counts_by_year` as citations keyed by year; a repeated year keeps its first count.
  static func citationCounts(_ node: YAMLNode?, path: String, fields: inout JSONFields)
    -> [Int: Int]
  {
    var counts: [Int: Int] = [:]
    for (index, item) in (fields.list(node, path) ?? []).enumerated() {
      let itemPath = "\(path)[\(index)]"
      guard let year = fields.year(item["year"], itemPath + ".year"),
        let count = fields.count(item["cited_by_count"], itemPath + ".cited_by_count")
      else { continue }
      if counts[year] == nil { counts[year] = count }
    }
    return counts
  }
}
