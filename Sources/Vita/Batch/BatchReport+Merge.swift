import VitaModel

extension BatchReport {
  /// The report of a whole batch, joined from the reports of its shards: each member once,
  /// in the order the reports give them.
  ///
  /// - Throws: `VitaError.invalidInput` when a shard was interrupted before it rendered
  ///   all its members, when the shards were cut in different numbers, or when one of
  ///   them is missing; a group report from such shards would leave members out unseen.
  public static func merge(_ reports: [(report: BatchReport, file: String)]) throws(VitaError)
    -> BatchReport
  {
    var errors: [Diagnostic] = []
    for (report, file) in reports where !report.isComplete {
      let missing = (report.planned ?? 0) - report.outcomes.count
      errors.append(
        .error(
          "this run was interrupted: \(missing) of its \(report.planned ?? 0) members are "
            + "missing", fieldPath: "planned",
          hint: "run the same command again to complete it, then merge"
        ).inFile(file))
    }
    errors += shardErrors(reports)
    guard errors.isEmpty else { throw .invalidInput(errors) }

    var outcomes: [BatchOutcome] = []
    var seen: Set<String> = []
    for (report, _) in reports {
      for outcome in report.outcomes where seen.insert(outcome.member.id).inserted {
        outcomes.append(outcome)
      }
    }
    let groupName = reports.lazy.compactMap(\.report.groupName).first
    return BatchReport(groupName: groupName, shard: nil, outcomes: outcomes)
  }

  /// What is wrong with the set of shards: counts that disagree, or shards not given.
  private static func shardErrors(_ reports: [(report: BatchReport, file: String)])
    -> [Diagnostic]
  {
    let shards = reports.compactMap { entry -> (index: Int, count: Int, file: String)? in
      let parts = (entry.report.shard ?? "").split(separator: "/").compactMap { Int($0) }
      return parts.count == 2 ? (parts[0], parts[1], entry.file) : nil
    }
    guard let first = shards.first else { return [] }
    if let other = shards.first(where: { $0.count != first.count }) {
      return [
        .error(
          "this is shard \(other.index)/\(other.count), but \(first.file) is one of "
            + "\(first.count)", fieldPath: "shard",
          hint: "merge the shards of one run, all cut with the same --shard K/N"
        ).inFile(other.file)
      ]
    }
    let missing = Set(1...first.count).subtracting(shards.map(\.index)).sorted()
    guard !missing.isEmpty else { return [] }
    let list = missing.map { "\($0)/\(first.count)" }.joined(separator: ", ")
    return [
      .error(
        "shard\(missing.count == 1 ? "" : "s") \(list) \(missing.count == 1 ? "is" : "are") "
          + "missing from the merge",
        hint: "give the output folder of every shard"
      ).inFile(first.file)
    ]
  }
}
