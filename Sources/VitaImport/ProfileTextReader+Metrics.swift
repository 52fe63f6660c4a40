import VitaModel

extension ProfileTextReader {
  /// A metric line taken apart, before its label becomes text.
  struct MetricParts {
    /// The label's bytes.
    var label: Range<Int>
    /// The number.
    var value: Double
    /// Whether a `%` follows the number.
    var isPercent: Bool
  }

  /// The metric kinds the reader knows, by label in lower case, with their units.
  static let metricKinds: [String: (kind: Metric.Kind, unit: Metric.Unit)] = [
    "h-index": (.hIndex, .count),
    "h index": (.hIndex, .count),
    "i10-index": (.i10Index, .count),
    "i10 index": (.i10Index, .count),
    "papers": (.paperCount, .count),
    "paper": (.paperCount, .count),
    "citations": (.citationCount, .count),
    "citation": (.citationCount, .count),
    "novelty": (.novelty, .percent),
    "ai score": (.aiScore, .score),
  ]
}

extension ProfileTextReader.Parser {
  typealias MetricParts = ProfileTextReader.MetricParts

  /// The parts of a metric line, a label glued to a number in either order ("h-index117",
  /// "16papers", "Novelty61%"), or `nil` for a line that is not one.
  func metricParts(in line: Line) -> MetricParts? {
    let last = bytes[line.end - 1]
    if Byte.isDigit(last) || last == Byte.percent { return labelFirstParts(in: line) }
    if Byte.isDigit(bytes[line.start]) { return numberFirstParts(in: line) }
    return nil
  }

  /// The metric with its label as text and its kind known from the label.
  mutating func metric(from parts: MetricParts, line: Line, index: Int) -> Metric {
    let label = field(
      string(parts.label), byteCount: parts.label.count, name: "metric label", line: line,
      fieldPath: "metrics[\(index)].label")
    if let known = ProfileTextReader.metricKinds[label.lowercased()] {
      return Metric(kind: known.kind, label: label, value: parts.value, unit: known.unit)
    }
    let unit: Metric.Unit =
      parts.isPercent ? .percent : parts.value == parts.value.rounded() ? .count : .score
    return Metric(kind: .other, label: label, value: parts.value, unit: unit)
  }

  /// A metric whose number ends the line: "h-index117", "AI Score 43", "Novelty61%".
  private func labelFirstParts(in line: Line) -> MetricParts? {
    var numberEnd = line.end
    let isPercent = bytes[numberEnd - 1] == Byte.percent
    if isPercent {
      numberEnd -= 1
      while numberEnd > line.start, Byte.isBlank(bytes[numberEnd - 1]) { numberEnd -= 1 }
    }
    var numberStart = numberEnd
    while numberStart > line.start, isNumberByte(bytes[numberStart - 1]) { numberStart -= 1 }
    while numberStart < numberEnd, !Byte.isDigit(bytes[numberStart]) { numberStart += 1 }

    var labelEnd = numberStart
    while labelEnd > line.start, isLabelPadding(bytes[labelEnd - 1]) { labelEnd -= 1 }
    guard let value = number(in: numberStart..<numberEnd), hasLetter(line.start..<labelEnd)
    else { return nil }
    return MetricParts(label: line.start..<labelEnd, value: value, isPercent: isPercent)
  }

  /// A metric whose number starts the line: "16papers", "10,768citations".
  private func numberFirstParts(in line: Line) -> MetricParts? {
    var numberEnd = line.start
    while numberEnd < line.end, isNumberByte(bytes[numberEnd]) { numberEnd += 1 }
    while numberEnd > line.start, !Byte.isDigit(bytes[numberEnd - 1]) { numberEnd -= 1 }

    var labelStart = numberEnd
    while labelStart < line.end, Byte.isBlank(bytes[labelStart]) { labelStart += 1 }
    let isPercent = labelStart < line.end && bytes[labelStart] == Byte.percent
    if isPercent { labelStart += 1 }
    while labelStart < line.end, isLabelPadding(bytes[labelStart]) { labelStart += 1 }
    guard let value = number(in: line.start..<numberEnd), hasLetter(labelStart..<line.end)
    else { return nil }
    return MetricParts(label: labelStart..<line.end, value: value, isPercent: isPercent)
  }

  /// The value of a number with optional thousands commas and decimals ("10,768", "2.5"),
  /// or `nil` when the bytes are not one.
  func number(in range: Range<Int>) -> Double? {
    guard (1...40).contains(range.count) else { return nil }
    var plain: [UInt8] = []
    var groupLength = 0
    var hasComma = false
    var fractionLength: Int?
    for byte in bytes[range] {
      if Byte.isDigit(byte) {
        plain.append(byte)
        if let length = fractionLength { fractionLength = length + 1 } else { groupLength += 1 }
      } else if byte == Byte.comma, fractionLength == nil {
        // The first group has one to three digits, every later one exactly three.
        guard hasComma ? groupLength == 3 : (1...3).contains(groupLength) else { return nil }
        hasComma = true
        groupLength = 0
      } else if byte == Byte.period, fractionLength == nil {
        fractionLength = 0
        plain.append(byte)
      } else {
        return nil
      }
    }
    guard groupLength > 0, !hasComma || groupLength == 3, fractionLength != 0,
      let value = Double(String(decoding: plain, as: UTF8.self)), value.isFinite
    else { return nil }
    return value
  }

  /// Whether a byte can be part of a number: a digit, a thousands comma or a decimal point.
  private func isNumberByte(_ byte: UInt8) -> Bool {
    Byte.isDigit(byte) || byte == Byte.comma || byte == Byte.period
  }

  /// Whether a byte may sit between a label and its number without being part of either.
  private func isLabelPadding(_ byte: UInt8) -> Bool {
    Byte.isBlank(byte) || byte == Byte.colon
  }

  /// Whether some bytes hold a letter (any non-ASCII byte counts, to allow any script).
  private func hasLetter(_ range: Range<Int>) -> Bool {
    bytes[range].contains { Byte.isLetter($0) || $0 >= 0x80 }
  }
}
