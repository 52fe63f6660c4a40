/// A person's name reduced to what identifies it in an author list, so that
/// "Théophane Weber", "T. Weber", "weber, théophane" and "THEOPHANE WEBER" all match.
public struct PersonName: Hashable, Sendable {
  /// The given names, lower-cased and without diacritics, in order.
  public let givenNames: [String]
  /// The family name, lower-cased and without diacritics.
  public let familyName: String

  /// Reads a printed name, in "Given Family" or "Family, Given" order; `nil` when it has no
  /// letters.
  public init?(_ printed: String) {
    let parts = printed.split(separator: ",", maxSplits: 1)
    var tokens: [String]
    if parts.count == 2 {
      tokens = PersonName.tokens(parts[1]) + PersonName.tokens(parts[0])
    } else {
      tokens = PersonName.tokens(printed[...])
    }
    guard let family = tokens.popLast() else { return nil }
    givenNames = tokens
    familyName = family
  }

  /// Whether two names can denote the same person: the same family name, and given names
  /// that agree as far as both go, where an initial agrees with any name it begins.
  public func matches(_ other: PersonName) -> Bool {
    guard familyName == other.familyName else { return false }
    for (mine, theirs) in zip(givenNames, other.givenNames) {
      let agree =
        mine == theirs || (mine.count == 1 && theirs.hasPrefix(mine))
        || (theirs.count == 1 && mine.hasPrefix(theirs))
      if !agree { return false }
    }
    return true
  }

  /// The letters-only words of a name, folded for comparison; "J.-P." gives "j" and "p".
  private static func tokens(_ text: Substring) -> [String] {
    var tokens: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if let base = letterFolding[scalar.value] {
        current += base
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue  // a combining accent typed apart from its letter
      } else if scalar.properties.isAlphabetic {
        current += scalar.properties.lowercaseMapping
      } else if !current.isEmpty {
        tokens.append(current)
        current = ""
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
