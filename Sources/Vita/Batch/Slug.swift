import VitaModel

/// File names for members of a batch: ASCII, lower-case, at most 100 bytes, never a path,
/// and unique within the batch.
public enum Slug {
  /// The longest slug, in bytes, before a suffix that makes it unique.
  public static let maximumLength = 100

  /// Stems the batch's own files take in the output folder, which no member may have.
  public static let reserved: Set<String> = ["group-report", "batch-report"]

  /// A slug for each name, in order; equal slugs get `-2`, `-3`, … in the order given.
  ///
  /// Names that differ only in case, accents or Unicode normalisation share a base and are
  /// told apart by the suffix; a name with no Latin letters or digits becomes `member`; a
  /// name whose slug is reserved gets a suffix too.
  public static func unique(_ names: [String]) -> [String] {
    var used = reserved
    return names.map { name in
      let base = make(name)
      var slug = base
      var counter = 2
      while used.contains(slug) {
        let suffix = "-\(counter)"
        slug = String(base.prefix(maximumLength - suffix.count)) + suffix
        counter += 1
      }
      used.insert(slug)
      return slug
    }
  }

  /// The slug of one name, before uniqueness: letters folded to ASCII, everything else a
  /// single dash, no dash at either end.
  public static func make(_ name: String) -> String {
    var slug = ""
    var pendingDash = false
    var previous: Unicode.Scalar = " "
    for scalar in name.unicodeScalars {
      // Greek ου reads as "ou", not letter by letter (ISO 843).
      let piece = isUpsilon(scalar) && isOmicron(previous) ? "u" : asciiLetters(scalar)
      previous = scalar
      if piece.isEmpty {
        pendingDash = !slug.isEmpty
        continue
      }
      if pendingDash { slug += "-" }
      pendingDash = false
      slug += piece
      if slug.utf8.count >= maximumLength { break }
    }
    slug = String(slug.prefix(maximumLength))
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "member" : slug
  }

  private static func isUpsilon(_ scalar: Unicode.Scalar) -> Bool {
    ["υ", "ύ", "Υ", "Ύ"].contains(scalar)
  }

  private static func isOmicron(_ scalar: Unicode.Scalar) -> Bool {
    ["ο", "ό", "Ο", "Ό"].contains(scalar)
  }

  /// The ASCII letters or digits a scalar stands for, lower-case; empty for anything else.
  static func asciiLetters(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x30...0x39, 0x61...0x7A: return String(scalar)
    case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32)!)
    default: break
    }
    let base = letterFolding[scalar.value] ?? scalar.properties.lowercaseMapping
    if !base.isEmpty, base.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
      return base
    }
    return Slug.transliteration[base] ?? ""
  }

  /// Greek and Cyrillic letters in Latin, after folding accents away.
  static let transliteration: [String: String] = [
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r",
    "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "i", "є": "ie", "ґ": "g",
  ]
}
