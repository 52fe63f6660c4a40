import Testing
import VitaModel

@Suite struct ProseTests {
  func links(_ text: String) -> [String] {
    let prose = Prose(detectingLinksIn: text)
    let bytes = Array(text.utf8)
    return prose.links.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  @Test func trailingPunctuationStaysOutside() {
    #expect(links("Code: https://github.com/deepmind/x.") == ["https://github.com/deepmind/x"])
    #expect(
      links("see https://a.org/b, and http://c.org/d;") == ["https://a.org/b", "http://c.org/d"])
    #expect(links("(https://a.org/b)") == ["https://a.org/b"])
    #expect(
      links("https://en.wikipedia.org/wiki/A_(b).") == ["https://en.wikipedia.org/wiki/A_(b)"])
  }

  @Test func wwwAddressesGainAScheme() {
    let prose = Prose(detectingLinksIn: "at www.example.org today")
    #expect(prose.links.map(\.url) == ["https://www.example.org"])
    #expect(prose.links.map(\.range) == [3..<18])
  }

  @Test func textWithoutAddressesHasNoLinks() {
    #expect(links("no links here, not even http:// alone").isEmpty)
    #expect(links("").isEmpty)
  }

  @Test func rangesCountUTF8Bytes() {
    let prose = Prose(detectingLinksIn: "Café https://x.org")
    #expect(prose.links.first?.range == 6..<19)
  }
}
