import VitaImport
import VitaModel

/// `batch-report.json`: what a batch (or one shard of it) did, member by member. It is
/// what `vita batch --merge` reads to build the group report from shards.
public struct BatchReport: Sendable {
  /// The report's format version.
  public static let version = 1
  /// The file name in the output folder.
  public static let fileName = "batch-report.json"

  /// The group's name, if the batch came from a group file.
  public var groupName: String?
  /// The shard this report covers, as "K/N"; `nil` for a whole batch.
  public var shard: String?
  /// The outcomes, in plan order.
  public var outcomes: [BatchOutcome]
  /// How many members the run was to render; more than `outcomes` when it was
  /// interrupted. `nil` when unknown.
  public var planned: Int?

  /// Creates a report.
  public init(
    groupName: String?, shard: String?, outcomes: [BatchOutcome], planned: Int? = nil
  ) {
    self.groupName = groupName
    self.shard = shard
    self.outcomes = outcomes
    self.planned = planned
  }

  /// Whether every member planned has an outcome.
  public var isComplete: Bool { planned.map { outcomes.count >= $0 } ?? true }

  /// How many members were rendered.
  public var done: Int { outcomes.filter { $0.failure == nil }.count }
  /// How many failed.
  public var failed: Int { outcomes.count - done }

  /// The report as JSON text.
  public var json: String {
    let members = outcomes.map { outcome -> JSONValue in
      var pairs: [(String, JSONValue)] = [
        ("id", .string(outcome.member.id)),
        ("name", .string(outcome.name)),
        ("slug", .string(outcome.slug)),
        ("profile", .string(outcome.member.profilePath)),
        ("status", .string(outcome.failure == nil ? "done" : "failed")),
      ]
      if let failure = outcome.failure { pairs.append(("reason", .string(failure))) }
      pairs.append(("outputs", .array(outcome.outputs.map { .string($0) })))
      if let summary = outcome.summary {
        pairs.append(("papers", .int(summary.papers)))
        pairs.append(("citations", summary.citations.map { .int($0) } ?? .null))
        pairs.append(("h-index", summary.hIndex.map { .int($0) } ?? .null))
        pairs.append(("i10-index", summary.i10Index.map { .int($0) } ?? .null))
      }
      return .object(pairs)
    }
    let root = JSONValue.object([
      ("version", .int(BatchReport.version)),
      ("group", groupName.map { .string($0) } ?? .null),
      ("shard", shard.map { .string($0) } ?? .null),
      ("planned", planned.map { .int($0) } ?? .null),
      ("done", .int(done)),
      ("failed", .int(failed)),
      ("members", .array(members)),
    ])
    return root.text() + "\n"
  }

  /// Reads a report written by `json`; what cannot be read is an error diagnostic.
  public static func read(_ bytes: [UInt8], file: String) -> (BatchReport?, [Diagnostic]) {
    let (root, diagnostics) = YAMLReader.parse(bytes, file: file)
    guard let root, !diagnostics.containsErrors else { return (nil, diagnostics) }
    guard root["version"]?.int == version, let members = root["members"]?.sequence else {
      return (
        nil,
        [
          root.error(
            "this is not a batch report of version \(version)", fieldPath: "version",
            hint: "run the shards again with this version of vita"
          ).inFile(file)
        ]
      )
    }
    var outcomes: [BatchOutcome] = []
    for (index, entry) in members.enumerated() {
      guard let id = entry["id"]?.string, let profile = entry["profile"]?.string,
        let slug = entry["slug"]?.string
      else {
        return (
          nil,
          [
            entry.error("a member lacks its id, profile or slug", fieldPath: "members[\(index)]")
              .inFile(file)
          ]
        )
      }
      var outcome = BatchOutcome(
        member: BatchMember(id: id, profilePath: profile), name: entry["name"]?.string ?? slug,
        slug: slug)
      outcome.outputs = entry["outputs"]?.sequence?.compactMap(\.string) ?? []
      if entry["status"]?.string != "done" {
        outcome.failure = entry["reason"]?.string ?? "failed"
      }
      outcomes.append(outcome)
    }
    return (
      BatchReport(
        groupName: root["group"]?.string, shard: root["shard"]?.string, outcomes: outcomes,
        planned: root["planned"]?.int),
      []
    )
  }
}
