import VitaModel

extension ProfileTextReader {
  /// Where the parts of a line shaped like a paper header are, before any is checked:
  /// a code glued to a month, a space, a day, a comma and a space, then the year.
  struct HeaderShape {
    /// The category code's bytes; empty when the line starts with the month.
    var code: Range<Int>
    /// The month's bytes.
    var month: Range<Int>
    /// The month's number, 1 to 12, when the month is one the reader knows.
    var monthNumber: Int?
    /// The day's bytes.
    var day: Range<Int>
    /// The offset after the comma and space, where the year starts.
    var yearStart: Int
  }

  /// A paper header read: its code, its date or why there is none, and what follows the date.
  struct HeaderReading {
    /// The category code's bytes.
    var code: Range<Int>
    /// The date, when it could be read.
    var date: PaperDate?
    /// Why the date could not be read.
    var dateFailure: DateFailure?
    /// Whether "Code" follows the date.
    var hasCode = false
    /// Text other than "Code" after the date, which is ignored.
    var strayText: Range<Int>?
  }

  /// Why a date could not be read: the problem and the offset of the part at fault.
  struct DateFailure: Error {
    /// The problem, with its message.
    var problem: Problem
    /// The offset of the month, day or year at fault.
    var offset: Int
  }

  /// Month names and abbreviations as bytes, each with its month; the longer spellings
  /// first, so that "CLJune" is "CL" and June, not "CLJ" and a month "une".
  static let monthSpellings: [(bytes: [UInt8], month: Int)] = {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let full = names.enumerated().map { (Array($1.utf8), $0 + 1) }
    let short = PaperDate.monthAbbreviations.enumerated().map { (Array($1.utf8), $0 + 1) }
    return full + [(Array("Sept".utf8), 9)] + short
  }()
}

extension ProfileTextReader.Parser {
  typealias HeaderShape = ProfileTextReader.HeaderShape
  typealias HeaderReading = ProfileTextReader.HeaderReading
  typealias DateFailure = ProfileTextReader.DateFailure

  /// The parts of a line shaped like a paper header ("LGJul 31, 2024", also "LGFoo 99, 20x4"),
  /// or `nil` for any other line.
  ///
  /// Only the first few dozen bytes are looked at, so a line of any length is judged at once.
  /// A line needs a known month or a numeric day to count, so that a title such as
  /// "Part 2, Revisited" rarely does; where a title is expected, only a header whose date
  /// reads ends the paper (``isStrictHeader(_:)``).
  func headerShape(of line: Line) -> HeaderShape? {
    let wordLimit = min(line.end, line.start + 41)
    var space = line.start
    while space < wordLimit, Byte.isCodeByte(bytes[space]) { space += 1 }
    guard space < wordLimit, bytes[space] == Byte.space, space - line.start >= 3,
      bytes[line.start..<space].contains(where: Byte.isUppercase)
    else { return nil }

    let dayStart = space + 1
    var comma = dayStart
    while comma < min(line.end, dayStart + 3), bytes[comma] != Byte.comma { comma += 1 }
    guard comma < line.end, bytes[comma] == Byte.comma, (1...2).contains(comma - dayStart),
      comma + 1 == line.end || bytes[comma + 1] == Byte.space
    else { return nil }

    let (code, month, monthNumber) = splitCodeAndMonth(line.start..<space)
    guard monthNumber != nil || bytes[dayStart..<comma].allSatisfy(Byte.isDigit) else {
      return nil
    }
    return HeaderShape(
      code: code, month: month, monthNumber: monthNumber, day: dayStart..<comma,
      yearStart: min(comma + 2, line.end))
  }

  /// Whether a line is a paper header whose date reads, short enough to be one.
  func isStrictHeader(_ line: Line) -> Bool {
    guard line.length <= Limit.headerLength, let shape = headerShape(of: line) else {
      return false
    }
    return readHeader(line, shape: shape).date != nil
  }

  /// Reads a header line of at most ``ProfileTextReader/Limit/headerLength`` bytes.
  func readHeader(_ line: Line, shape: HeaderShape) -> HeaderReading {
    // The year is four digits or, when it is not, the word up to a space or a glued "Code".
    var yearEnd = shape.yearStart
    while yearEnd < line.end, yearEnd - shape.yearStart < 4, Byte.isDigit(bytes[yearEnd]) {
      yearEnd += 1
    }
    let yearIsDigits =
      yearEnd - shape.yearStart == 4 && (yearEnd == line.end || !Byte.isDigit(bytes[yearEnd]))
    if !yearIsDigits {
      yearEnd = shape.yearStart
      while yearEnd < line.end, bytes[yearEnd] != Byte.space { yearEnd += 1 }
      if yearEnd - shape.yearStart >= 4, isWord("code", at: (yearEnd - 4)..<yearEnd) {
        yearEnd -= 4
      }
    }

    var restStart = yearEnd
    while restStart < line.end, Byte.isBlank(bytes[restStart]) { restStart += 1 }
    let rest = restStart..<line.end
    var reading = HeaderReading(code: shape.code)
    reading.hasCode = isWord("code", at: rest)
    reading.strayText = rest.isEmpty || reading.hasCode ? nil : rest

    let year = shape.yearStart..<yearEnd
    switch readDate(shape, year: year, yearIsDigits: yearIsDigits) {
    case .success(let date): reading.date = date
    case .failure(let failure): reading.dateFailure = failure
    }
    return reading
  }

  /// The date of a header, checked part by part from the left; the first part at fault is
  /// the one reported.
  private func readDate(
    _ shape: HeaderShape, year: Range<Int>, yearIsDigits: Bool
  ) -> Result<PaperDate, DateFailure> {
    let text = string(shape.month.lowerBound..<year.upperBound)
    func failure(_ reason: String, at offset: Int) -> Result<PaperDate, DateFailure> {
      .failure(DateFailure(problem: .unreadableDate(date: text, reason: reason), offset: offset))
    }

    guard let month = shape.monthNumber else {
      return failure("unknown month \"\(string(shape.month))\"", at: shape.month.lowerBound)
    }
    guard bytes[shape.day].allSatisfy(Byte.isDigit), let day = Int(string(shape.day)) else {
      return failure("\"\(string(shape.day))\" is not a day", at: shape.day.lowerBound)
    }
    guard !year.isEmpty else { return failure("the year is missing", at: year.lowerBound) }
    guard yearIsDigits, let yearNumber = Int(string(year)) else {
      return failure("\"\(string(year))\" is not a year", at: year.lowerBound)
    }
    guard (1...Self.dayCount(month: month, year: yearNumber)).contains(day) else {
      let monthName = PaperDate.monthAbbreviations[month - 1]
      return failure("\(monthName) \(yearNumber) has no day \(day)", at: shape.day.lowerBound)
    }
    return .success(PaperDate(year: yearNumber, month: month, day: day))
  }

  /// Splits a header's first word into the code and the month, a known month when the word
  /// ends with one, else the part from the last capital before a small letter ("LGFoo").
  private func splitCodeAndMonth(
    _ word: Range<Int>
  ) -> (code: Range<Int>, month: Range<Int>, number: Int?) {
    for spelling in ProfileTextReader.monthSpellings where spelling.bytes.count <= word.count {
      let monthStart = word.upperBound - spelling.bytes.count
      if bytes[monthStart..<word.upperBound].elementsEqual(spelling.bytes) {
        return (word.lowerBound..<monthStart, monthStart..<word.upperBound, spelling.month)
      }
    }
    var monthStart = word.upperBound - min(3, word.count)
    for index in (word.lowerBound..<(word.upperBound - 1)).reversed()
    where Byte.isUppercase(bytes[index]) && Byte.isLowercase(bytes[index + 1]) {
      monthStart = index
      break
    }
    return (word.lowerBound..<monthStart, monthStart..<word.upperBound, nil)
  }

  /// The number of days in a month of the Gregorian calendar.
  static func dayCount(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
