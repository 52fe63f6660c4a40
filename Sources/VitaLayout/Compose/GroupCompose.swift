import VitaModel

/// Composes the group report of a batch: the members' figures side by side, then the
/// publications of all members, each paper once however many members share it.
public struct GroupCompose {
  /// A member as the report needs it.
  public struct Member: Sendable {
    /// The name to print.
    public var name: String
    /// The member's profile.
    public var profile: Profile

    /// Creates a member.
    public init(name: String, profile: Profile) {
      self.name = name
      self.profile = profile
    }
  }

  /// A paper and the members who share it.
  public struct SharedPaper: Sendable {
    /// The paper, as the first member who lists it has it.
    public var paper: Paper
    /// Indices of the members who list it, in member order.
    public var members: [Int]
  }

  let title: String
  let members: [Member]
  let theme: Theme
  let options: ComposeOptions
  /// The first year of the "since" columns.
  let sinceYear: Int
  /// The group charts, drawn beforehand, one frame per row.
  let charts: [Frame]
  /// Members the report cannot show, as the table's note names them.
  let leftOut: [String]
  /// The members' papers in the report's window, each once; merged here when `nil`.
  let shared: [SharedPaper]?

  /// Prepares a report; `sinceYear` starts the "since" columns of the members' table
  /// (Scholar uses the last five years), and `charts` are rows of group charts, each a
  /// frame as wide as the text, placed between the table and the publications. Members
  /// in `leftOut` (whose profiles failed) are named under the table. `shared`, when the
  /// caller has merged the papers already (for the charts), saves merging them again.
  public init(
    title: String, members: [Member], theme: Theme, options: ComposeOptions, sinceYear: Int,
    leftOut: [String] = [], charts: [Frame] = [], shared: [SharedPaper]? = nil
  ) {
    self.shared = shared
    self.leftOut = leftOut
    self.title = title
    self.members = members
    self.theme = theme
    self.options = options
    self.sinceYear = sinceYear
    self.charts = charts
  }

  /// The report's document.
  public func document() -> Document {
    let base = Compose(profile: Profile(name: title), theme: theme, options: options)
    var blocks: [Block] = [
      base.paragraph(title, theme.fonts.name),
      base.paragraph(
        "Group report · \(members.count) member\(members.count == 1 ? "" : "s")",
        theme.fonts.subtitle),
      .spacing(theme.spacing.afterTitle * 0.5),
      .rule(thickness: 0.6, color: theme.colors.accent),
      .spacing(theme.spacing.afterTitle),
    ]
    blocks += heading("Members", base: base)
    blocks.append(.table(memberTable(base)))
    if !leftOut.isEmpty {
      blocks += [
        .spacing(theme.spacing.insideEntry * 3),
        base.paragraph(
          "Not in this report, for want of a readable profile: "
            + leftOut.joined(separator: ", ") + ".", theme.fonts.meta),
      ]
    }
    if !charts.isEmpty {
      blocks += heading("Charts", base: base)
      for (index, row) in charts.enumerated() {
        if index > 0 { blocks.append(.spacing(theme.spacing.betweenEntries * 1.5)) }
        blocks.append(.frame(row))
      }
    }
    let shared = Self.newestFirst(
      self.shared ?? Self.mergePapers(members.map { $0.profile.windowed(theme.window) }))
    let window = theme.window.isBounded ? " \(theme.window.description)" : ""
    blocks += heading("Publications\(window) (\(shared.count))", base: base)
    // Each member's names, parsed once rather than once for every paper they share.
    let memberNames = members.map { member in
      let person = member.profile.person
      return ([member.name, person.name] + person.nameVariants).compactMap(PersonName.init)
    }
    // Grouped as the layout's publication list is: by year in the group layout.
    let groups = Compose.groupedIndices(shared.map(\.paper), by: theme.publications.grouping)
    for (groupIndex, group) in groups.enumerated() {
      if let title = group.title {
        if groupIndex > 0 { blocks.append(.spacing(theme.spacing.betweenEntries)) }
        blocks += base.groupHeading("\(title) (\(group.indices.count))")
      }
      for (index, paper) in group.indices.enumerated() {
        if index > 0 { blocks.append(.spacing(theme.spacing.betweenEntries * 0.6)) }
        blocks.append(
          .keepTogether(publication(shared[paper], base: base, memberNames: memberNames)))
      }
    }
    var document = base.document()
    document.blocks = blocks
    document.metadata = DocumentMetadata(
      title: "\(title) · Group report", author: title,
      subject: "Publications and research metrics of \(members.count) members",
      keywords: members.map(\.name))
    return document
  }

  private func heading(_ text: String, base: Compose) -> [Block] {
    [
      .spacing(theme.spacing.beforeHeading),
      .heading(
        StyledText(text, style: base.style(theme.fonts.heading)),
        ParagraphStyle(alignment: .left, leading: theme.fonts.heading.leading), outline: text),
      .spacing(theme.spacing.afterHeading),
    ]
  }

  /// Name, then papers, citations, h-index and i10-index over all time and again since a
  /// year; a figure no paper gives is the one the profile declares, else a dash.
  private func memberTable(_ base: Compose) -> Table {
    let body = base.style(theme.fonts.meta, color: .text)
    let head = base.style(theme.fonts.meta, bold: true, color: .text)
    let since = "since \(sinceYear)"
    let labels = [
      "Member", "Papers", "Citations", "h-index", "i10", "Papers \(since)",
      "Citations \(since)", "h \(since)", "i10 \(since)",
    ]
    let rows = members.map { member -> [StyledText] in
      let profile = member.profile
      let all = profile.computedMetrics
      let recent = profile.computedMetrics(since: sinceYear)
      let recentPapers = profile.papers.filter { ($0.date?.year ?? .min) >= sinceYear }.count
      func figure(_ value: Int?, _ kind: Metric.Kind? = nil) -> StyledText {
        let declared = kind.flatMap { profile.metric($0) }.map { Int($0.value) }
        let shown = value ?? declared
        return StyledText(shown.map { Metric.groupingThousands(Int64($0)) } ?? "–", style: body)
      }
      return [
        StyledText(member.name, style: body), figure(profile.papers.count),
        figure(all?.citations, .citationCount), figure(all?.hIndex, .hIndex),
        figure(all?.i10Index, .i10Index), figure(recentPapers), figure(recent?.citations),
        figure(recent?.hIndex), figure(recent?.i10Index),
      ]
    }
    return Table(
      columns: [Table.Column(share: 3, alignment: .left)]
        + [0.9, 1.1, 0.9, 0.9, 1.1, 1.2, 1, 1].map { Table.Column(share: $0, alignment: .right) },
      header: labels.map { StyledText($0, style: head) }, rows: rows,
      leading: theme.fonts.meta.leading + 1, ruleColor: theme.colors.rule)
  }

  /// The most members named on one paper; the others are counted.
  public static let namedMembersPerPaper = 10

  /// "Member: A", "Members: A, B", or, for a paper most of a large group shares, the first
  /// few names and how many more.
  public static func memberList(_ names: [String]) -> String {
    guard names.count > 1 else { return "Member: " + (names.first ?? "") }
    guard names.count > namedMembersPerPaper else {
      return "Members: " + names.joined(separator: ", ")
    }
    let shown = names.prefix(namedMembersPerPaper - 1).joined(separator: ", ")
    return "Members (\(names.count)): \(shown) and \(names.count - namedMembersPerPaper + 1) more"
  }

  /// Shared papers newest first; undated ones last, and ties kept in merge order.
  static func newestFirst(_ papers: [SharedPaper]) -> [SharedPaper] {
    papers.enumerated().sorted { left, right in
      switch (left.element.paper.date, right.element.paper.date) {
      case (let l?, let r?) where l != r: return l > r
      case (nil, .some): return false
      case (.some, nil): return true
      default: return left.offset < right.offset
      }
    }.map(\.element)
  }

  /// A shared paper's entry: title, facts with the members who list it, and the authors
  /// with those members marked; `memberNames` holds each member's names, parsed.
  private func publication(
    _ shared: SharedPaper, base: Compose, memberNames: [[PersonName]]
  ) -> [Block] {
    let paper = shared.paper
    var facts: [String] = []
    if let date = paper.date { facts.append(date.description) }
    if let venue = paper.venue { facts.append(venue) }
    facts += paper.categories.map(\.name)
    let names = shared.members.map { members[$0].name }
    facts.append(Self.memberList(names))
    var blocks: [Block] = [
      base.paragraph(paper.title, theme.fonts.entryTitle),
      .spacing(theme.spacing.insideEntry),
      base.paragraph(facts.joined(separator: " · "), theme.fonts.meta),
    ]
    if !paper.authors.isEmpty {
      // The profiles' own names too: a printed name may carry a file name.
      let owners = shared.members.flatMap { memberNames[$0] }
      let authors = Compose(profile: Profile(name: ""), theme: theme, options: options)
        .authorLine(paper, owners: owners)
      blocks += [
        .spacing(theme.spacing.insideEntry),
        .paragraph(authors, ParagraphStyle(alignment: .left, leading: theme.fonts.meta.leading)),
      ]
    }
    return blocks
  }

  /// The papers of all profiles, each once: papers match by DOI, by arXiv id, or by title
  /// (letters and digits only, case and accents folded) and year, unless both carry DOIs
  /// and these differ.
  ///
  /// - Complexity: O(*n*) expected in the total number of papers.
  public static func mergePapers(_ profiles: [Profile]) -> [SharedPaper] {
    var merged: [SharedPaper] = []
    var index: [String: Int] = [:]
    for (member, profile) in profiles.enumerated() {
      for paper in profile.papers {
        let keys = identityKeys(paper)
        // Two DOIs that differ are two papers, however alike their titles ("Editorial").
        let matches = keys.lazy.compactMap { key -> Int? in
          guard let candidate = index[key] else { return nil }
          let conflict = key.hasPrefix("title:") && differentDOIs(merged[candidate].paper, paper)
          return conflict ? nil : candidate
        }
        if let found = matches.first {
          if merged[found].members.last != member { merged[found].members.append(member) }
          keys.forEach { index[$0] = found }
          continue
        }
        merged.append(SharedPaper(paper: paper, members: [member]))
        keys.forEach { index[$0] = merged.count - 1 }
      }
    }
    return merged
  }

  /// Whether both papers carry a DOI and the DOIs differ.
  static func differentDOIs(_ first: Paper, _ second: Paper) -> Bool {
    guard let one = first.doi?.lowercased(), let other = second.doi?.lowercased(),
      !one.isEmpty, !other.isEmpty
    else { return false }
    return one != other
  }

  static func identityKeys(_ paper: Paper) -> [String] {
    var keys: [String] = []
    if let doi = paper.doi, !doi.isEmpty { keys.append("doi:" + doi.lowercased()) }
    if let arXiv = paper.arXiv, !arXiv.isEmpty { keys.append("arxiv:" + arXiv.lowercased()) }
    keys.append("title:\(foldedTitle(paper.title)):\(paper.date?.year ?? 0)")
    return keys
  }

  /// A title's letters and digits, lower case and without accents. ASCII, most of any
  /// title, is folded byte by byte; only other scalars ask Unicode's tables.
  static func foldedTitle(_ title: String) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in title.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39, 0x61...0x7A: folded.append(scalar)
      case 0x41...0x5A: folded.append(Unicode.Scalar(scalar.value + 0x20)!)
      case 0..<0x80: continue
      default:
        if let base = letterFolding[scalar.value] {
          folded.append(contentsOf: base.unicodeScalars)
        } else if scalar.properties.isAlphabetic {
          folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      }
    }
    return String(folded)
  }
}
