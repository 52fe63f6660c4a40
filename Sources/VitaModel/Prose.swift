/// Text that may hold links, such as an abstract that cites its code's address.
public struct Prose: Hashable, Sendable {
  /// A link inside the text.
  public struct Link: Hashable, Sendable {
    /// Where the link points.
    public var url: String
    /// The linked part of the text, as UTF-8 byte offsets.
    public var range: Range<Int>

    /// Creates a link over a range of UTF-8 offsets.
    public init(url: String, range: Range<Int>) {
      self.url = url
      self.range = range
    }
  }

  /// The plain text.
  public var text: String
  /// The links, in order, without overlaps.
  public var links: [Link]

  /// Creates prose with explicit links.
  public init(text: String, links: [Link] = []) {
    self.text = text
    self.links = links
  }

  /// Creates prose whose web addresses (`http://`, `https://`, `www.`) become links.
  ///
  /// An address ends at white space or at a character no address contains; punctuation
  /// that closes a sentence (`.`, `,`, `;`, `:`, `!`, `?`, quotes) and a closing bracket
  /// without its opening one are left outside the link.
  public init(detectingLinksIn text: String) {
    self.init(text: text, links: Prose.detectLinks(in: Array(text.utf8)))
  }

  /// The links in UTF-8 bytes, found in one pass.
  static func detectLinks(in bytes: [UInt8]) -> [Link] {
    var links: [Link] = []
    var index = 0
    while index < bytes.count {
      let atWordStart = index == 0 || !isWordByte(bytes[index - 1])
      if atWordStart, let prefix = addressPrefix(in: bytes, at: index) {
        var end = index + prefix
        while end < bytes.count, isAddressByte(bytes[end]) { end += 1 }
        end = trimTrailingPunctuation(bytes, from: index, to: end)
        if end > index + prefix {
          let slice = bytes[index..<end]
          let text = String(decoding: slice, as: UTF8.self)
          let url = prefix == 4 && text.hasPrefix("www.") ? "https://" + text : text
          links.append(Link(url: url, range: index..<end))
          index = end
          continue
        }
      }
      index += 1
    }
    return links
  }

  /// The length of an address prefix at `index`, or `nil` when none starts there.
  private static func addressPrefix(in bytes: [UInt8], at index: Int) -> Int? {
    for prefix in ["https://", "http://", "www."] {
      let pattern = Array(prefix.utf8)
      guard index + pattern.count <= bytes.count else { continue }
      var matches = true
      for offset in 0..<pattern.count where lowercased(bytes[index + offset]) != pattern[offset] {
        matches = false
        break
      }
      if matches { return pattern.count }
    }
    return nil
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    (65...90).contains(byte) ? byte + 32 : byte
  }

  /// Whether a byte continues a word, so that an address cannot start after it.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (48...57).contains(byte) || (65...90).contains(byte)
      || (97...122).contains(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
  }

  /// Whether a byte can be part of a web address (RFC 3986 characters, `%` and non-ASCII).
  private static func isAddressByte(_ byte: UInt8) -> Bool {
    if byte >= 0x80 { return true }
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return Array("-._~:/?#[]@!$&'()*+,;=%".utf8).contains(byte)
    }
  }

  /// The end of an address once the punctuation that belongs to the sentence is removed.
  private static func trimTrailingPunctuation(_ bytes: [UInt8], from start: Int, to end: Int)
    -> Int
  {
    var end = end
    while end > start {
      let last = bytes[end - 1]
      if Array(".,;:!?'*".utf8).contains(last) {
        end -= 1
      } else if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
        let open = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        let opens = bytes[start..<end].filter { $0 == open }.count
        let closes = bytes[start..<end].filter { $0 == last }.count
        if closes > opens { end -= 1 } else { break }
      } else {
        break
      }
    }
    return end
  }
}
