import VitaModel

extension ProfileDocumentReader.Reading {
  static let personKeys = [
    "name", "name-variants", "affiliations", "email", "homepage", "orcid", "scholar", "links",
  ]

  /// Reads `person:`: the name, how to find and reach the person, and affiliations.
  ///
  /// - Returns: Whether the person has a `name` key, empty or not.
  mutating func readPerson(_ entry: Entry) -> Bool {
    var hasName = false
    for field in entries(of: entry.value, at: entry.path, known: Self.personKeys) {
      switch field.name {
      case "name":
        hasName = true
        profile.person.name = text(field) ?? ""
        if profile.person.name.isEmpty, field.value.scalar != nil {
          diagnostics.append(
            field.value.error(
              "the name is empty", fieldPath: field.path,
              hint: "write the name, or leave 'name:' out"))
        }
      case "name-variants": profile.person.nameVariants = texts(field)
      case "affiliations": profile.person.affiliations = affiliations(field)
      case "email": profile.person.email = text(field)
      case "homepage": profile.person.homepage = text(field)
      case "orcid": profile.person.orcid = text(field)
      case "scholar": profile.person.scholar = text(field)
      case "links": profile.person.links = links(field)
      default: break
      }
    }
    return hasName
  }

  /// Affiliations: names, or mappings with a `name` and the `years` of the affiliation.
  private mutating func affiliations(_ entry: Entry) -> [Affiliation] {
    var affiliations: [Affiliation] = []
    for (index, item) in items(entry, expected: "a list of affiliations").enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      if item.mapping == nil {
        if let name = text(item, at: path) { affiliations.append(Affiliation(name: name)) }
        continue
      }
      var affiliation = Affiliation(name: "")
      for field in entries(of: item, at: path, known: ["name", "years"]) {
        if field.name == "name" { affiliation.name = text(field) ?? "" }
        if field.name == "years" { affiliation.years = years(field) }
      }
      guard !affiliation.name.isEmpty else {
        diagnostics.append(item.error("the affiliation has no 'name'", fieldPath: path))
        continue
      }
      affiliations.append(affiliation)
    }
    return affiliations
  }

  /// Links, each a mapping with a `label` and a `url`.
  private mutating func links(_ entry: Entry) -> [LabeledLink] {
    var links: [LabeledLink] = []
    for (index, item) in items(entry, expected: "a list of links").enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      var label: String?
      var url: String?
      for field in entries(of: item, at: path, known: ["label", "url"]) {
        if field.name == "label" { label = text(field) } else { url = text(field) }
      }
      guard item.mapping != nil else { continue }
      guard let url, !url.isEmpty else {
        diagnostics.append(item.error("the link has no 'url'", fieldPath: path))
        continue
      }
      links.append(LabeledLink(label: label ?? url, url: url))
    }
    return links
  }

  // MARK: Metrics

  static let metricKeys = ["label", "value", "unit", "kind"]

  /// The names of the typed metric kinds, as `kind:` writes them.
  static let metricKindNames: [(name: String, value: Metric.Kind)] = [
    ("h-index", .hIndex), ("i10-index", .i10Index), ("papers", .paperCount),
    ("citations", .citationCount), ("novelty", .novelty), ("ai-score", .aiScore),
    ("other", .other),
  ]

  /// The names of the units, as `unit:` writes them.
  static let metricUnitNames: [(name: String, value: Metric.Unit)] = [
    ("count", .count), ("percent", .percent), ("score", .score),
  ]

  /// The kind and unit a label implies: the known labels are typed, the rest are `other`,
  /// counted when whole.
  static func implied(label: String, value: Double) -> (kind: Metric.Kind, unit: Metric.Unit) {
    if let known = ProfileTextReader.metricKinds[label.lowercased()] { return known }
    return (.other, value == value.rounded() ? .count : .score)
  }

  /// Reads `metrics:`, a list of `{label, value, unit?, kind?}` or a mapping `label: value`.
  mutating func readMetrics(_ entry: Entry) {
    if let pairs = entry.value.mapping {
      for pair in pairs.prefix(Limit.listItems) {
        let path = FieldPath.key(pair.key.scalar ?? "?", in: entry.path)
        guard let label = text(pair.key, at: path), let value = number(pair.value, at: path)
        else { continue }
        let implied = Self.implied(label: label, value: value)
        guard !Self.isCountable(implied.kind) || value >= 0 else {
          diagnostics.append(
            pair.value.error(
              "the \(label) \(pair.value.scalar ?? "") is negative", fieldPath: path,
              hint: "write 0 or more"))
          continue
        }
        profile.metrics.append(
          Metric(kind: implied.kind, label: label, value: value, unit: implied.unit))
        metricOrigins.append(ProfileDocumentReader.Origin(pair.value, fieldPath: path))
      }
      return
    }
    for (index, item) in items(entry, expected: "a list of metrics").enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      if let metric = metric(item, at: path) {
        profile.metrics.append(metric)
        metricOrigins.append(ProfileDocumentReader.Origin(item, fieldPath: path))
      }
    }
  }

  private mutating func metric(_ node: YAMLNode, at path: String) -> Metric? {
    var label: String?
    var value: Double?
    var unit: Metric.Unit?
    var kind: Metric.Kind?
    for field in entries(of: node, at: path, known: Self.metricKeys) {
      switch field.name {
      case "label": label = text(field)
      case "value": value = number(field.value, at: field.path)
      case "unit": unit = named(field, among: Self.metricUnitNames)
      default: kind = named(field, among: Self.metricKindNames)
      }
    }
    guard node.mapping != nil else { return nil }
    guard let label, !label.isEmpty else {
      diagnostics.append(node.error("the metric has no 'label'", fieldPath: path))
      return nil
    }
    guard let value else {
      if node["value"] == nil {
        diagnostics.append(node.error("the metric has no 'value'", fieldPath: path))
      }
      return nil
    }
    let implied = Self.implied(label: label, value: value)
    let metric = Metric(
      kind: kind ?? implied.kind, label: label, value: value, unit: unit ?? implied.unit)
    guard Self.isCountable(metric.kind), value < 0 else { return metric }
    diagnostics.append(
      node.error(
        "the \(label) \(metric.formattedValue) is negative", fieldPath: path,
        hint: "write 0 or more"))
    return nil
  }

  /// Whether a metric of this kind counts something, so that it cannot be negative.
  static func isCountable(_ kind: Metric.Kind) -> Bool {
    [.hIndex, .i10Index, .paperCount, .citationCount].contains(kind)
  }

  /// A finite number.
  private mutating func number(_ node: YAMLNode, at path: String) -> Double? {
    guard let value = node.double, value.isFinite else {
      diagnostics.append(node.wrongType(expected: "a number", fieldPath: path))
      return nil
    }
    return value
  }

  /// One of a fixed set of names, with "did you mean" when it is none of them.
  mutating func named<Value>(_ entry: Entry, among names: [(name: String, value: Value)])
    -> Value?
  {
    guard let word = text(entry) else { return nil }
    if let match = names.first(where: { $0.name == word.lowercased() }) { return match.value }
    let hint = ClosestName.hint(
      for: word, among: names.map(\.name), otherwise: "write one of: ")
    diagnostics.append(
      entry.value.error("unknown \(entry.name) '\(word)'", fieldPath: entry.path, hint: hint))
    return nil
  }
}
