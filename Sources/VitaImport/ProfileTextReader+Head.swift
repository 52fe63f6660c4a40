import VitaModel

extension ProfileTextReader {
  /// What the text says above the papers.
  struct Head {
    /// The researcher's name, from the first line.
    var name = ""
    /// The primary category, from the first line that is only a category code.
    var primaryCategory: Category?
    /// The metrics, in order.
    var metrics: [Metric] = []
    /// The count the heading announces.
    var announcedPaperCount: Int?
    /// The line of the heading, for the diagnostic when the count is wrong.
    var headingLine: Line?
    /// Whether metrics past the limit were dropped (and that reported once).
    var droppedMetrics = false
  }
}

extension ProfileTextReader.Parser {
  typealias Head = ProfileTextReader.Head
  typealias Line = ProfileTextReader.Line
  typealias Byte = ProfileTextReader.Byte
  typealias Limit = ProfileTextReader.Limit

  /// Reads the lines above the first paper header: the name, then the category, metrics
  /// and heading in any order.
  mutating func readHead() -> Head {
    var head = Head()
    if let first = peekLine() {
      if isStrictHeader(first) {
        report(.missingName, at: first, fieldPath: "name")
      } else {
        _ = takeLine()
        head.name = field(first, name: "name", fieldPath: "name")
      }
    }
    while let line = peekLine(), headerShape(of: line) == nil {
      _ = takeLine()
      readHeadLine(line, into: &head)
    }
    return head
  }

  /// Reads one line above the papers: a heading, the category, a metric or something the
  /// reader does not know, which it skips.
  private mutating func readHeadLine(_ line: Line, into head: inout Head) {
    if let count = announcedCount(in: line) {
      if head.announcedPaperCount == nil {
        head.announcedPaperCount = count
        head.headingLine = line
      } else {
        report(.secondHeading, at: line)
      }
    } else if head.primaryCategory == nil, let category = primaryCategory(in: line) {
      head.primaryCategory = category
    } else if let parts = metricParts(in: line) {
      if head.metrics.count < Limit.metrics {
        head.metrics.append(metric(from: parts, line: line, index: head.metrics.count))
      } else if !head.droppedMetrics {
        head.droppedMetrics = true
        report(.tooManyMetrics, at: line)
      }
    } else {
      report(.lineNotUnderstood, at: line)
    }
  }

  /// The count of a heading such as "16 Papers" or "1 paper", or `nil` for another line.
  func announcedCount(in line: Line) -> Int? {
    var digitsEnd = line.start
    while digitsEnd < line.end, isCountByte(bytes[digitsEnd]) { digitsEnd += 1 }
    var wordStart = digitsEnd
    while wordStart < line.end, Byte.isBlank(bytes[wordStart]) { wordStart += 1 }
    let word = wordStart..<line.end
    guard wordStart > digitsEnd, isWord("papers", at: word) || isWord("paper", at: word),
      let count = number(in: line.start..<digitsEnd), count < 1e9
    else { return nil }
    return Int(count)
  }

  /// Whether a byte can be part of a count: a digit or a thousands comma.
  private func isCountByte(_ byte: UInt8) -> Bool { Byte.isDigit(byte) || byte == Byte.comma }

  /// The category of a line that holds only a category code: one arXiv knows, or an
  /// unknown one in capitals ("XY"), which is kept with a warning.
  private mutating func primaryCategory(in line: Line) -> Category? {
    guard line.length <= 16,
      bytes[line.start..<line.end].allSatisfy({ Byte.isCodeByte($0) && !Byte.isDigit($0) })
    else { return nil }
    let code = string(line.start..<line.end)
    if let category = Category(arXivCode: code) { return category }
    guard (2...8).contains(line.length),
      bytes[line.start..<line.end].allSatisfy({ !Byte.isLowercase($0) })
    else { return nil }
    report(.unknownCategory(code: code), at: line, fieldPath: "primaryCategory")
    return Category(code: code, name: code)
  }

  /// Whether some bytes spell a word, ignoring ASCII case.
  func isWord(_ word: String, at range: Range<Int>) -> Bool {
    range.count == word.utf8.count
      && zip(bytes[range], word.utf8).allSatisfy { Byte.lowercased($0) == $1 }
  }
}
