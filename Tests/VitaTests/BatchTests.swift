import Testing
import Vita
import VitaModel

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct SlugTests {
  @Test func slugsAreSafeFileNames() {
    let names = [
      "../../x", "/abs", "a\u{0}b", "line\nbreak", ".hidden", "-dash", "", "中文", "Zoë Ćirić",
      String(repeating: "long name ", count: 40),
    ]
    let slugs = Slug.unique(names)
    for slug in slugs {
      #expect(!slug.isEmpty && slug.utf8.count <= Slug.maximumLength)
      #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
      #expect(!slug.hasPrefix("-") && !slug.hasPrefix("."))
    }
    #expect(Set(slugs).count == slugs.count)
    #expect(slugs[0] == "x" && slugs[1] == "abs" && slugs[2] == "a-b" && slugs[8] == "zoe-ciric")
  }

  @Test func namesThatDifferOnlyInCaseOrNormalisationGetDistinctSlugs() {
    let composed = "Zo\u{00EB} Smith"
    let decomposed = "Zoe\u{0308} Smith"
    #expect(
      Slug.unique([composed, decomposed, "ZOË SMITH"]) == [
        "zoe-smith", "zoe-smith-2", "zoe-smith-3",
      ])
    #expect(Slug.make("Ελένη Παπαδοπούλου") == "eleni-papadopoulou")
    #expect(Slug.make("Дмитрий Иванов") == "dmitrii-ivanov")
  }
}

extension SlugTests {
  @Test func noMemberTakesTheNameOfTheBatchsOwnFiles() {
    #expect(
      Slug.unique(["Group Report", "batch-report", "group report"]) == [
        "group-report-2", "batch-report-2", "group-report-3",
      ])
  }
}

@Suite struct ShardTests {
  @Test func shardsCoverEveryMemberExactlyOnce() {
    let members = (0..<500).map { BatchMember(id: "m\($0)", profilePath: "p\($0).txt") }
    let plan = BatchPlan(members: members)
    for count in [1, 2, 3, 7, 16] {
      let parts = (1...count).map { plan.shard($0, of: count).members.map(\.id) }
      #expect(parts.flatMap { $0 }.sorted() == members.map(\.id).sorted())
      #expect(Set(parts.flatMap { $0 }).count == members.count)
      if count > 1 { #expect(parts.allSatisfy { !$0.isEmpty }) }
    }
    // The partition depends on the ids only, not on the order or the machine.
    #expect(
      BatchMember(id: "ada", profilePath: "x").shard(of: 8)
        == BatchMember(id: "ada", profilePath: "y").shard(of: 8))
  }
}

/// `vita batch` end to end on small groups.
@Suite struct BatchCommandTests {
  /// A folder with a few good profiles (the canonical one under other names) and a bad one.
  func groupFolder(bad: Bool = true) -> String {
    let folder = temporaryFolder()
    let canonical = String(decoding: contents(canonicalProfile)!, as: UTF8.self)
    for (index, name) in ["Ada Lovelace", "Zoë Ćirić", "ZOË ĆIRIĆ", "../../etc"].enumerated() {
      let text = name + canonical.drop { $0 != "\n" }
      write(Array(text.utf8), to: "\(folder)/p\(index).txt")
    }
    if bad { write([0x00, 0x01, 0xFF], to: folder + "/broken.txt") }
    return folder
  }

  @Test func aBadProfileDoesNotStopTheOthers() throws {
    let input = groupFolder()
    let output = temporaryFolder() + "/out"
    let result = shell(
      "SOURCE_DATE_EPOCH=0 '\(vitaProgram)' batch '\(input)' -o '\(output)' --jobs 2")
    #expect(result.status == 1)
    #expect(result.error.contains("4 done, 1 failed"))
    #expect(result.error.contains("broken.txt"))
    #expect(
      listing(output) == [
        "ada-lovelace.pdf", "batch-report.json", "etc.pdf", "group-report.pdf", "zoe-ciric-2.pdf",
        "zoe-ciric.pdf",
      ])
    let report = String(decoding: contents(output + "/batch-report.json")!, as: UTF8.self)
    #expect(report.contains("\"failed\": 1"))
    #expect(report.contains("\"status\": \"failed\""))
    #expect(shell("qpdf --check '\(output)/group-report.pdf'").status == 0)
    // The group report says whom it lacks.
    let text = shell("pdftotext '\(output)/group-report.pdf' -").output
    #expect(text.contains("broken (broken.txt)") && text.contains("4 MEMBERS"))
    // A folder given alone names the group.
    let folderName = String(input.split(separator: "/").last!)
    #expect(text.contains("Group report · \(folderName)"))
  }

  @Test func outputsAreIdenticalWhateverTheJobs() throws {
    let input = groupFolder(bad: false)
    let folders = [1, 2, 4].map { jobs in
      let folder = temporaryFolder()
      let command =
        "SOURCE_DATE_EPOCH=1767225600 '\(vitaProgram)' batch '\(input)' "
        + "'\(packageRoot)/Examples/profile.yaml' -o '\(folder)' -j \(jobs) -q"
      #expect(shell(command).status == 0)
      return folder
    }
    let names = listing(folders[0])
    #expect(names.count == 7 && names.contains("group-report.pdf"))
    for folder in folders.dropFirst() {
      #expect(listing(folder) == names)
      for name in names {
        #expect(contents(folder + "/" + name) == contents(folders[0] + "/" + name), "\(name)")
      }
    }
  }

  @Test func shardsThenMergeGiveTheSameGroupReport() throws {
    let input = groupFolder(bad: false)
    let whole = temporaryFolder()
    #expect(
      shell("SOURCE_DATE_EPOCH=0 '\(vitaProgram)' batch '\(input)' -o '\(whole)' -q").status == 0)
    let shards = (1...3).map { _ in temporaryFolder() }
    for (index, folder) in shards.enumerated() {
      #expect(
        shell(
          "SOURCE_DATE_EPOCH=0 '\(vitaProgram)' batch '\(input)' -o '\(folder)' --shard \(index + 1)/3 -q"
        ).status == 0)
    }
    let pdfs = shards.flatMap { listing($0) }.filter { $0.hasSuffix(".pdf") }.sorted()
    #expect(pdfs == listing(whole).filter { $0.hasSuffix(".pdf") && $0 != "group-report.pdf" })
    let merged = temporaryFolder()
    let folders = shards.map { "'\($0)'" }.joined(separator: " ")
    #expect(
      shell("SOURCE_DATE_EPOCH=0 '\(vitaProgram)' batch --merge \(folders) -o '\(merged)' -q")
        .status == 0)
    #expect(contents(merged + "/group-report.pdf") != nil)
    #expect(contents(merged + "/group-report.pdf") == contents(whole + "/group-report.pdf"))
  }

  @Test func mergeFindsTheProfilesFromAnyFolderAndWarnsOfOnesGone() {
    let input = groupFolder(bad: false)
    let shard = temporaryFolder()
    // The shard runs in the profiles' folder with relative paths; the merge runs elsewhere.
    #expect(
      shell("'\(vitaProgram)' batch p0.txt p1.txt -o '\(shard)' --shard 1/1 -q", in: input)
        .status == 0)
    let merged = temporaryFolder()
    let result = shell("'\(vitaProgram)' batch --merge '\(shard)' -o '\(merged)'", in: "/")
    #expect(result.status == 0, "\(result.error)")
    #expect(!result.error.contains("left out"))
    let text = shell("pdftotext '\(merged)/group-report.pdf' -").output
    #expect(text.contains("Ada Lovelace") && text.contains("2 MEMBERS"))

    unlink(input + "/p1.txt")
    let again = shell("'\(vitaProgram)' batch --merge '\(shard)' -o '\(merged)'", in: "/")
    #expect(again.error.contains("warning: Zoë Ćirić is left out of the group report"))
    #expect(shell("pdftotext '\(merged)/group-report.pdf' -").output.contains("1 MEMBER"))
  }

  @Test func aMemberNamedLikeTheGroupReportDoesNotReplaceIt() {
    let input = temporaryFolder()
    let canonical = String(decoding: contents(canonicalProfile)!, as: UTF8.self)
    write(Array(("Group Report" + canonical.drop { $0 != "\n" }).utf8), to: input + "/g.txt")
    let output = temporaryFolder()
    #expect(shell("'\(vitaProgram)' batch '\(input)' -o '\(output)' -q").status == 0)
    #expect(listing(output) == ["batch-report.json", "group-report-2.pdf", "group-report.pdf"])
    #expect(shell("pdftotext '\(output)/group-report.pdf' -").output.contains("1 MEMBER"))
  }

  @Test func aGroupFilesLayoutFileIsFoundFromItsFolder() {
    let folder = groupFolder(bad: false)
    write(Array("extends: compact\nname: lab look\n".utf8), to: folder + "/look.yaml")
    let group = "group: Look Lab\nlayout: look.yaml\nmembers: [p0.txt]\n"
    write(Array(group.utf8), to: folder + "/lab.yaml")
    let output = temporaryFolder()
    let result = shell("'\(vitaProgram)' batch '\(folder)/lab.yaml' -o '\(output)' -q", in: "/")
    #expect(result.status == 0, "\(result.error)")
    #expect(listing(output).contains("ada-lovelace.pdf"))
  }

  @Test func aGroupFileNamesMembersAndTheGroup() {
    let folder = groupFolder(bad: false)
    let group = """
      group: Lovelace Lab
      members:
        - {name: Ada Lovelace, profile: p0.txt, id: ada}
        - {name: Charles Babbage, profile: p1.txt, id: charles}
      """
    write(Array(group.utf8), to: folder + "/lab.yaml")
    let output = temporaryFolder()
    #expect(shell("'\(vitaProgram)' batch '\(folder)/lab.yaml' -o '\(output)' -q").status == 0)
    #expect(
      listing(output) == [
        "ada-lovelace.pdf", "batch-report.json", "charles-babbage.pdf", "group-report.pdf",
      ])
    #expect(shell("pdftotext '\(output)/group-report.pdf' -").output.contains("Lovelace Lab"))
  }

  @Test(arguments: ["INT", "TERM"])
  func anInterruptedBatchLeavesNoPartialFileAndARerunCompletesIt(signal: String) throws {
    let input = temporaryFolder()
    let canonical = contents(canonicalProfile)!
    for index in 0..<40 { write(canonical, to: "\(input)/p\(index).txt") }
    let output = temporaryFolder()
    // The signal comes once the first CV is in place, so the batch is surely under way.
    let result = shell(
      "( '\(vitaProgram)' batch '\(input)' -o '\(output)' -j 1 & pid=$!; "
        + "n=0; until ls '\(output)' | grep -q 'pdf$' || [ $n -ge 600 ]; "
        + "do n=$((n+1)); sleep 0.05; done; "
        + "kill -\(signal) $pid; wait $pid )")
    #expect(result.status == 130, "\(result.error)")
    #expect(result.error.contains("interrupted; run the same command again"))
    #expect(result.error.contains("not started"))
    let partial = listing(output)
    #expect(partial.filter { $0.hasSuffix(".pdf") }.count < 40)
    #expect(!partial.contains("group-report.pdf"))
    for name in partial {
      #expect(!name.hasPrefix("."), "a temporary file was left: \(name)")
      if name.hasSuffix(".pdf") { #expect(shell("qpdf --check '\(output)/\(name)'").status == 0) }
    }
    // The report of the interrupted run lists the members it finished.
    let report = String(decoding: contents(output + "/batch-report.json") ?? [], as: UTF8.self)
    #expect(report.contains("\"failed\": 0"))
    // A group report cannot be merged from it: members would be missing unseen.
    let merge = shell("'\(vitaProgram)' batch --merge '\(output)' -o '\(temporaryFolder())'")
    #expect(merge.status == 65 && merge.error.contains("this run was interrupted"))
    // Running again completes the batch.
    #expect(shell("'\(vitaProgram)' batch '\(input)' -o '\(output)' -q").status == 0)
    #expect(listing(output).filter { $0.hasSuffix(".pdf") }.count == 41)
  }

  @Test func progressIsABarOnATerminalPlainLinesElsewhereAndNothingWhenQuiet() {
    let input = groupFolder(bad: false)
    let command = "'\(vitaProgram)' batch '\(input)' -o '\(temporaryFolder())' -j 2"
    let plain = shell(command)
    #expect(plain.status == 0)
    for done in 1...4 { #expect(plain.error.contains("vita batch: \(done)/4 done\n")) }
    #expect(!plain.error.contains("\r") && !plain.error.contains("█"))

    #expect(shell(command + " --quiet").error.isEmpty)

    // `script` gives the program a terminal; what it drew comes out on standard output.
    let terminal = shell("script -qec \"\(command)\" /dev/null")
    #expect(terminal.status == 0)
    #expect(
      terminal.output.contains("\rvita batch [" + String(repeating: "█", count: 30) + "] 4/4"))
    #expect(terminal.output.contains("/s") && terminal.output.contains("s left"))
    #expect(!terminal.output.contains("4/4 done\n"))
  }

  @Test func temporaryFilesOfAKilledRunAreRemovedByTheNext() {
    let input = groupFolder(bad: false)
    let output = temporaryFolder()
    // What a run killed by SIGKILL between writing and renaming leaves behind.
    write([0x25, 0x50], to: output + "/.ada-lovelace.pdf.vita-a1B2c3")
    write([0x7B], to: output + "/.batch-report.json.vita-Zz9yX8")
    write([0x41], to: output + "/.notes.txt")
    #expect(shell("'\(vitaProgram)' batch '\(input)' -o '\(output)' -q").status == 0)
    #expect(listing(output).filter { $0.hasPrefix(".") } == [".notes.txt"])
  }

  @Test func aFolderWithoutProfilesIsAnError() {
    let result = shell("'\(vitaProgram)' batch '\(temporaryFolder())' -o '\(temporaryFolder())'")
    #expect(result.status == 66)
    #expect(result.error.contains("the folder holds no profile files"))
  }

  @Test func badArgumentsAreUsageErrors() {
    #expect(shell("'\(vitaProgram)' batch").status == 64)
    #expect(shell("'\(vitaProgram)' batch x.txt").status == 64)
    #expect(shell("'\(vitaProgram)' batch x.txt -o out --shard 3/2").status == 64)
    #expect(shell("'\(vitaProgram)' batch x.txt -o out --jobs zero").status == 64)
    #expect(shell("'\(vitaProgram)' batch --merge a b").status == 64)
    #expect(shell("'\(vitaProgram)' batch --merge a b/ -o b").status == 64)
  }
}

/// A group of real profiles in every format, from ../shared/data and Examples/.
@Suite struct RealGroupTests {
  let data = packageRoot + "/../shared/data"

  @Test func aGroupOfEveryFormatRenders() {
    let folder = temporaryFolder()
    let group = """
      group: Mixed Sources Lab
      members:
        - {name: Shantanu Thakoor, profile: \(canonicalProfile)}
        - {profile: \(packageRoot)/Examples/profile.yaml}
        - {name: Jason Priem, profile: \(data)/openalex/b-vitamins_A5023888391.json}
        - {name: Haozhou Wang, profile: \(data)/scholar/HowcanoeWang_scholar_serpapi.json}
        - {name: Yichi Zhang, profile: \(data)/bibtex/594zyc_papers_ACL-style.bib}
        - {name: Michael Ley, profile: \(data)/bibtex/volkm-bibtex-dblp_ley_DBLP.bib}
        - {name: Deleted Author, profile: \(data)/openalex/b-vitamins_A5317838346.json}
      """
    write(Array(group.utf8), to: folder + "/group.yaml")
    let output = folder + "/out"
    let result = shell(
      "SOURCE_DATE_EPOCH=1767225600 '\(vitaProgram)' batch '\(folder)/group.yaml' -o '\(output)' -q"
    )
    #expect(result.status == 0, "\(result.error)")
    let files = listing(output)
    for slug in [
      "shantanu-thakoor", "jason-priem", "haozhou-wang", "yichi-zhang", "michael-ley",
      "deleted-author",
    ] {
      #expect(files.contains(slug + ".pdf"), "\(slug).pdf is missing from \(files)")
    }
    #expect(files.contains("group-report.pdf") && files.contains("batch-report.json"))
    #expect(shell("qpdf --check '\(output)/group-report.pdf'").status == 0)
    let text = shell("pdftotext '\(output)/group-report.pdf' -").output
    #expect(text.contains("Mixed Sources Lab"))
    #expect(text.contains("Jason Priem") && text.contains("Michael Ley"))
  }
}

/// Joining shards' reports: every member once, and no silent gaps.
@Suite struct BatchMergeTests {
  func report(_ shard: String?, ids: [String], planned: Int? = nil) -> BatchReport {
    let outcomes = ids.map { id in
      BatchOutcome(member: BatchMember(id: id, profilePath: "/p/\(id).txt"), name: id, slug: id)
    }
    return BatchReport(
      groupName: "Lab", shard: shard, outcomes: outcomes, planned: planned ?? ids.count)
  }

  func errors(_ reports: [(report: BatchReport, file: String)]) -> [String] {
    do {
      _ = try BatchReport.merge(reports)
      return []
    } catch {
      guard case .invalidInput(let diagnostics) = error else { return ["\(error)"] }
      return diagnostics.map(\.description)
    }
  }

  @Test func completeShardsMergeIntoEveryMemberOnce() throws {
    let merged = try BatchReport.merge([
      (report("1/2", ids: ["a", "b"]), "one"), (report("2/2", ids: ["c", "a"]), "two"),
    ])
    #expect(merged.outcomes.map(\.member.id) == ["a", "b", "c"])
    #expect(merged.groupName == "Lab" && merged.shard == nil)
  }

  @Test func aMissingShardIsAnError() {
    let found = errors([(report("1/3", ids: ["a"]), "one"), (report("3/3", ids: ["c"]), "three")])
    #expect(found.count == 1 && found[0].contains("shard 2/3 is missing from the merge"))
  }

  @Test func shardsCutInDifferentNumbersAreAnError() {
    let found = errors([(report("1/2", ids: ["a"]), "one"), (report("2/3", ids: ["c"]), "two")])
    #expect(found.count == 1 && found[0].contains("this is shard 2/3, but one is one of 2"))
  }

  @Test func anInterruptedShardIsAnError() {
    let found = errors([(report("1/1", ids: ["a", "b"], planned: 5), "one")])
    #expect(found.count == 1 && found[0].contains("interrupted: 3 of its 5 members are missing"))
  }

  @Test func theReportRoundTripsThroughJSON() {
    let original = report("2/4", ids: ["a", "b"], planned: 3)
    let (read, diagnostics) = BatchReport.read(Array(original.json.utf8), file: "r.json")
    #expect(diagnostics.isEmpty)
    #expect(read?.shard == "2/4" && read?.planned == 3 && read?.isComplete == false)
    #expect(read?.outcomes.map(\.member.id) == ["a", "b"])
  }
}
