/// Finds the name a user probably meant when they wrote one Vita does not know.
enum ClosestName {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  ///
  /// Closeness is the edit distance with transpositions, ignoring case: at most one edit
  /// for words up to three letters, two up to six, three beyond. Ties go to the earlier
  /// candidate.
  static func closest(to word: String, among candidates: [String]) -> String? {
    // A key a megabyte long is no typo either, and must not cost a megabyte of work.
    guard word.utf8.count <= 256 else { return nil }
    let typed = Array(word.lowercased().unicodeScalars)
    let allowed = typed.count <= 3 ? 1 : typed.count <= 6 ? 2 : 3
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let known = Array(candidate.lowercased().unicodeScalars)
      // Each edit changes the length by one at most: a word much longer is no typo.
      guard abs(known.count - typed.count) <= allowed else { continue }
      let distance = editDistance(typed, known)
      if distance <= allowed, distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// "did you mean 'size'?" when a candidate is close, otherwise `otherwise` followed by
  /// the candidates: "known keys: family, size, leading".
  static func hint(for word: String, among candidates: [String], otherwise: String) -> String {
    if let name = closest(to: word, among: candidates) { return "did you mean '\(name)'?" }
    return otherwise + candidates.joined(separator: ", ")
  }

  /// The number of insertions, deletions, substitutions and swaps of neighbours that turn
  /// one word into the other (optimal string alignment).
  /// - Complexity: O(*m* × *n*) in the lengths of the words.
  static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }

    // Three rows of the distance table: two back (for swaps), one back, and this one.
    var twoBack = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = previous
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          current[j] = min(current[j], twoBack[j - 2] + 1)
        }
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[right.count]
  }
}
