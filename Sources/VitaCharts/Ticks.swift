/// Axis ticks on round steps: 1, 2 or 5 times a power of ten.
public struct Ticks: Hashable, Sendable {
  /// The distance between neighbouring ticks.
  public var step: Double
  /// The tick values, from zero up to and including the axis top.
  public var values: [Double]

  /// The top of the axis: the last tick, at or above the largest value.
  public var top: Double { values.last ?? 1 }

  /// Ticks from zero that cover `maximum` with at most `count` steps, on the roundest step
  /// that allows it; with `integer`, the step is a whole number (counts have no halves).
  ///
  /// A maximum of zero or less gives the axis 0 to 1, so that an all-zero series still has
  /// a scale.
  public init(covering maximum: Double, count: Int, integer: Bool = true) {
    let steps = max(1, count)
    let upper = maximum.isFinite && maximum > 0 ? maximum : 1
    var step = Ticks.niceStep(atLeast: upper / Double(steps))
    if integer { step = max(1, step.rounded()) }
    let top = (upper / step).rounded(.up) * step
    let stepCount = Int((top / step).rounded())
    self.step = step
    values = (0...stepCount).map { Double($0) * step }
  }

  /// The smallest of 1, 2, 5 × 10^k at or above `minimum`.
  public static func niceStep(atLeast minimum: Double) -> Double {
    guard minimum.isFinite, minimum > 0 else { return 1 }
    // The power of ten at or below the minimum, found without platform maths functions so
    // that every machine picks the same step.
    var magnitude = 1.0
    while magnitude * 10 <= minimum { magnitude *= 10 }
    while magnitude > minimum { magnitude /= 10 }
    for factor in [1.0, 2, 5, 10] where factor * magnitude >= minimum * (1 - 1e-12) {
      return factor * magnitude
    }
    return 10 * magnitude
  }

  /// The smallest step from 1, 2, 5, 10, 20, 25, 50, ... whole units at or above `minimum`:
  /// how many years or ranks apart labels are.
  public static func labelStep(atLeast minimum: Double) -> Int {
    guard minimum > 1 else { return 1 }
    var magnitude = 1
    while true {
      for factor in [1, 2, 5] where Double(factor * magnitude) >= minimum {
        return factor * magnitude
      }
      if magnitude > 1 << 40 { return magnitude }
      magnitude *= 10
    }
  }
}

/// Numbers as charts print them.
enum Format {
  /// A whole number with thousands separated by commas: "10,768".
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }

  /// A tick value: grouped when whole, else with up to two decimals.
  static func tick(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return grouped(Int(value)) }
    let hundredths = Int((value * 100).rounded())
    let whole = grouped(hundredths / 100)
    let fraction = hundredths % 100
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// A share as a whole percentage, "<1%" for a share that would round to zero.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "0%" }
    let value = (Double(part) * 100 / Double(whole)).rounded()
    return value == 0 && part > 0 ? "<1%" : "\(Int(value))%"
  }

  /// A year range: "2019–2024", or "2024" for one year.
  static func years(_ range: ClosedRange<Int>) -> String {
    range.lowerBound == range.upperBound
      ? String(range.lowerBound) : "\(range.lowerBound)–\(range.upperBound)"
  }
}
