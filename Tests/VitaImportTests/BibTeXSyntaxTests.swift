import Testing
import VitaImport
import VitaModel

/// Reads BibTeX text and expects no diagnostics.
private func papers(_ text: String) throws -> [Paper] {
  let (profile, diagnostics) = BibTeXReader().read(Array(text.utf8), file: "test.bib")
  #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
  return try #require(profile).papers
}

/// The title a LaTeX value reads as.
private func title(_ latex: String) throws -> String {
  try #require(try papers("@misc{k, title = {\(latex)}}").first).title
}

@Suite("BibTeX reader: syntax")
struct BibTeXSyntaxTests {
  @Test func macrosConcatenationAndMonthMacros() throws {
    let read = try papers(
      """
      @string{ acl = "Association for Computational Linguistics" }
      @STRING(proc = "Proceedings of the " # acl)
      @preamble{ "\\newcommand{\\noop}[1]{}" }
      @comment{ anything {nested} here }
      % a remark
      @InProceedings(key1,
        Title = "Two " # {Parts},
        booktitle = proc # { 2024},
        YEAR = 2024, month = aug,
      )
      """)
    #expect(read.count == 1)
    #expect(read[0].title == "Two Parts")
    #expect(read[0].venue == "Proceedings of the Association for Computational Linguistics 2024")
    #expect(read[0].date == PaperDate(year: 2024, month: 8))
  }

  @Test func crossrefFillsMissingFieldsFromTheParent() throws {
    let read = try papers(
      """
      @inproceedings{child, title = {Child}, author = {Ada Lovelace}, crossref = {conf24}}
      @inproceedings{other, title = {Other}, year = 2020, crossref = {CONF24}}
      @proceedings{conf24, title = {Proceedings of Conf 2024}, year = 2024, month = {May},
        publisher = {ACM}}
      """)
    // The proceedings volume is the children's container, not a paper of its own.
    #expect(read.map(\.title) == ["Child", "Other"])
    #expect(read[0].venue == "Proceedings of Conf 2024")
    #expect(read[0].date == PaperDate(year: 2024, month: 5))
    #expect(read[1].date == PaperDate(year: 2020, month: 5))
  }

  @Test func authorsInEveryForm() throws {
    let read = try papers(
      """
      @article{a, title = {T}, author = {von Neumann, Jr, John and Ludwig van Beethoven and
        {Barnes and Noble, Inc.} and M{\\"u}ller, J{\\"o}rg and others}}
      """)
    #expect(
      read[0].authors == [
        "John von Neumann, Jr", "Ludwig van Beethoven", "Barnes and Noble, Inc.", "Jörg Müller",
      ])
    #expect(read[0].authorsTruncated)
  }

  @Test(arguments: [
    (#"Cr{\^{o}}me and C{\^o}me and C\^ome and C\^{o}me"#, "Crôme and Côme and Côme and Côme"),
    (
      #"{\"o} \"{o} \"o {\c{c}} \c c {\'e} \`e \~n \u{g} \v{s} \H{o} \k{a} \r{u} \={a} \.{z}"#,
      "ö ö ö ç ç é è ñ ğ š ő ą ů ā ż"
    ),
    (
      #"{\aa} \AA{} \ss{} \o{} {\O} \l{} {\L} {\ae} {\oe} {\i} \'{\i} \^\i{} \"{\i}"#,
      "å Å ß ø Ø ł Ł æ œ ı í î ï"
    ),
    // TeX drops the blanks after a command that is a word.
    (#"\O \l{} \L x"#, "Øł Łx"),
    (#"Stra\ss e and \'{}"#, "Straße and ´"),
    (##"A \& B, 50\% off, \_x, \$5, \#1"##, "A & B, 50% off, _x, $5, #1"),
    ("pages 1--2 --- yes~no", "pages 1–2 — yes\u{A0}no"),
    ("``quoted'' and {'}single{'}", "“quoted” and 'single'"),
    (
      #"\emph{Deep} \textit{Learning} \textbf{{NOW}} {{{Protected}}}"#,
      "Deep Learning NOW Protected"
    ),
    (#"see \url{https://a.org/x_y--z~w} now"#, "see https://a.org/x_y--z~w now"),
    (#"\href{https://a.org}{the site}"#, "the site"),
    (#"$\alpha$-helix and $10^{3}$ \times{} 2"#, "α-helix and 103 × 2"),
    ("  many \n\t spaces  ", "many spaces"),
    (#"\unknown{x} stays"#, #"\unknown{x} stays"#),
    (#"\c{x} gets a mark"#, "x\u{327} gets a mark"),
  ])
  func latexBecomesUnicode(latex: String, text: String) throws {
    #expect(try title(latex) == text)
  }

  @Test(arguments: [
    ("article", "journal = {Nature}", Paper.Kind.article),
    ("article", "journal = {arXiv preprint arXiv:2101.00001}", .preprint),
    ("inproceedings", "", .conference),
    ("conference", "", .conference),
    ("misc", "eprint = {2101.00001}, archivePrefix = {arXiv}", .preprint),
    ("misc", "howpublished = {Blog}", .other),
    ("phdthesis", "school = {MIT}", .thesis),
    ("mastersthesis", "", .thesis),
    ("book", "", .book),
    ("incollection", "", .chapter),
    ("techreport", "institution = {CERN}", .report),
    ("unknowntype", "", .other),
  ])
  func entryTypesBecomeKinds(type: String, fields: String, kind: Paper.Kind) throws {
    let paper = try #require(try papers("@\(type){k, title = {T}, \(fields)}").first)
    #expect(paper.kind == kind)
    if kind == .preprint { #expect(paper.arXiv == "2101.00001") }
  }

  @Test func identifiersAndLinks() throws {
    let paper = try #require(
      try papers(
        """
        @misc{k, title = {T}, doi = {https://doi.org/10.1000/a--b\\_c}, url = {\\url{https://x.org/a_b}},
          eprint = {arXiv:2407.12345}, eprinttype = {arxiv}, date = {2024-07-31},
          abstract = {See https://x.org/code. Done}, note = {Equal contribution}}
        """
      ).first)
    #expect(paper.doi == "10.1000/a--b_c")
    #expect(paper.url == "https://x.org/a_b")
    #expect(paper.arXiv == "2407.12345")
    #expect(paper.date == PaperDate(year: 2024, month: 7, day: 31))
    #expect(paper.abstract?.links.map(\.url) == ["https://x.org/code"])
    #expect(paper.notes == ["Equal contribution"])
    #expect(paper.kind == .preprint)
  }

  @Test func monthsInEveryForm() throws {
    let months = ["jan", "{February}", "\"Mar.\"", "4", "{may}", "JUN", "{sept}"]
    let text = months.enumerated().map {
      "@misc{k\($0.offset), title = {T}, year = 2020, month = \($0.element)}"
    }
    let read = try papers(text.joined(separator: "\n"))
    #expect(read.map { $0.date?.month } == [1, 2, 3, 4, 5, 6, 9])
  }

  @Test func aNameOnEveryPaperNamesTheProfile() throws {
    let text = """
      @misc{a, title = {A}, author = {Hopper, Grace and Babbage, Charles}}
      @misc{b, title = {B}, author = {Grace Hopper}}
      """
    let (profile, _) = BibTeXReader().read(Array(text.utf8), file: nil)
    #expect(profile?.name == "Grace Hopper")
  }
}
