import Foundation
import Testing
import VitaImport
import VitaModel

/// The canonical profile text, from the repository's `Examples/` folder (or the shared seed
/// when the tests run outside the repository).
let canonicalBytes: [UInt8] = {
  let name = "000_2e4744010abc845a.txt"
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // VitaImportTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()
  let candidates = [
    root.appendingPathComponent("Examples").appendingPathComponent(name).path,
    "/work/shared/seed/" + name,
  ]
  for path in candidates {
    if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
  }
  return []
}()

/// The canonical file's lines, split at LF only, as the seed has it.
let canonicalLines: [String] = String(decoding: canonicalBytes, as: UTF8.self)
  .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

/// The canonical profile as the reader reads it.
let canonical = ProfileTextReader().read(canonicalBytes, file: "000_2e4744010abc845a.txt")

/// What one paper of the canonical profile must be, written out by hand from the file.
struct ExpectedPaper: Sendable {
  var line: Int
  var code: String
  var categoryName: String
  var date: PaperDate
  var hasCode = false
  var title: String
  var authors: [String]
  var organisations: [String] = []
  var abstractStart: String
  var abstractEnd: String
  var abstractByteCount: Int
}

let computationAndLanguage = "Computation and Language"
let machineLearning = "Machine Learning"

let expectedPapers: [ExpectedPaper] = [
  ExpectedPaper(
    line: 12, code: "CL", categoryName: computationAndLanguage,
    date: PaperDate(year: 2024, month: 7, day: 31),
    title: "Gemma 2: Improving Open Language Models at a Practical Size",
    authors: ["Gemma Team", "Morgane Riviere", "Shreya Pathak"], organisations: ["deepmind"],
    abstractStart: "In this work, we introduce Gemma 2,", abstractEnd: "models to the community.",
    abstractByteCount: 700),
  ExpectedPaper(
    line: 19, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2022, month: 6, day: 16),
    title: "BYOL-Explore: Exploration by Bootstrapped Prediction",
    authors: ["Zhaohan Daniel Guo", "Shantanu Thakoor", "Miruna Pîslar"],
    abstractStart: "We present BYOL-Explore, a conceptually simple",
    abstractEnd: "much simpler design than other competitive agents.", abstractByteCount: 936),
  ExpectedPaper(
    line: 26, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2023, month: 8, day: 17),
    title: "Half-Hop: A graph upsampling approach for slowing down message passing",
    authors: ["Mehdi Azabou", "Venkataramana Ganesh", "Shantanu Thakoor"],
    organisations: ["gatech"],
    abstractStart: "Message passing neural networks have shown",
    abstractEnd: "multi-scale views with variable path lengths.", abstractByteCount: 1167),
  ExpectedPaper(
    line: 33, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2022, month: 12, day: 6),
    title: "Understanding Self-Predictive Learning for Reinforcement Learning",
    authors: ["Yunhao Tang", "Zhaohan Daniel Guo", "Pierre Harvey Richemond"],
    abstractStart: "We study the learning dynamics of self-predictive learning",
    abstractEnd: "algorithm with large-scale experiments.", abstractByteCount: 1291),
  ExpectedPaper(
    line: 40, code: "ML", categoryName: "Machine Learning (Statistics)",
    date: PaperDate(year: 2022, month: 6, day: 17),
    title: "Generalised Policy Improvement with Geometric Policy Composition",
    authors: ["Shantanu Thakoor", "Mark Rowland", "Diana Borsa"],
    abstractStart: "We introduce a method for policy improvement",
    abstractEnd: "how to train these models stably in deep RL settings.", abstractByteCount: 1172),
  ExpectedPaper(
    line: 47, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2023, month: 3, day: 15),
    title: "Relax, it doesn't matter how you get there: A new self-supervised approach for "
      + "multi-timescale behavior analysis",
    authors: ["Mehdi Azabou", "Michael Mendelson", "Nauman Ahad"], organisations: ["gatech"],
    abstractStart: "Natural behavior consists of dynamics that are complex",
    abstractEnd: "solve a wide range of downstream tasks.", abstractByteCount: 1244),
  ExpectedPaper(
    line: 54, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2022, month: 6, day: 14),
    title: "Learning Behavior Representations Through Multi-Timescale Bootstrapping",
    authors: ["Mehdi Azabou", "Michael Mendelson", "Maks Sorokin"], organisations: ["gatech"],
    abstractStart: "Natural behavior consists of dynamics that are both unpredictable",
    abstractEnd: "multi-timescales when analyzing behavior.", abstractByteCount: 1179),
  ExpectedPaper(
    line: 61, code: "CL", categoryName: computationAndLanguage,
    date: PaperDate(year: 2024, month: 3, day: 8),
    title: "Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context",
    authors: ["Gemini Team", "Petko Georgiev", "Ving Ian Lei"],
    organisations: ["deepmind", "mila"],
    abstractStart: "In this report, we introduce the Gemini 1.5 family",
    abstractEnd: "a person who learned from the same content.", abstractByteCount: 1602),
  ExpectedPaper(
    line: 68, code: "CL", categoryName: computationAndLanguage,
    date: PaperDate(year: 2025, month: 7, day: 7),
    title: "Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long "
      + "Context, and Next Generation Agentic Capabilities",
    authors: ["Gheorghe Comanici", "Eric Bieber", "Mike Schaekermann"],
    organisations: ["amazon-science", "baidu"],
    abstractStart: "In this report, we introduce the Gemini 2.X model family",
    abstractEnd: "with complex agentic problem solving.", abstractByteCount: 1001),
  ExpectedPaper(
    line: 75, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2021, month: 7, day: 20), hasCode: true,
    title: "Large-scale graph representation learning with very deep GNNs and self-supervision",
    authors: ["Ravichandra Addanki", "Peter W. Battaglia", "David Budden"],
    abstractStart: "Effectively and efficiently deploying graph neural networks",
    abstractEnd: "deepmind-research/tree/master/ogb_lsc.", abstractByteCount: 944),
  ExpectedPaper(
    line: 82, code: "CL", categoryName: computationAndLanguage,
    date: PaperDate(year: 2023, month: 12, day: 19),
    title: "Gemini: A Family of Highly Capable Multimodal Models",
    authors: ["Gemini Team", "Rohan Anil", "Sebastian Borgeaud"],
    abstractStart: "This report introduces a new family of multimodal models, Gemini,",
    abstractEnd: "Google AI Studio, and Cloud Vertex AI.", abstractByteCount: 1007),
  ExpectedPaper(
    line: 89, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2023, month: 5, day: 1),
    title: "Representations and Exploration for Deep Reinforcement Learning using Singular "
      + "Value Decomposition",
    authors: ["Yash Chandak", "Shantanu Thakoor", "Zhaohan Daniel Guo"],
    abstractStart: "Representation learning and exploration are among the key challenges",
    abstractEnd: "hard exploration tasks in DM-Hard-8 environments.", abstractByteCount: 1156),
  ExpectedPaper(
    line: 96, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2021, month: 12, day: 12),
    title: "Quantifying and Understanding Adversarial Examples in Discrete Input Spaces",
    authors: ["Volodymyr Kuleshov", "Evgenii Nikishin", "Shantanu Thakoor"],
    abstractStart: "Modern classification algorithms are susceptible to adversarial examples--",
    abstractEnd: "analogous to that of continuous inputs.", abstractByteCount: 1011),
  ExpectedPaper(
    line: 103, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2021, month: 2, day: 12),
    title: "Large-Scale Representation Learning on Graphs via Bootstrapping",
    authors: ["Shantanu Thakoor", "Corentin Tallec", "Mohammad Gheshlaghi Azar"],
    abstractStart: "Self-supervised learning provides a promising path",
    abstractEnd: "scalability and effectiveness of our approach.", abstractByteCount: 1383),
  ExpectedPaper(
    line: 110, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2021, month: 1, day: 6),
    title: "Geometric Entropic Exploration",
    authors: ["Zhaohan Daniel Guo", "Mohammad Gheshlaghi Azar", "Alaa Saade"],
    abstractStart: "Exploration is essential for solving complex Reinforcement Learning",
    abstractEnd: "compared against other deep RL exploration approaches.", abstractByteCount: 1072),
  ExpectedPaper(
    line: 117, code: "LG", categoryName: machineLearning,
    date: PaperDate(year: 2020, month: 11, day: 18),
    title: "Counterfactual Credit Assignment in Model-Free Reinforcement Learning",
    authors: ["Thomas Mesnard", "Théophane Weber", "Fabio Viola"],
    abstractStart: "Credit assignment in reinforcement learning is the problem",
    abstractEnd: "on a number of illustrative and challenging problems.", abstractByteCount: 954),
]

@Suite("Profile text: the canonical profile")
struct CanonicalProfileTests {
  @Test("the seed file is there and has 122 lines (no final line end)")
  func seedIsPresent() {
    #expect(canonicalBytes.count == 20_396)
    #expect(canonicalLines.count == 122)
  }

  @Test("valid canonical input gives no diagnostics")
  func noDiagnostics() {
    #expect(canonical.diagnostics.map(\.description) == [])
  }

  @Test("the name, primary category, affiliations and announced count")
  func profileFields() throws {
    let profile = try #require(canonical.profile)
    #expect(profile.name == "Shantanu Thakoor")
    #expect(profile.primaryCategory == Category(code: "LG", name: "Machine Learning"))
    #expect(profile.affiliations == [])
    #expect(profile.announcedPaperCount == 16)
    #expect(profile.papers.count == 16)
  }

  @Test("the five metrics, typed, in order, with labels as written")
  func metrics() throws {
    let profile = try #require(canonical.profile)
    #expect(
      profile.metrics == [
        Metric(kind: .hIndex, label: "h-index", value: 117, unit: .count),
        Metric(kind: .paperCount, label: "papers", value: 16, unit: .count),
        Metric(kind: .citationCount, label: "citations", value: 10_768, unit: .count),
        Metric(kind: .novelty, label: "Novelty", value: 61, unit: .percent),
        Metric(kind: .aiScore, label: "AI Score", value: 43, unit: .score),
      ])
  }

  @Test("every field of every paper", arguments: 0..<16)
  func paper(index: Int) throws {
    let profile = try #require(canonical.profile)
    try #require(profile.papers.count == expectedPapers.count)
    let paper = profile.papers[index]
    let expected = expectedPapers[index]

    #expect(paper.sourceLine == expected.line)
    #expect(paper.categories == [Category(code: expected.code, name: expected.categoryName)])
    #expect(paper.date == expected.date)
    #expect(paper.hasCode == expected.hasCode)
    #expect(paper.title == expected.title)
    #expect(paper.authors == expected.authors)
    #expect(paper.authorsTruncated)
    #expect(paper.organisations == expected.organisations)

    let abstract = try #require(paper.abstract)
    #expect(abstract.text.hasPrefix(expected.abstractStart))
    #expect(abstract.text.hasSuffix(expected.abstractEnd))
    #expect(abstract.text.utf8.count == expected.abstractByteCount)
    #expect(abstract.text == canonicalLines[expected.line + 4])
    #expect(abstract.links.isEmpty == !expected.hasCode)
  }

  @Test("the Gemma 2 abstract in full")
  func gemmaAbstract() throws {
    let abstract = try #require(canonical.profile?.papers.first?.abstract)
    #expect(
      abstract.text == """
        In this work, we introduce Gemma 2, a new addition to the Gemma family of lightweight, \
        state-of-the-art open models, ranging in scale from 2 billion to 27 billion parameters. \
        In this new version, we apply several known technical modifications to the Transformer \
        architecture, such as interleaving local-global attentions (Beltagy et al., 2020a) and \
        group-query attention (Ainslie et al., 2023). We also train the 2B and 9B models with \
        knowledge distillation (Hinton et al., 2015) instead of next token prediction. The \
        resulting models deliver the best performance for their size, and even offer \
        competitive alternatives to models that are 2-3 times bigger. We release all our \
        models to the community.
        """)
    #expect(abstract.links == [])
  }

  @Test("the graph paper: its abstract in full, its link without the final full stop")
  func graphAbstractAndLink() throws {
    let profile = try #require(canonical.profile)
    let paper = profile.papers[9]
    let abstract = try #require(paper.abstract)
    #expect(
      abstract.text == """
        Effectively and efficiently deploying graph neural networks (GNNs) at scale remains one \
        of the most challenging aspects of graph representation learning. Many powerful \
        solutions have only ever been validated on comparatively small datasets, often with \
        counter-intuitive outcomes -- a barrier which has been broken by the Open Graph \
        Benchmark Large-Scale Challenge (OGB-LSC). We entered the OGB-LSC with two large-scale \
        GNNs: a deep transductive node classifier powered by bootstrapping, and a very deep (up \
        to 50-layer) inductive graph regressor regularised by denoising objectives. Our models \
        achieved an award-level (top-3) performance on both the MAG240M and PCQM4M benchmarks. \
        In doing so, we demonstrate evidence of scalable self-supervised graph representation \
        learning, and utility of very deep GNNs -- both very important open issues. Our code is \
        publicly available at: \
        https://github.com/deepmind/deepmind-research/tree/master/ogb_lsc.
        """)

    let url = "https://github.com/deepmind/deepmind-research/tree/master/ogb_lsc"
    #expect(abstract.links == [Prose.Link(url: url, range: 878..<943)])
    let linked = Array(abstract.text.utf8)[878..<943]
    #expect(String(decoding: linked, as: UTF8.self) == url)
    #expect(Array(abstract.text.utf8)[943] == UInt8(ascii: "."))
  }

  @Test("only the graph paper has public code")
  func onlyOnePaperHasCode() throws {
    let profile = try #require(canonical.profile)
    #expect(
      profile.papers.filter(\.hasCode).map(\.title) == [
        "Large-scale graph representation learning with very deep GNNs and self-supervision"
      ])
  }

  @Test("the organisations the layout derives from the papers")
  func paperOrganisations() throws {
    let profile = try #require(canonical.profile)
    #expect(
      profile.paperOrganisations == ["gatech", "deepmind", "mila", "amazon-science", "baidu"])
  }
}
