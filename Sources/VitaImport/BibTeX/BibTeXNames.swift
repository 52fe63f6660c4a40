/// Splits a BibTeX name list into printed names.
enum BibTeXNames {
  /// The names of an `author` value in order, each as "First von Last, Jr", and whether the
  /// list ends in "and others".
  ///
  /// Names are separated by the word `and` outside braces; each is "First von Last",
  /// "von Last, First" or "von Last, Jr, First", with empty parts (a stray comma) ignored.
  static func split(_ value: String) -> (names: [String], truncated: Bool) {
    var names: [String] = []
    var truncated = false
    for words in nameWords(value) {
      let raw = words.joined(separator: " ")
      if raw == "others" {
        truncated = true
        continue
      }
      let name = LaTeXText.plain(printedOrder(raw))
      if !name.isEmpty { names.append(name) }
    }
    return (names, truncated)
  }

  /// The words of each name, split at white space and at `and` outside braces.
  private static func nameWords(_ value: String) -> [[String]] {
    var names: [[String]] = []
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var depth = 0

    func endWord() {
      guard !word.isEmpty else { return }
      let text = String(word)
      word = String.UnicodeScalarView()
      if text == "and" || text == "AND" {
        if !words.isEmpty { names.append(words) }
        words = []
      } else {
        words.append(text)
      }
    }

    for scalar in value.unicodeScalars {
      if scalar == "{" { depth += 1 }
      if scalar == "}" { depth = max(depth - 1, 0) }
      if depth == 0, scalar.properties.isWhitespace {
        endWord()
      } else {
        word.append(scalar)
      }
    }
    endWord()
    if !words.isEmpty { names.append(words) }
    return names
  }

  /// A name in reading order: "von Last, First" becomes "First von Last".
  private static func printedOrder(_ name: String) -> String {
    var parts: [String] = []
    var part = ""
    var depth = 0
    for character in name {
      if character == "{" { depth += 1 }
      if character == "}" { depth = max(depth - 1, 0) }
      if character == ",", depth == 0 {
        parts.append(part)
        part = ""
      } else {
        part.append(character)
      }
    }
    parts.append(part)
    parts = parts.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }

    switch parts.count {
    case 0: return ""
    case 1: return parts[0]
    case 2: return parts[1] + " " + parts[0]
    default: return parts[2...].joined(separator: " ") + " " + parts[0] + ", " + parts[1]
    }
  }
}

extension String {
  /// The text without white space at either end.
  func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
