import VitaModel

extension ProfileDocumentReader {
  /// One pass over a profile document: the profile so far and what was wrong.
  struct Reading {
    /// The year taken as now.
    let currentYear: Int
    /// The profile, filled in as the keys are read.
    var profile = Profile(name: "")
    /// The files named under `sources:`.
    var sources: [SourceReference] = []
    /// Where each of `profile.metrics` stands in the file.
    var metricOrigins: [ProfileDocumentReader.Origin] = []
    /// The problems found, without the file name; past `DiagnosticList.limit`, counted only.
    var diagnostics = DiagnosticList()

    /// The keys a profile may have at its root, in the order the writer uses.
    static let rootKeys =
      [
        "$schema", "person", "primary-category", "metrics", "announced-paper-count",
        "citations-per-year", "citations-source", "partial-years", "sources", "papers-source",
        "papers",
      ] + CVSection.Kind.allCases.map(\.rawValue)

    init(currentYear: Int) {
      self.currentYear = currentYear
    }

    /// Reads the root mapping, key by key.
    mutating func readProfile(_ root: YAMLNode) {
      guard root.mapping != nil else {
        diagnostics.append(
          root.wrongType(
            expected: "a mapping of profile fields", fieldPath: nil,
            hint: "a profile has keys such as 'person:' and 'papers:'"))
        return
      }
      if let basics = root.mapping?.first(where: { $0.key.scalar == "basics" }),
        root["person"] == nil
      {
        reportJSONResume(at: basics.key)
        return
      }
      var person: Entry?
      var hasName = false
      for entry in entries(of: root, at: nil, known: Self.rootKeys) {
        if entry.name == "person" {
          person = entry
          hasName = readPerson(entry)
        } else {
          readRootEntry(entry)
        }
      }
      // A nameless profile is what a bibliography converts to; its sources may name it.
      if !hasName, sources.isEmpty { reportNoName(person: person, root: root) }
    }

    /// One error for a JSON Resume file, instead of one for each of its keys.
    private mutating func reportJSONResume(at key: YAMLNode) {
      diagnostics.append(
        key.error(
          "this is a JSON Resume file ('basics'), not Vita's format", fieldPath: "basics",
          hint: "read it as what it is: leave out --from, or give --from jsonresume"))
    }

    private mutating func reportNoName(person: Entry?, root: YAMLNode) {
      let hint = "add 'person:' with at least the person's 'name:'"
      guard let person else {
        diagnostics.append(
          root.warning(
            "the profile has no 'person'; the CV will have no name at its head",
            fieldPath: "person", hint: hint))
        return
      }
      guard person.value.mapping != nil else { return }
      diagnostics.append(
        person.value.warning(
          "the person has no 'name'; the CV will have no name at its head",
          fieldPath: FieldPath.key("name", in: person.path),
          hint: "add 'name:' with the name as it should head the CV"))
    }

    private mutating func readRootEntry(_ entry: Entry) {
      switch entry.name {
      case "$schema": _ = text(entry)
      case "primary-category": profile.primaryCategory = category(entry.value, at: entry.path)
      case "metrics": readMetrics(entry)
      case "announced-paper-count": profile.announcedPaperCount = count(entry)
      case "citations-per-year":
        profile.citationHistory.counts = yearCounts(entry) ?? [:]
      case "citations-source": profile.citationHistory.source = text(entry)
      case "partial-years": profile.citationHistory.partialYears = Set(years(entry))
      case "sources": readSources(entry)
      case "papers-source": profile.papersSource = text(entry)
      case "papers": readPapers(entry)
      default:
        if let kind = CVSection.Kind(rawValue: entry.name) { readSection(kind, entry) }
      }
    }
  }
}

extension ProfileDocumentReader.Reading {
  typealias Limit = ProfileDocumentReader.Limit

  /// A known key of a mapping, its value and the value's field path.
  struct Entry {
    /// The key's text.
    var name: String
    /// The key's node, for diagnostics about the key.
    var key: YAMLNode
    /// The value.
    var value: YAMLNode
    /// The path of the value, such as `papers[3].date`.
    var path: String
  }

  /// The pairs of a mapping whose keys are known, in file order; reports a node that is not
  /// a mapping, and each unknown key with the closest known one.
  mutating func entries(of node: YAMLNode, at path: String?, known: [String]) -> [Entry] {
    guard let pairs = node.mapping else {
      diagnostics.append(node.wrongType(expected: "a mapping", fieldPath: path))
      return []
    }
    var entries: [Entry] = []
    for pair in pairs {
      guard let name = pair.key.scalar, !pair.key.isNull else {
        diagnostics.append(pair.key.wrongType(expected: "a key name", fieldPath: path))
        continue
      }
      let keyPath = FieldPath.key(name, in: path)
      guard known.contains(name) else {
        // The hint costs an edit distance per known key: only for the diagnostics listed.
        diagnostics.add(.error) {
          let hint = ClosestName.hint(for: name, among: known, otherwise: "known keys: ")
          return pair.key.error("unknown key '\(name)'", fieldPath: keyPath, hint: hint)
        }
        continue
      }
      entries.append(Entry(name: name, key: pair.key, value: pair.value, path: keyPath))
    }
    return entries
  }

  /// The items of a list, capped at `limit`; reports a value that is not a list.
  mutating func items(_ entry: Entry, expected: String, limit: Int = Limit.listItems)
    -> [YAMLNode]
  {
    if entry.value.isNull { return [] }
    guard let items = entry.value.sequence else {
      diagnostics.append(entry.value.wrongType(expected: expected, fieldPath: entry.path))
      return []
    }
    guard items.count <= limit else {
      diagnostics.append(
        entry.value.warning(
          "the list has \(items.count) items; only the first \(limit) were read",
          fieldPath: entry.path))
      return Array(items.prefix(limit))
    }
    return items
  }

  /// The value as text: any scalar but a null, without control characters, cut to the
  /// longest string kept; `nil` for a null, and after reporting a list or a mapping.
  mutating func text(_ node: YAMLNode, at path: String) -> String? {
    guard var text = node.scalar else {
      diagnostics.append(node.wrongType(expected: "a string", fieldPath: path))
      return nil
    }
    if node.isNull { return nil }
    if let (cleaned, first) = ControlCharacters.removed(from: text) {
      diagnostics.append(
        node.warning(
          "the text holds control characters (\(ControlCharacters.name(first))); they were "
            + "removed", fieldPath: path))
      text = cleaned
    }
    guard text.utf8.count > Limit.stringLength, text.count > Limit.stringLength else {
      return text
    }
    diagnostics.append(
      node.warning(
        "the text is longer than \(Limit.stringLength) characters and was cut", fieldPath: path))
    return String(text.prefix(Limit.stringLength))
  }

  /// The entry's value as text.
  mutating func text(_ entry: Entry) -> String? {
    text(entry.value, at: entry.path)
  }

  /// A list of strings; a single string is taken as a list of one.
  mutating func texts(_ entry: Entry) -> [String] {
    if entry.value.scalar != nil, !entry.value.isNull {
      return text(entry).map { [$0] } ?? []
    }
    var texts: [String] = []
    for (index, item) in items(entry, expected: "a list of strings").enumerated() {
      if let value = text(item, at: FieldPath.item(index, in: entry.path)) { texts.append(value) }
    }
    return texts
  }

  /// The value as `true` or `false`, or `nil` after reporting it.
  mutating func bool(_ entry: Entry) -> Bool? {
    if entry.value.isNull { return nil }
    guard let value = entry.value.bool else {
      diagnostics.append(entry.value.wrongType(expected: "true or false", fieldPath: entry.path))
      return nil
    }
    return value
  }

  /// A whole number of zero or more, such as a citation count.
  mutating func count(_ node: YAMLNode, at path: String) -> Int? {
    if node.isNull { return nil }
    guard let value = node.int else {
      diagnostics.append(node.wrongType(expected: "a whole number", fieldPath: path))
      return nil
    }
    guard value >= 0 else {
      diagnostics.append(
        node.error("the count \(value) is negative", fieldPath: path, hint: "write 0 or more"))
      return nil
    }
    guard value <= CountLimit.maximum else {
      diagnostics.append(
        node.error(
          "the count \(value) is larger than any real one", fieldPath: path,
          hint: CountLimit.phrase))
      return nil
    }
    return value
  }

  /// The entry's value as a count.
  mutating func count(_ entry: Entry) -> Int? {
    count(entry.value, at: entry.path)
  }

  /// A year from 1900 to next year; `text` reads it from a key, whose type is not checked.
  mutating func year(_ node: YAMLNode, at path: String, fromKey: Bool = false) -> Int? {
    let value = fromKey ? node.scalar.flatMap { Int($0) } : node.int
    guard let value else {
      diagnostics.append(node.wrongType(expected: "a year", fieldPath: path))
      return nil
    }
    guard (Limit.firstYear...currentYear + 1).contains(value) else {
      diagnostics.append(
        node.error(
          "the year \(value) is out of range", fieldPath: path,
          hint: "a year runs from \(Limit.firstYear) to \(currentYear + 1)"))
      return nil
    }
    return value
  }

  /// A list of years.
  mutating func years(_ entry: Entry) -> [Int] {
    items(entry, expected: "a list of years").enumerated().compactMap { index, item in
      year(item, at: FieldPath.item(index, in: entry.path))
    }
  }

  /// A mapping of years to counts (`2021: 120`), or `nil` after reporting it.
  mutating func yearCounts(_ entry: Entry) -> [Int: Int]? {
    if entry.value.isNull { return [:] }
    guard let pairs = entry.value.mapping else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a mapping of years to counts", fieldPath: entry.path,
          hint: "write one line per year, such as '2021: 120'"))
      return nil
    }
    var counts: [Int: Int] = [:]
    for pair in pairs.prefix(Limit.listItems) {
      let path = FieldPath.key(pair.key.scalar ?? "?", in: entry.path)
      guard let year = year(pair.key, at: path, fromKey: true),
        let count = count(pair.value, at: path)
      else { continue }
      counts[year] = count
    }
    return counts
  }

  /// A category: an arXiv code ("LG", "cs.CL") or a mapping with `code` and `name`.
  mutating func category(_ node: YAMLNode, at path: String) -> Category? {
    if node.mapping != nil {
      var code: String?
      var name: String?
      for entry in entries(of: node, at: path, known: ["code", "name"]) {
        if entry.name == "code" { code = text(entry) } else { name = text(entry) }
      }
      guard let code, !code.isEmpty else {
        diagnostics.append(node.error("the category has no 'code'", fieldPath: path))
        return nil
      }
      return Category(code: code, name: name ?? code)
    }
    guard let code = text(node, at: path), !code.isEmpty else { return nil }
    if let known = Category(arXivCode: code) { return known }
    diagnostics.append(
      node.warning(
        "unknown arXiv category '\(code)'", fieldPath: path,
        hint: "give it a name with '{code: \(code), name: ...}', or use an arXiv code"))
    return Category(code: code, name: code)
  }
}
