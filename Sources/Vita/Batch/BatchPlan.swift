import VitaImport
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

/// One person of a batch, before rendering.
public struct BatchMember: Hashable, Sendable {
  /// A stable identifier: the group file's `id`, else the profile's path as given. Shards
  /// are drawn from it.
  public var id: String
  /// Where the member's profile is: from the root when the plan was made from inputs.
  public var profilePath: String
  /// The name the group file gives, if any.
  public var declaredName: String?

  /// Creates a member.
  public init(id: String, profilePath: String, declaredName: String? = nil) {
    self.id = id
    self.profilePath = profilePath
    self.declaredName = declaredName
  }

  /// The shard, numbered from 1, that renders this member when a batch is cut into `count`.
  public func shard(of count: Int) -> Int {
    // FNV-1a over the id's bytes: the same on every machine, unlike Swift's seeded Hasher.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Int(hash % UInt64(max(1, count))) + 1
  }
}

/// What a batch is to render: its members, the group's name and the layout it asks for.
public struct BatchPlan: Sendable {
  /// The members, in the order the inputs give them, without repeats.
  public var members: [BatchMember]
  /// The group's name, from a group file, or the folder's when a single folder is the
  /// input; `nil` for loose profiles.
  public var groupName: String?
  /// The layout the group file names, if any: a built-in name, or a layout file's path
  /// (from the root, as the group file gives it relative to its folder).
  public var layout: String?

  /// The extensions of files that hold profiles, when a folder is given.
  public static let profileExtensions = [".txt", ".yaml", ".yml", ".json", ".bib"]

  /// Creates a plan.
  public init(members: [BatchMember], groupName: String? = nil, layout: String? = nil) {
    self.members = members
    self.groupName = groupName
    self.layout = layout
  }

  /// Reads the inputs: profile files, folders of them (not recursive, sorted by name), or
  /// group files (YAML with a `members:` list).
  public static func make(inputs: [String]) throws(VitaError) -> BatchPlan {
    var plan = BatchPlan(members: [])
    var seen: Set<String> = []
    func add(_ member: BatchMember) {
      if seen.insert(member.id).inserted { plan.members.append(member) }
    }
    for input in inputs {
      if isFolder(input) {
        let names = listing(input).filter { name in
          profileExtensions.contains(where: name.hasSuffix)
        }
        guard !names.isEmpty else {
          let extensions = profileExtensions.joined(separator: ", ")
          throw .inputUnreadable(
            path: input, reason: "the folder holds no profile files (\(extensions))")
        }
        for name in names {
          let path = input.hasSuffix("/") ? input + name : input + "/" + name
          add(BatchMember(id: path, profilePath: absolute(path)))
        }
      } else if let group = try readGroup(input) {
        plan.groupName = plan.groupName ?? group.groupName
        plan.layout = plan.layout ?? group.layout
        group.members.forEach(add)
      } else {
        add(BatchMember(id: input, profilePath: absolute(input)))
      }
    }
    // `vita batch lab/` is the lab's report.
    if plan.groupName == nil, inputs.count == 1, isFolder(inputs[0]) {
      plan.groupName = inputs[0].split(separator: "/").last.map(String.init)
    }
    return plan
  }

  /// The plan cut to one shard of `count`, numbered from 1.
  public func shard(_ index: Int, of count: Int) -> BatchPlan {
    var copy = self
    copy.members = members.filter { $0.shard(of: count) == index }
    return copy
  }

  /// A group file's plan, or `nil` when the file is not a group file.
  static func readGroup(_ path: String) throws(VitaError) -> BatchPlan? {
    guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else { return nil }
    let bytes = try Files.read(path)
    let (root, diagnostics) = YAMLReader.parse(bytes, file: path)
    guard let root, root["members"] != nil else { return nil }
    var errors = diagnostics.filter { $0.severity == .error }
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    var members: [BatchMember] = []
    for (index, entry) in (root["members"]?.sequence ?? []).enumerated() {
      let fieldPath = "members[\(index)]"
      let profile = entry["profile"]?.string ?? entry.string
      guard let profile, !profile.isEmpty else {
        errors.append(
          entry.error(
            "a member needs a profile file", fieldPath: fieldPath,
            hint: "write `- {name: Ada Lovelace, profile: ada.yaml}`"
          ).inFile(path))
        continue
      }
      let resolved = profile.hasPrefix("/") ? profile : folder + profile
      let id = entry["id"]?.string ?? resolved
      members.append(
        BatchMember(id: id, profilePath: absolute(resolved), declaredName: entry["name"]?.string))
    }
    if root["members"]?.sequence == nil {
      errors.append(
        root.error("members must be a list", fieldPath: "members").inFile(path))
    }
    guard errors.isEmpty else { throw .invalidInput(errors) }
    // A layout file, unlike a built-in name, is found from the group file's folder.
    var layout = root["layout"]?.string
    if let file = layout, Engine.isLayoutPath(file), !file.hasPrefix("/") {
      layout = absolute(folder + file)
    }
    return BatchPlan(
      members: members, groupName: root["group"]?.string ?? root["name"]?.string,
      layout: layout)
  }

  /// The path from the root, so that `vita batch --merge` finds the profiles from any
  /// working folder; the member's id keeps the path as given.
  static func absolute(_ path: String) -> String {
    guard !path.hasPrefix("/"), let folder = getcwd(nil, 0) else { return path }
    defer { free(folder) }
    return String(cString: folder) + "/" + path
  }

  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  static func listing(_ folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }
}
