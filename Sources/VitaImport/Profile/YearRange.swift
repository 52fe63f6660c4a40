#if canImport(Glibc)
  import Glibc
#endif

/// The years a profile's dates and counts may name: from 1900 to the year after the
/// current one, in every format.
struct YearRange: Hashable, Sendable {
  /// The earliest year accepted.
  static let firstYear = 1900

  /// The years accepted.
  let years: ClosedRange<Int>

  /// The range for a current year; the clock's year, in UTC, when `nil`.
  init(currentYear: Int?) {
    years = Self.firstYear...((currentYear ?? Self.clockYear()) + 1)
  }

  /// Whether a year is accepted.
  func contains(_ year: Int) -> Bool { years.contains(year) }

  /// "a year runs from 1900 to 2027", for hints.
  var phrase: String { "a year runs from \(years.lowerBound) to \(years.upperBound)" }

  /// The current year by the system clock, in UTC.
  static func clockYear() -> Int {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return Int(parts.tm_year) + 1900
  }
}
