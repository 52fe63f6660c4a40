import VitaModel

extension ThemeReader.Reading {
  /// The keys under `publications:`.
  static let publicationKeys = [
    "sort", "group", "numbering", "highlight", "author-limit", "abstracts", "citations",
    "links", "style",
  ]

  /// Reads `publications`: how the list is ordered, grouped, numbered and shown.
  mutating func readPublications(_ publications: Entry) {
    let known = Self.publicationKeys
    for entry in entries(of: publications.value, at: publications.path, known: known) {
      var options = theme.publications
      switch entry.name {
      case "sort": options.sort = choice(entry, PublicationOptions.Sort.self) ?? options.sort
      case "group":
        options.grouping = choice(entry, PublicationOptions.Grouping.self) ?? options.grouping
      case "numbering":
        options.numbering = choice(entry, PublicationOptions.Numbering.self) ?? options.numbering
      case "highlight":
        options.highlight = choice(entry, PublicationOptions.Highlight.self) ?? options.highlight
      case "author-limit": options.authorLimit = authorLimit(entry) ?? options.authorLimit
      case "abstracts": options.abstracts = abstracts(entry) ?? options.abstracts
      case "citations": options.showsCitations = bool(entry) ?? options.showsCitations
      case "links": options.showsLinks = bool(entry) ?? options.showsLinks
      case "style":
        options.entryStyle = choice(entry, PublicationOptions.EntryStyle.self) ?? options.entryStyle
      default: break
      }
      theme.publications = options
    }
  }

  /// One of an enumeration's names; `nil` after reporting it, with the closest name.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ entry: Entry, _ type: Value.Type
  ) -> Value? where Value.RawValue == String {
    let names = Value.allCases.map(\.rawValue)
    let list = names.joined(separator: ", ")
    guard let text = entry.value.string, !entry.value.isNull else {
      diagnostics.append(
        entry.value.wrongType(expected: "one of \(list)", fieldPath: entry.path))
      return nil
    }
    guard let value = Value(rawValue: text) else {
      let hint = ClosestName.hint(for: text, among: names, otherwise: "the values are: ")
      diagnostics.append(
        entry.value.error("unknown value '\(text)'", fieldPath: entry.path, hint: hint))
      return nil
    }
    return value
  }

  /// `author-limit`: a whole number of at least 1, or `none` for every author.
  private mutating func authorLimit(_ entry: Entry) -> Int?? {
    if entry.value.string == "none" || entry.value.isNull { return .some(nil) }
    guard let limit = entry.value.int else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a whole number of authors", fieldPath: entry.path,
          hint: "write a number such as 8, or none to list every author"))
      return nil
    }
    guard limit >= 1 else {
      diagnostics.append(
        entry.value.error(
          "an author limit must be at least 1, found \(limit)", fieldPath: entry.path,
          hint: "write none to list every author"))
      return nil
    }
    return .some(limit)
  }

  /// `abstracts`: `full`, `hidden`, or a number of lines to clip them to.
  private mutating func abstracts(_ entry: Entry) -> PublicationOptions.Abstracts? {
    let hint = "write full, hidden, or the number of lines to clip each abstract to, such as 3"
    if let lines = entry.value.int {
      guard lines >= 1 else {
        diagnostics.append(
          entry.value.error(
            "abstracts clipped to \(lines) lines would show nothing", fieldPath: entry.path,
            hint: "write hidden to leave abstracts out, or a number of lines from 1"))
        return nil
      }
      return .clipped(lines: lines)
    }
    switch entry.value.string {
    case "full": return .full
    case "hidden": return .hidden
    case let text? where !entry.value.isNull:
      let closest = ClosestName.closest(to: text, among: ["full", "hidden"])
      diagnostics.append(
        entry.value.error(
          "unknown value '\(text)'", fieldPath: entry.path,
          hint: closest.map { "did you mean '\($0)'? " + hint } ?? hint))
    default:
      diagnostics.append(
        entry.value.wrongType(expected: "full, hidden or a number of lines", fieldPath: entry.path))
    }
    return nil
  }

  /// `since` or `until`: a year from 1000 to 9999.
  mutating func readWindowYear(_ entry: Entry) {
    guard let year = entry.value.int else {
      diagnostics.append(
        entry.value.wrongType(
          expected: "a year", fieldPath: entry.path, hint: "write a year such as 2020"))
      return
    }
    guard (1000...9999).contains(year) else {
      diagnostics.append(
        entry.value.error("expected a year from 1000 to 9999, found \(year)", fieldPath: entry.path)
      )
      return
    }
    if entry.name == "since" { theme.window.since = year } else { theme.window.until = year }
    if let since = theme.window.since, let until = theme.window.until, since > until {
      diagnostics.append(
        entry.value.error(
          "the window from \(since) until \(until) holds no year", fieldPath: entry.path,
          hint: "'since' is the first year shown and 'until' the last"))
    }
  }
}
