import Testing
import VitaImport
import VitaModel

/// Reads a layout from text, with an optional way to find the layouts it extends.
private func readLayout(
  _ text: String, parent: ThemeReader.ParentResolver? = nil
) -> (theme: Theme?, descriptions: [String]) {
  let (theme, diagnostics) = ThemeReader().read(
    Array(text.utf8), file: "my.yaml", parent: parent)
  return (theme, diagnostics.map(\.description))
}

@Suite("Theme reader: publications, window, sidebar and extends")
struct ThemeReaderPublicationsTests {
  @Test func everyPublicationOptionIsRead() throws {
    let (theme, descriptions) = readLayout(
      """
      publications:
        sort: citations
        group: year
        numbering: descending
        highlight: underline
        author-limit: 5
        abstracts: 3
        citations: false
        links: false
        style: line
      since: 2019
      until: 2023
      """)
    #expect(descriptions.isEmpty)
    let options = try #require(theme?.publications)
    #expect(options.sort == .citations)
    #expect(options.grouping == .year)
    #expect(options.numbering == .descending)
    #expect(options.highlight == .underline)
    #expect(options.authorLimit == 5)
    #expect(options.abstracts == .clipped(lines: 3))
    #expect(!options.showsCitations && !options.showsLinks)
    #expect(options.entryStyle == .line)
    #expect(theme?.window == DateWindow(since: 2019, until: 2023))
  }

  @Test func impossibleValuesArePinnedToTheirPlace() {
    let (theme, descriptions) = readLayout(
      """
      publications:
        sort: newest
        abstracts: 0
        author-limit: 0
        grup: year
        citations: yes
      since: 2024
      until: 2020
      """)
    #expect(theme == nil)
    #expect(
      descriptions == [
        "my.yaml:2:9: error: unknown value 'newest' [publications.sort]\n"
          + "  hint: the values are: date, citations, given",
        "my.yaml:3:14: error: abstracts clipped to 0 lines would show nothing "
          + "[publications.abstracts]\n"
          + "  hint: write hidden to leave abstracts out, or a number of lines from 1",
        "my.yaml:4:17: error: an author limit must be at least 1, found 0 "
          + "[publications.author-limit]\n  hint: write none to list every author",
        "my.yaml:5:3: error: unknown key 'grup' [publications.grup]\n"
          + "  hint: did you mean 'group'?",
        "my.yaml:6:14: error: expected true or false, found the string 'yes' "
          + "[publications.citations]\n"
          + "  hint: in YAML 1.2, yes, no, on and off are text; write true or false",
        "my.yaml:8:8: error: the window from 2024 until 2020 holds no year [until]\n"
          + "  hint: 'since' is the first year shown and 'until' the last",
      ])
  }

  @Test func aMisspeltValueGetsTheClosestOne() {
    let (_, descriptions) = readLayout("publications: { group: yaer, abstracts: hiden }")
    #expect(
      descriptions == [
        "my.yaml:1:24: error: unknown value 'yaer' [publications.group]\n"
          + "  hint: did you mean 'year'?",
        "my.yaml:1:41: error: unknown value 'hiden' [publications.abstracts]\n"
          + "  hint: did you mean 'hidden'? write full, hidden, or the number of lines to "
          + "clip each abstract to, such as 3",
      ])
  }

  @Test func aSidebarTooWideForThePageIsRefused() {
    let (theme, descriptions) = readLayout(
      """
      sidebar: { width: 400, sections: [name, metrics] }
      page: { size: a4 }
      """)
    #expect(theme == nil)
    #expect(
      descriptions == [
        "my.yaml:1:10: error: the sidebar leaves 37.276 pt for the main column of a text "
          + "area 459.276 pt wide [sidebar.width]\n"
          + "  hint: the main column needs at least 100 pt: narrow the sidebar, its gap or "
          + "the margins"
      ])
  }

  @Test func aSidebarIsRead() throws {
    let (theme, descriptions) = readLayout(
      """
      sidebar:
        width: 5cm
        gap: 20
        side: right
        background: "#eeeeee"
        sections: [metrics, name]
      """)
    #expect(descriptions.isEmpty)
    let sidebar = try #require(theme?.sidebar)
    #expect(abs(sidebar.width - 141.732) < 0.001)
    #expect(sidebar.side == .right)
    #expect(sidebar.background == RGBColor(hex: "#eee"))
    #expect(sidebar.sections == [.metrics, .name])
  }

  @Test func extendsStartsFromTheParentAndOverridesWhatTheFileSays() throws {
    var parent = Theme()
    parent.name = "base"
    parent.fonts.body.size = 9
    parent.publications.numbering = .ascending
    let base = parent
    let (theme, descriptions) = readLayout(
      "extends: base\nname: mine\npublications: { group: type }",
      parent: { name in name == "base" ? .success(base) : .failure(.init(message: "no")) })
    #expect(descriptions.isEmpty)
    let mine = try #require(theme)
    #expect(mine.name == "mine")
    #expect(mine.fonts.body.size == 9)
    #expect(mine.publications.numbering == .ascending)
    #expect(mine.publications.grouping == .type)
  }

  @Test func anUnknownParentGetsTheClosestName() {
    let (theme, descriptions) = readLayout(
      "extends: clasic",
      parent: { _ in
        .failure(
          .init(message: "there is no built-in layout of that name", knownNames: ["classic"]))
      })
    #expect(theme == nil)
    #expect(
      descriptions == [
        "my.yaml:1:10: error: cannot extend 'clasic': there is no built-in layout of that "
          + "name [extends]\n  hint: did you mean 'classic'?"
      ])
  }

  @Test func extendsWithoutAResolverIsAnError() {
    let (theme, descriptions) = readLayout("extends: classic")
    #expect(theme == nil)
    #expect(
      descriptions == [
        "my.yaml:1:10: error: cannot extend 'classic' here [extends]\n"
          + "  hint: this reader was given no way to find other layouts"
      ])
  }
}
