import VitaModel

extension ProfileDocumentReader.Reading {
  static let entryKeys = ["title", "organisation", "place", "date", "start", "end", "details"]

  /// Reads a CV section such as `education:`, a list of entries.
  mutating func readSection(_ kind: CVSection.Kind, _ entry: Entry) {
    var section = CVSection(kind: kind, entries: [])
    for (index, item) in items(entry, expected: "a list of entries").enumerated() {
      if let cvEntry = cvEntry(item, at: FieldPath.item(index, in: entry.path)) {
        section.entries.append(cvEntry)
      }
    }
    profile.sections.append(section)
  }

  private mutating func cvEntry(_ node: YAMLNode, at path: String) -> CVEntry? {
    var entry = CVEntry(title: "")
    var oneOff: (date: PaperDate?, node: YAMLNode)?
    var range: YAMLNode?
    var endNode: YAMLNode?
    for field in entries(of: node, at: path, known: Self.entryKeys) {
      switch field.name {
      case "title": entry.title = text(field) ?? ""
      case "organisation": entry.organisation = text(field)
      case "place": entry.place = text(field)
      case "date": oneOff = (date(field.value, at: field.path), field.key)
      case "start":
        range = range ?? field.key
        entry.start = date(field.value, at: field.path)
      case "end":
        range = range ?? field.key
        endNode = field.value
        if field.value.string?.lowercased() == "present" {
          entry.ongoing = true
        } else {
          entry.end = date(field.value, at: field.path)
        }
      default: entry.details = texts(field)
      }
    }
    guard node.mapping != nil else { return nil }
    if let start = entry.start, let end = entry.end, let endNode, Self.ends(end, before: start) {
      diagnostics.append(
        endNode.error(
          "the entry ends (\(end)) before it starts (\(start))",
          fieldPath: FieldPath.key("end", in: path)))
    }
    if let oneOff {
      if range != nil {
        diagnostics.append(
          oneOff.node.error(
            "an entry has either a 'date' or a 'start' and 'end', not both",
            fieldPath: FieldPath.key("date", in: path),
            hint: "use 'date' for a one-off such as an award, 'start' and 'end' for a period"))
      }
      entry.start = oneOff.date
    }
    guard !entry.title.trimmingWhiteSpace.isEmpty else {
      if let title = node["title"], title.scalar == nil { return nil }
      diagnostics.append(
        (node["title"] ?? node).error(
          node["title"] == nil ? "the entry has no 'title'" : "the title is empty",
          fieldPath: FieldPath.key("title", in: path)))
      return nil
    }
    return entry
  }

  /// Whether `end` comes before `start`, compared as far as both are known: "2020" does
  /// not end before "2020-09".
  static func ends(_ end: PaperDate, before start: PaperDate) -> Bool {
    if end.year != start.year { return end.year < start.year }
    guard let endMonth = end.month, let startMonth = start.month else { return false }
    if endMonth != startMonth { return endMonth < startMonth }
    guard let endDay = end.day, let startDay = start.day else { return false }
    return endDay < startDay
  }

  // MARK: Dates

  /// A date: a year (`2024`), ISO 8601 as far as known (`2024-07`, `2024-07-31`), or as a CV
  /// prints it (`Jul 2024`, `Jul 31, 2024`).
  mutating func date(_ node: YAMLNode, at path: String) -> PaperDate? {
    if node.isNull { return nil }
    guard let text = node.scalar, node.mapping == nil, node.sequence == nil else {
      diagnostics.append(node.wrongType(expected: "a date", fieldPath: path))
      return nil
    }
    guard let date = Self.parseDate(text.trimmingWhiteSpace) else {
      diagnostics.append(
        node.error(
          "cannot read the date '\(text.prefix(40))'", fieldPath: path,
          hint: "write 2024, 2024-07, 2024-07-31 or Jul 31, 2024"))
      return nil
    }
    guard (Limit.firstYear...currentYear + 1).contains(date.year) else {
      diagnostics.append(
        node.error(
          "the year \(date.year) is out of range", fieldPath: path,
          hint: "a year runs from \(Limit.firstYear) to \(currentYear + 1)"))
      return nil
    }
    return date
  }

  /// The date a text holds, with a month from 1 to 12 and a day that the month has.
  static func parseDate(_ text: Substring) -> PaperDate? {
    let date: PaperDate?
    if text.first?.isNumber == true {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...3).contains(parts.count), parts.allSatisfy({ isDigits($0) }),
        parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
      else { return nil }
      let numbers = parts.map { Int($0)! }
      date = PaperDate(
        year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
        day: numbers.count > 2 ? numbers[2] : nil)
    } else {
      date = monthFirstDate(text)
    }
    guard let date, isValid(date) else { return nil }
    return date
  }

  /// "Jul 2024", "July 31, 2024".
  private static func monthFirstDate(_ text: Substring) -> PaperDate? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    guard (2...3).contains(words.count), let last = words.last, last.count == 4, isDigits(last)
    else { return nil }
    let name = words[0].prefix(3).lowercased()
    guard words[0].count == 3 || fullMonthNames.contains(words[0].lowercased()),
      let month = PaperDate.monthAbbreviations.firstIndex(where: { $0.lowercased() == name })
    else { return nil }
    var day: Int?
    if words.count == 3 {
      guard isDigits(words[1]), words[1].count <= 2 else { return nil }
      day = Int(words[1])
    }
    return PaperDate(year: Int(last)!, month: month + 1, day: day)
  }

  private static let fullMonthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept",
  ]

  private static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func isValid(_ date: PaperDate) -> Bool {
    guard let month = date.month else { return true }
    guard (1...12).contains(month) else { return false }
    guard let day = date.day else { return true }
    let isLeap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
    let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (1...lengths[month - 1]).contains(day)
  }

  // MARK: Sources

  /// Reads `sources:`, a list of `{file, take?, format?}` or of bare file names.
  mutating func readSources(_ entry: Entry) {
    for (index, item) in items(entry, expected: "a list of source files").enumerated() {
      let path = FieldPath.item(index, in: entry.path)
      var source = SourceReference(
        file: "", parts: Set(SourceReference.Part.allCases), format: nil, line: item.line,
        column: item.column, fieldPath: FieldPath.key("file", in: path))
      if item.mapping == nil {
        source.file = text(item, at: path) ?? ""
        source.fieldPath = path
      } else {
        for field in entries(of: item, at: path, known: ["file", "take", "format"]) {
          switch field.name {
          case "file": source.file = text(field) ?? ""
          case "take": source.parts = parts(field)
          default: source.format = named(field, among: Self.formatNames)
          }
        }
      }
      guard !source.file.isEmpty else {
        diagnostics.append(item.error("the source names no 'file'", fieldPath: path))
        continue
      }
      sources.append(source)
    }
  }

  private static let formatNames = ProfileFormat.allCases.map { (name: $0.rawValue, value: $0) }

  private mutating func parts(_ entry: Entry) -> Set<SourceReference.Part> {
    let names = SourceReference.Part.allCases.map { (name: $0.rawValue, value: $0) }
    if entry.value.sequence == nil { return Set([named(entry, among: names)].compactMap { $0 }) }
    var parts: Set<SourceReference.Part> = []
    for (index, item) in items(entry, expected: "a list of parts").enumerated() {
      let field = Entry(
        name: "take", key: item, value: item, path: FieldPath.item(index, in: entry.path))
      if let part = named(field, among: names) { parts.insert(part) }
    }
    return parts
  }
}
