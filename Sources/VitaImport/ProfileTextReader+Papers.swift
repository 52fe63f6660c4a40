import VitaModel

extension ProfileTextReader.Parser {
  /// Reads the papers, each from its header line to the next, and counts the headers seen.
  ///
  /// On entry the next line with text, if any, is shaped like a header; every paper read
  /// leaves the parser the same way, so one bad paper never takes the next with it.
  mutating func readPapers() -> (papers: [Paper], headerCount: Int) {
    var papers: [Paper] = []
    var headerCount = 0
    while let header = takeLine() {
      guard papers.count < Limit.papers else {
        report(.tooManyPapers, at: header, fieldPath: "papers[\(headerCount)]")
        break
      }
      if let paper = readPaper(header: header, path: "papers[\(headerCount)]") {
        papers.append(paper)
      }
      headerCount += 1
    }
    return (papers, headerCount)
  }

  /// Reads one paper after its header line; `nil`, with an error, when it is cut short.
  private mutating func readPaper(header: Line, path: String) -> Paper? {
    guard header.length <= Limit.headerLength, let shape = headerShape(of: header) else {
      report(.headerTooLong, at: header, fieldPath: path)
      skipToNextHeader()
      return nil
    }
    let reading = readHeader(header, shape: shape)
    let categories = categories(of: reading, on: header, path: path)
    if let failure = reading.dateFailure {
      report(failure.problem, at: header, offset: failure.offset, fieldPath: path + ".date")
    }
    if let stray = reading.strayText {
      report(
        .textAfterDate(text: string(stray)), at: header, offset: stray.lowerBound,
        fieldPath: path)
    }

    // A title or an authors line that is a header in fact belongs to the next paper.
    guard let titleLine = peekLine(), !isStrictHeader(titleLine) else {
      report(.missingTitle, at: header, fieldPath: path)
      return nil
    }
    _ = takeLine()
    guard let authorsLine = peekLine(), !isStrictHeader(authorsLine) else {
      report(.missingAuthors, at: header, fieldPath: path)
      return nil
    }
    _ = takeLine()

    let title = field(titleLine, name: "title", fieldPath: path + ".title")
    let authors = readAuthors(authorsLine, path: path)
    return Paper(
      title: title, authors: authors.names, authorsTruncated: authors.truncated,
      organisations: authors.organisations, date: reading.date, categories: categories,
      hasCode: reading.hasCode, abstract: readAbstract(path: path), sourceLine: header.number)
  }

  /// The categories a header names: none without a code, else the code's arXiv category,
  /// or, for a code arXiv does not have, the code as its own name, with a warning.
  private mutating func categories(
    of reading: HeaderReading, on header: Line, path: String
  ) -> [Category] {
    guard !reading.code.isEmpty else { return [] }
    let code = string(reading.code)
    if let category = Category(arXivCode: code) { return [category] }
    report(
      .unknownCategory(code: code), at: header, offset: reading.code.lowerBound,
      fieldPath: path + ".categories[0]")
    return [Category(code: code, name: code)]
  }

  /// Takes lines up to the next one shaped like a header.
  private mutating func skipToNextHeader() {
    while let line = peekLine(), headerShape(of: line) == nil { _ = takeLine() }
  }

  /// Reads the abstract, if there is one before the next header: one line, or several
  /// joined by spaces, with a warning.
  private mutating func readAbstract(path: String) -> Prose? {
    guard let first = peekLine(), headerShape(of: first) == nil else { return nil }
    _ = takeLine()
    var joined: [UInt8] = []
    while let next = peekLine(), headerShape(of: next) == nil {
      _ = takeLine()
      if joined.isEmpty {
        report(.abstractJoined, at: next, fieldPath: path + ".abstract")
        joined = Array(bytes[first.start..<first.end])
      }
      joined.append(Byte.space)
      joined.append(contentsOf: bytes[next.start..<next.end])
    }

    let text =
      joined.isEmpty
      ? field(first, name: "abstract", fieldPath: path + ".abstract")
      : field(
        String(decoding: joined, as: UTF8.self), byteCount: joined.count, name: "abstract",
        line: first, fieldPath: path + ".abstract")
    return Self.prose(text)
  }

  /// The text as prose with its links.
  ///
  /// `Prose(detectingLinksIn:)` costs about 35 µs for an abstract, most of a read; it only
  /// makes links where "http://", "https://" or "www." starts, so text without "://" and
  /// "www." skips it with the same result.
  static func prose(_ text: String) -> Prose {
    var text = text
    let mayHoldAddress = text.withUTF8 { Self.mayHoldAddress($0) }
    return mayHoldAddress ? Prose(detectingLinksIn: text) : Prose(text: text)
  }

  /// Whether some bytes hold "://" or "www." (in any case), which every address starts with
  /// or contains.
  static func mayHoldAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 4 else { return false }
    let w = UInt8(ascii: "w")
    for index in 3..<bytes.count {
      switch bytes[index] {
      case Byte.slash:
        if bytes[index - 1] == Byte.slash, bytes[index - 2] == Byte.colon { return true }
      case Byte.period:
        if Byte.lowercased(bytes[index - 1]) == w, Byte.lowercased(bytes[index - 2]) == w,
          Byte.lowercased(bytes[index - 3]) == w
        {
          return true
        }
      default:
        continue
      }
    }
    return false
  }
}
