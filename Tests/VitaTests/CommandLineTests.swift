import Testing
import Vita

/// `vita` as a user runs it: exit statuses, file names, and nothing left behind on failure.
@Suite struct CommandLineTests {
  @Test func helpAndVersion() {
    #expect(shell("'\(vitaProgram)' --version").output == "vita \(Engine.version)\n")
    let help = shell("'\(vitaProgram)' --help")
    #expect(help.status == 0 && help.output.contains("render PROFILE"))
    let renderHelp = shell("'\(vitaProgram)' render --help")
    #expect(renderHelp.status == 0 && renderHelp.output.contains("--paper a4|letter"))
  }

  @Test func usageErrorsExit64() {
    #expect(shell("'\(vitaProgram)'").status == 64)
    #expect(shell("'\(vitaProgram)' frobnicate").status == 64)
    #expect(shell("'\(vitaProgram)' render").status == 64)
    #expect(shell("'\(vitaProgram)' render '\(canonicalProfile)' --format gif").status == 64)
    #expect(shell("'\(vitaProgram)' render '\(canonicalProfile)' --dpi 0").status == 64)
    #expect(shell("'\(vitaProgram)' render '\(canonicalProfile)' --layout nonesuch").status == 64)
    let unknown = shell("'\(vitaProgram)' render '\(canonicalProfile)' --colour red")
    #expect(unknown.status == 64 && unknown.error.contains("unknown option '--colour'"))
  }

  @Test func theDefaultOutputIsTheStemInTheCurrentFolder() {
    let folder = temporaryFolder()
    let result = shell("'\(vitaProgram)' render '\(canonicalProfile)'", in: folder)
    #expect(result.status == 0)
    #expect(listing(folder) == ["000_2e4744010abc845a.pdf"])
  }

  @Test func pngAndSVGWriteOneFilePerPage() {
    let folder = temporaryFolder()
    #expect(
      shell("'\(vitaProgram)' render '\(canonicalProfile)' --format png --dpi 30 -o cv", in: folder)
        .status == 0)
    #expect(listing(folder) == (1...6).map { "cv-\($0).png" })
    let svgFolder = temporaryFolder()
    #expect(
      shell("'\(vitaProgram)' render '\(canonicalProfile)' --format svg -o out.svg", in: svgFolder)
        .status == 0)
    #expect(listing(svgFolder) == (1...6).map { "out-\($0).svg" })
  }

  @Test func twoRunsGiveIdenticalFiles() {
    let folder = temporaryFolder()
    let command = "SOURCE_DATE_EPOCH=1767225600 '\(vitaProgram)' render '\(canonicalProfile)'"
    #expect(shell("\(command) -o a.pdf && \(command) -o b.pdf", in: folder).status == 0)
    #expect(contents(folder + "/a.pdf") == contents(folder + "/b.pdf"))
    #expect(
      shell("SOURCE_DATE_EPOCH=soon '\(vitaProgram)' render '\(canonicalProfile)'", in: folder)
        .status == 64)
  }

  @Test func aMissingInputExits66() {
    let folder = temporaryFolder()
    let result = shell("'\(vitaProgram)' render nowhere.txt", in: folder)
    #expect(result.status == 66)
    #expect(result.error.contains("nowhere.txt: cannot read: No such file or directory"))
    #expect(listing(folder).isEmpty)
  }

  @Test func badInputExits65AndWritesNothing() {
    let folder = temporaryFolder()
    write([], to: folder + "/empty.txt")
    write([0x00, 0xFF, 0x13, 0x37], to: folder + "/binary.txt")
    for name in ["empty", "binary"] {
      let result = shell("'\(vitaProgram)' render \(name).txt -o \(name).pdf", in: folder)
      #expect(result.status == 65)
      #expect(result.error.contains("\(name).txt"))
      #expect(result.error.contains("nothing was written"))
    }
    #expect(listing(folder) == ["binary.txt", "empty.txt"])
  }

  @Test func anOutputThatCannotBeCreatedExits73AndLeavesNothing() {
    let folder = temporaryFolder()
    let missing = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' -o no/such/folder/cv.pdf", in: folder)
    #expect(missing.status == 73)
    // A page that cannot be renamed into place (a folder is in the way) removes every
    // temporary file, including those of the pages that were fine.
    _ = shell("mkdir cv-3.png", in: folder)
    let blocked = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' --format png --dpi 20 -o cv", in: folder)
    #expect(blocked.status == 73)
    #expect(listing(folder) == ["cv-3.png"])
  }

  @Test func theOwnerOptionIsAccepted() {
    let folder = temporaryFolder()
    #expect(
      shell(
        "'\(vitaProgram)' render '\(canonicalProfile)' --owner 'Mehdi Azabou' --paper letter",
        in: folder
      ).status == 0)
  }
}

/// `vita layouts` and the layout options of `vita render`.
@Suite struct LayoutCommandLineTests {
  @Test func layoutsListsEveryBuiltInWithItsSummary() {
    let result = shell("'\(vitaProgram)' layouts")
    #expect(result.status == 0)
    let names = result.output.split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(names == ["classic", "compact", "group", "modern"])
    #expect(
      result.output.contains("classic  One column, serif, restrained colour: the academic CV."))
  }

  @Test func aFileLargerThanAnyProfileIsBadDataNotUnreadable() {
    let folder = temporaryFolder()
    // Sparse: 65 MB of zeros that take no disk.
    _ = shell("truncate -s 65M big.txt", in: folder)
    for command in ["validate big.txt", "render big.txt -o big.pdf"] {
      let result = shell("'\(vitaProgram)' \(command)", in: folder)
      #expect(result.status == 65, "\(command): \(result.error)")
      #expect(
        result.error.hasPrefix(
          "big.txt: error: the file is larger than 64 MB, more than any input Vita reads\n"))
    }
    #expect(listing(folder) == ["big.txt"])
  }

  @Test func theOutputsExtensionChoosesTheFormat() {
    let folder = temporaryFolder()
    let render = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' --layout compact --dpi 20 -o cv.png",
      in: folder)
    #expect(render.status == 0, "\(render.error)")
    #expect(listing(folder) == ["cv-1.png"])
    #expect(contents(folder + "/cv-1.png")?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
    // An explicit --format wins over the extension.
    let forced = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' --format pdf -o forced.png", in: folder)
    #expect(forced.status == 0 && listing(folder).contains("forced.pdf"))
  }

  @Test func sinceAndUntilNarrowThePublications() {
    let folder = temporaryFolder()
    let render = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' --since 2022 --until 2023 -o cv.pdf",
      in: folder)
    #expect(render.status == 0)
    let text = shell("pdftotext '\(folder)/cv.pdf' -").output
    #expect(text.contains("Publications 2022–2023 (8)"))
    #expect(text.contains("PAPERS 2022–2023"))
    let wrong = shell("'\(vitaProgram)' render '\(canonicalProfile)' --since 2024 --until 2020")
    #expect(wrong.status == 64 && wrong.error.contains("--since 2024 comes after --until 2020"))
  }

  @Test func aCycleOfExtendsIsRefused() {
    let folder = temporaryFolder()
    write(Array("extends: b.yaml\n".utf8), to: folder + "/a.yaml")
    write(Array("extends: a.yaml\n".utf8), to: folder + "/b.yaml")
    let result = shell(
      "'\(vitaProgram)' render '\(canonicalProfile)' --layout a.yaml -o cv.pdf", in: folder)
    #expect(result.status == 65)
    #expect(
      result.error.contains(
        "b.yaml:1:10: error: cannot extend 'a.yaml': the layouts extend each other in a "
          + "cycle: a.yaml → b.yaml → a.yaml [extends]"))
    #expect(listing(folder) == ["a.yaml", "b.yaml"])
  }

  @Test func watchRendersAgainWhenTheLayoutChanges() {
    let folder = temporaryFolder()
    write(Array("extends: compact\n".utf8), to: folder + "/my.yaml")
    // Each change waits for what the previous one should print (up to 20 s), so a slow
    // machine takes longer rather than failing.
    let waitFor =
      "waitfor() { for i in $(seq 200); do [ \"$(grep -c \"$1\" log)\" -ge \"$2\" ] && return 0; "
      + "sleep 0.1; done; return 1; }; "
    let command =
      "(\(waitFor)'\(vitaProgram)' render '\(canonicalProfile)' --layout my.yaml --watch "
      + "-o cv.pdf 2> log & pid=$!; waitfor 'vita: rendered' 1; sleep 0.05; "
      + "printf 'extends: compact\\nfonts: { body: { sise: 3 } }\\n' > my.yaml; "
      + "waitfor 'watching for the next change' 1; printf 'extends: group\\n' > my.yaml; "
      + "waitfor 'vita: rendered' 2; kill $pid; cat log >&2)"
    let result = shell(command, in: folder)
    let lines = result.error.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("vita: rendered cv.pdf in ") }.count == 2)
    #expect(result.error.contains("my.yaml:2:18: error: unknown key 'sise' [fonts.body.sise]"))
    #expect(result.error.contains("vita: watching for the next change"))
  }
}
