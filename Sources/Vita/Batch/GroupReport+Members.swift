import VitaLayout
import VitaModel

extension Engine {
  /// The members the group report shows, by family name, and the ones it
  /// leaves out (their profiles failed, in the batch or when read again), by name and file.
  ///
  /// Each profile is read again without its abstracts, which the report does not show and
  /// which are most of a large group's memory. Members who share a name are told apart
  /// by their file names.
  func groupMembers(_ outcomes: [BatchOutcome], warnings: inout [Diagnostic]) -> (
    members: [GroupCompose.Member], leftOut: [String]
  ) {
    // By family name (the last word, in ASCII), as a department lists its people; the
    // slug settles ties.
    let keys = outcomes.map { outcome in
      (Slug.make(outcome.name.split(separator: " ").last.map(String.init) ?? ""), outcome.slug)
    }
    let sorted = outcomes.indices.sorted { keys[$0] < keys[$1] }.map { outcomes[$0] }
    var names: [String: Int] = [:]
    for outcome in sorted where outcome.failure == nil { names[outcome.name, default: 0] += 1 }

    var members: [GroupCompose.Member] = []
    var leftOut: [String] = []
    for outcome in sorted {
      let file = outcome.member.profilePath.split(separator: "/").last.map(String.init) ?? ""
      guard outcome.failure == nil else {
        leftOut.append("\(outcome.name) (\(file))")
        continue
      }
      do {
        var (profile, _) = try readProfile(at: outcome.member.profilePath)
        for index in profile.papers.indices { profile.papers[index].abstract = nil }
        if profile.name.isEmpty { profile.name = outcome.name }
        let shared = (names[outcome.name] ?? 0) > 1
        let name = shared ? "\(outcome.name) (\(outcome.slug))" : outcome.name
        members.append(GroupCompose.Member(name: name, profile: profile))
      } catch {
        leftOut.append("\(outcome.name) (\(file))")
        warnings.append(
          .warning(
            "\(outcome.name) is left out of the group report: \(BatchRunner.reason(error))",
            hint: "the group report reads each member's profile again, from the path in "
              + BatchReport.fileName
          ).inFile(outcome.member.profilePath))
      }
    }
    return (members, leftOut)
  }
}
