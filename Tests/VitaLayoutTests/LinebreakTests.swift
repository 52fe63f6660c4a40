import Testing
import VitaModel

@testable import VitaLayout

@Suite struct LinebreakTests {
  let layout = ParagraphLayout(shaper: FakeShaper())

  func lines(_ text: String, width: Double, alignment: TextAlignment = .justified) -> [Frame] {
    layout.lines(
      of: StyledText(text, style: .plain), width: width,
      style: ParagraphStyle(alignment: alignment, leading: 12))
  }

  @Test func everyLineFitsItsWidth() {
    let text = String(repeating: "lorem ipsum dolor sit amet consectetur ", count: 20)
    let frames = lines(text, width: 200)
    #expect(frames.count > 5)
    for frame in frames {
      for (position, run) in frame.textRuns() {
        #expect(position.x >= 0)
        #expect(position.x + run.width <= 200.001)
      }
    }
  }

  @Test func justifiedLinesFillTheWidthExceptTheLast() {
    let text = String(repeating: "alpha beta gamma delta epsilon ", count: 10)
    let frames = lines(text, width: 180)
    for frame in frames.dropLast() {
      let run = frame.textRuns().last!
      #expect(abs(run.position.x + run.run.width - 180) < 0.001)
    }
    let last = frames.last!.textRuns().last!
    #expect(last.position.x + last.run.width < 180)
  }

  @Test func aLastLineThatFitsOnlySqueezedIsSqueezed() {
    // Ten words of 20 points and nine spaces: 222.5 points at their natural width.
    let text = Array(repeating: "aaaa", count: 10).joined(separator: " ")
    let frames = lines(text, width: 218)
    #expect(frames.count == 1)
    let last = frames[0].textRuns().last!
    #expect(last.position.x + last.run.width <= 218.001)
  }

  @Test func keepsEveryWordInOrder() {
    let words = (1...60).map { "w\($0)" }
    let frames = lines(words.joined(separator: " "), width: 100, alignment: .left)
    let text = frames.map { $0.plainText() }.joined(separator: " ")
    #expect(text.split(separator: " ").map(String.init) == words)
  }

  @Test func aLongTokenBreaksInsideTheMarginWithoutAHyphen() {
    let url = "https://example.org/" + String(repeating: "segment/", count: 30) + "end"
    let frames = lines("See " + url + " for details.", width: 120)
    let text = frames.map { $0.plainText(separator: "") }.joined()
    #expect(text.filter { $0 != " " } == "See\(url)fordetails.")
    #expect(!frames.map { $0.plainText() }.joined().contains("-"))
    for frame in frames {
      for (position, run) in frame.textRuns() { #expect(position.x + run.width <= 120.001) }
    }
    // The cuts fall after a slash when one is near the end of the line.
    let middle = frames.dropFirst().dropLast().map { $0.plainText(separator: "") }
    #expect(middle.allSatisfy { $0.hasSuffix("/") })
  }

  @Test func aTokenWithoutBreakCharactersIsCutBetweenClusters() {
    let token = String(repeating: "x", count: 100)
    let frames = lines(token, width: 50)
    #expect(frames.count == 10)
    #expect(frames.allSatisfy { $0.plainText() == String(repeating: "x", count: 10) })
  }

  @Test func balancesLinesRatherThanFillingGreedily() {
    // Greedy filling would leave "a b c d e f g" then a lone word; the optimum spreads them.
    let frames = lines("aaaa bbbb cccc dddd eeee ffff gggg hhhh", width: 95)
    let widths = frames.dropLast().map { $0.textRuns().map(\.run.width).reduce(0, +) }
    #expect(widths.allSatisfy { $0 <= 95.001 })
    #expect(frames.count == 2)
  }

  @Test func linksBecomeAreasOverTheirText() {
    var text = StyledText("code at ", style: .plain)
    text.append("github.com/x", style: .plain, link: "https://github.com/x")
    let frames = layout.lines(
      of: text, width: 500, style: ParagraphStyle(alignment: .left, leading: 12))
    let links = frames[0].items.compactMap { item -> (Point, LinkArea)? in
      if case .link(let area) = item.item { return (item.position, area) }
      return nil
    }
    #expect(links.count == 1)
    #expect(links[0].1.url == "https://github.com/x")
    #expect(abs(links[0].0.x - (4 * 5 + 2.5 + 2 * 5 + 2.5)) < 0.001)
    #expect(abs(links[0].1.size.width - 12 * 5) < 0.001)
  }

  @Test func breakOpportunitiesFollowSpacesHyphensAndIdeographs() {
    #expect(BreakOpportunities.find(in: Array("ab cd".utf8)) == [3])
    #expect(BreakOpportunities.find(in: Array("self-supervised".utf8)) == [5])
    #expect(BreakOpportunities.find(in: Array("2-3".utf8)) == [])
    #expect(BreakOpportunities.find(in: Array("中文字".utf8)) == [3, 6])
    #expect(BreakOpportunities.find(in: Array("a  b".utf8)) == [3])
  }
}
