import Dispatch
import Synchronization
import VitaLayout
import VitaModel
import VitaRender

#if canImport(Glibc)
  import Glibc
#endif

/// How a batch runs.
public struct BatchOptions: Sendable {
  /// The folder that receives every output.
  public var outputFolder: String
  /// How many members render at once; at least 1.
  public var jobs: Int = 1
  /// The render options every member shares (format, layout, creation time).
  public var render = RenderOptions()
  /// The part of the batch to render: shard `index` of `count`, numbered from 1.
  public var shard: (index: Int, count: Int)? = nil

  /// Creates options for an output folder.
  public init(outputFolder: String) {
    self.outputFolder = outputFolder
  }
}

/// What became of one member.
public struct BatchOutcome: Sendable {
  /// The member.
  public var member: BatchMember
  /// The name on the CV (the profile's, or the group file's), or the file's stem when
  /// the profile could not be read.
  public var name: String
  /// The member's file name stem in the output folder.
  public var slug: String
  /// The files written, relative to the output folder; empty when the member failed.
  public var outputs: [String] = []
  /// Why the member failed; `nil` on success.
  public var failure: String? = nil
  /// Figures for the group report.
  public var summary: MemberSummary? = nil

  /// Creates the outcome of a member not yet rendered: no outputs and no failure.
  public init(member: BatchMember, name: String, slug: String) {
    self.member = member
    self.name = name
    self.slug = slug
  }
}

/// A member's figures, for the group report and for merging shards.
public struct MemberSummary: Hashable, Sendable {
  /// Papers on the profile.
  public var papers: Int
  /// Citations, from the papers when they carry counts, else as declared.
  public var citations: Int?
  /// The h-index, likewise.
  public var hIndex: Int?
  /// The i10-index, likewise.
  public var i10Index: Int?
}

/// Renders the members of a batch in parallel, each to `OUTDIR/<slug>.<format>`, written
/// atomically. A member that fails is reported and the others go on.
public struct BatchRunner: Sendable {
  /// The engine whose fonts and resources the workers share.
  public let engine: Engine

  /// Creates a runner.
  public init(engine: Engine) {
    self.engine = engine
  }

  /// Progress after each member: done (rendered or failed), failed, total.
  public typealias Progress = @Sendable (_ done: Int, _ failed: Int, _ total: Int) -> Void

  /// Renders the plan's members (or the options' shard of them); returns one outcome per
  /// member rendered, in plan order. Stops taking new members once `isCancelled` is true;
  /// members already started finish, so no file is left half written.
  ///
  /// - Complexity: O(*n*) renders spread over `jobs` threads, plus one read of every
  ///   member's profile to give every shard the same slugs.
  public func run(
    _ plan: BatchPlan, theme: Theme, options: BatchOptions, progress: Progress? = nil,
    isCancelled: @Sendable () -> Bool = { false }
  ) -> [BatchOutcome] {
    let slugs = Slug.unique(names(of: plan, jobs: options.jobs))
    let selected = zip(plan.members, slugs).filter { member, _ in
      options.shard.map { member.shard(of: $0.count) == $0.index } ?? true
    }
    let results = Mutex([BatchOutcome?](repeating: nil, count: selected.count))
    let counters = Mutex((next: 0, done: 0, failed: 0))
    let jobs = max(1, min(options.jobs, selected.count))
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
      let engine = worker == 0 ? self.engine : Engine(sharingFontsWith: self.engine)
      while !isCancelled() {
        let index = counters.withLock { state -> Int in
          defer { state.next += 1 }
          return state.next
        }
        guard index < selected.count else { break }
        let (member, slug) = selected[index]
        let outcome = render(member, slug: slug, engine: engine, theme: theme, options: options)
        results.withLock { $0[index] = outcome }
        let (done, failed) = counters.withLock { state -> (Int, Int) in
          state.done += 1
          if outcome.failure != nil { state.failed += 1 }
          return (state.done, state.failed)
        }
        progress?(done, failed, selected.count)
      }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  /// Every member's name, read in parallel, so that slugs are the same in every shard.
  private func names(of plan: BatchPlan, jobs: Int) -> [String] {
    let names = Mutex([String](repeating: "", count: plan.members.count))
    let next = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, plan.members.count))) { _ in
      while true {
        let index = next.withLock { value -> Int in
          defer { value += 1 }
          return value
        }
        guard index < plan.members.count else { break }
        let member = plan.members[index]
        let name =
          member.declaredName ?? (try? engine.readProfile(at: member.profilePath).0.name)
          ?? stem(member.profilePath)
        names.withLock { $0[index] = name }
      }
    }
    return names.withLock { $0 }
  }

  private func render(
    _ member: BatchMember, slug: String, engine: Engine, theme: Theme, options: BatchOptions
  ) -> BatchOutcome {
    var outcome = BatchOutcome(
      member: member, name: member.declaredName ?? stem(member.profilePath), slug: slug)
    do {
      var (profile, _) = try engine.readProfile(at: member.profilePath)
      if let declared = member.declaredName, !declared.isEmpty, profile.name.isEmpty {
        profile.name = declared
      }
      outcome.name = member.declaredName ?? profile.name
      outcome.summary = summary(of: profile)
      let files = try engine.render(profile, theme: theme, options: options.render)
      let base = options.outputFolder + "/" + slug + "." + options.render.format.fileExtension
      let paths = Engine.outputPaths(base: base, format: options.render.format, files: files)
      try Files.writeAtomically(Array(zip(paths, files.map(\.bytes))).map { ($0, $1) })
      outcome.outputs = paths.map { String($0.dropFirst(options.outputFolder.count + 1)) }
    } catch {
      outcome.failure = Self.reason(error)
    }
    return outcome
  }

  /// One line on why a member failed: the first error, with its position.
  static func reason(_ error: VitaError) -> String {
    if case .invalidInput(let diagnostics) = error,
      let first = diagnostics.first(where: { $0.severity == .error })
    {
      let more = diagnostics.filter { $0.severity == .error }.count - 1
      let firstLine = first.description.split(separator: "\n").first.map(String.init) ?? ""
      return more > 0 ? "\(firstLine) (and \(more) more)" : firstLine
    }
    return error.description
  }

  private func summary(of profile: Profile) -> MemberSummary {
    let computed = profile.computedMetrics
    func declared(_ kind: Metric.Kind) -> Int? {
      profile.metric(kind).map { Int($0.value) }
    }
    return MemberSummary(
      papers: profile.papers.count,
      citations: computed?.citations ?? declared(.citationCount),
      hIndex: computed?.hIndex ?? declared(.hIndex),
      i10Index: computed?.i10Index ?? declared(.i10Index))
  }

  private func stem(_ path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
    return name
  }
}
