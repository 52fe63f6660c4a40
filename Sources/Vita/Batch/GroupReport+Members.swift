import Dispatch
import Synchronization
import VitaLayout
import VitaModel

extension Engine {
  /// The members the group report shows, by family name, and the ones it
  /// leaves out (their profiles failed, in the batch or when read again), by name and file.
  ///
  /// Each profile is read again without its abstracts, which the report does not show and
  /// which are most of a large group's memory. Members who share a name are told apart
  /// by their file names.
  func groupMembers(_ outcomes: [BatchOutcome], jobs: Int, warnings: inout [Diagnostic]) -> (
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

    let profiles = readAgain(sorted, jobs: jobs)
    var members: [GroupCompose.Member] = []
    var leftOut: [String] = []
    for (outcome, read) in zip(sorted, profiles) {
      let file = outcome.member.profilePath.split(separator: "/").last.map(String.init) ?? ""
      guard outcome.failure == nil, let read else {
        leftOut.append("\(outcome.name) (\(file))")
        continue
      }
      do {
        var profile = try read.get()
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

  /// The profiles of the members that rendered, read again on `jobs` threads, without
  /// their abstracts; `nil` for a member that failed.
  private func readAgain(_ outcomes: [BatchOutcome], jobs: Int) -> [Result<
    Profile, VitaError
  >?] {
    let results = Mutex([Result<Profile, VitaError>?](repeating: nil, count: outcomes.count))
    let next = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, outcomes.count))) { _ in
      while true {
        let index = next.withLock { value in
          defer { value += 1 }
          return value
        }
        guard index < outcomes.count else { return }
        guard outcomes[index].failure == nil else { continue }
        let read = Result { () throws(VitaError) -> Profile in
          var (profile, _) = try readProfile(at: outcomes[index].member.profilePath)
          for paper in profile.papers.indices { profile.papers[paper].abstract = nil }
          return profile
        }
        results.withLock { $0[index] = read }
      }
    }
    return results.withLock { $0 }
  }
}
