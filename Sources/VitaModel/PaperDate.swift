/// A publication date, as precise as the source gives it: a year, a month or a day.
public struct PaperDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year, such as 2024.
  public var year: Int
  /// The month, 1 to 12, when known.
  public var month: Int?
  /// The day of the month, when known; only set together with a month.
  public var day: Int?

  /// Creates a date; a day without a month is dropped.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// English month abbreviations as profile pages print them, January first.
  public static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Dates sort by year, then month, then day; a missing part sorts before any given one.
  public static func < (lhs: PaperDate, rhs: PaperDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// The date as a reader expects it on a CV: "Jul 31, 2024", "Jul 2024" or "2024".
  public var description: String {
    guard let month, (1...12).contains(month) else { return String(year) }
    let name = Self.monthAbbreviations[month - 1]
    if let day { return "\(name) \(day), \(year)" }
    return "\(name) \(year)"
  }

  /// The date in ISO 8601 form as far as it is known: "2024-07-31", "2024-07" or "2024".
  public var isoString: String {
    var text = String(year)
    if let month {
      text += month < 10 ? "-0\(month)" : "-\(month)"
      if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
    }
    return text
  }
}
