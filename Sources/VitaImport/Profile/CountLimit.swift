/// The largest count a profile may give: a billion, far above the citations of any paper or
/// person, and small enough that the sums of a hundred thousand papers' counts over every
/// year stay well inside `Int`.
enum CountLimit {
  /// The largest count accepted.
  static let maximum = 1_000_000_000

  /// "a count runs from 0 to 1,000,000,000", for hints.
  static let phrase = "a count runs from 0 to 1,000,000,000"
}
