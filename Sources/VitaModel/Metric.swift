/// One figure a profile declares, such as "h-index 117" or "Novelty 61 %".
public struct Metric: Hashable, Sendable {
  /// What a metric measures; the well-known ones are typed, any other keeps its label.
  public enum Kind: Hashable, Sendable {
    /// The h-index.
    case hIndex
    /// The i10-index: papers with at least ten citations.
    case i10Index
    /// The number of papers.
    case paperCount
    /// The number of citations.
    case citationCount
    /// The novelty score, a percentage.
    case novelty
    /// The AI score.
    case aiScore
    /// A metric Vita has no type for, known by its label.
    case other
  }

  /// How a metric's value reads.
  public enum Unit: Hashable, Sendable {
    /// A whole count, printed with thousands separators.
    case count
    /// A percentage.
    case percent
    /// A score without unit.
    case score
  }

  /// The kind of figure.
  public var kind: Kind
  /// The label as the source writes it, such as "h-index" or "AI Score".
  public var label: String
  /// The value.
  public var value: Double
  /// How the value reads.
  public var unit: Unit

  /// Creates a metric.
  public init(kind: Kind, label: String, value: Double, unit: Unit) {
    self.kind = kind
    self.label = label
    self.value = value
    self.unit = unit
  }

  /// The value as a CV prints it: "10,768", "61%", "43", "2.5".
  public var formattedValue: String {
    let text: String
    if value == value.rounded(), abs(value) < 1e15 {
      text = Metric.groupingThousands(Int64(value))
    } else {
      text = String(format: value, fractionDigits: 1)
    }
    return unit == .percent ? text + "%" : text
  }

  /// An integer with a comma between groups of three digits.
  public static func groupingThousands(_ number: Int64) -> String {
    let digits = String(number.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return number < 0 ? "-" + grouped : grouped
  }
}

extension String {
  /// A number with a fixed count of digits after the decimal point, without Foundation.
  init(format value: Double, fractionDigits: Int) {
    let scale = (0..<fractionDigits).reduce(1.0) { value, _ in value * 10 }
    let scaled = (value * scale).rounded()
    // Past Int64, or not a number at all, Swift's own notation ("1e+300") is the honest one.
    guard scaled.isFinite, abs(scaled / scale) < 9e18 else {
      self = "\(value)"
      return
    }
    let whole = Int64(scaled / scale)
    let fraction = Int64(abs(scaled.truncatingRemainder(dividingBy: scale)))
    var fractionText = String(fraction)
    while fractionText.count < fractionDigits { fractionText = "0" + fractionText }
    let sign = value < 0 && whole == 0 ? "-" : ""
    self = fractionDigits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fractionText)"
  }
}
