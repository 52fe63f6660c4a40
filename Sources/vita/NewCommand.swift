import Vita

#if canImport(Glibc)
  import Glibc
#endif

/// `vita new`: a starter profile in Vita's YAML that validates and renders as it is.
enum NewCommand {
  /// The command's help text.
  static let help = """
    Usage: vita new [NAME] [-o FILE]

    Writes a starter profile in Vita's YAML, which validates and renders as it is.
    Its first line points editors at the JSON Schema for completion and checks.

    Options:
      -o, --output FILE  where to write; default: the name in lower case with dashes
                         and .yaml (profile.yaml without a NAME). An existing file is
                         never overwritten (exit status 73).
      -h, --help         show this help
    """

  /// Runs `vita new` with the arguments after the command's name.
  static func main(_ arguments: [String]) -> ExitCode {
    if arguments.contains("-h") || arguments.contains("--help") {
      print(help)
      return .success
    }
    let name: String
    let path: String
    do throws(UsageError) {
      let parsed = try Arguments.parse(arguments, valued: ["-o", "--output"], flags: [])
      guard parsed.positionals.count <= 1 else {
        throw UsageError("new takes at most one NAME; quote a name with spaces")
      }
      if parsed.options["-o"] != nil, parsed.options["--output"] != nil {
        throw UsageError("-o and --output are the same option; give it once")
      }
      name = parsed.positionals.first ?? "Your Name"
      path = parsed.options["-o"] ?? parsed.options["--output"] ?? defaultPath(for: name)
    } catch {
      printError("vita new: \(error.message)\n\(help.split(separator: "\n")[0])")
      return .usage
    }

    guard access(path, F_OK) != 0 else {
      printError("vita: \(path) exists already; choose another name with -o")
      return .cannotCreate
    }
    do throws(VitaError) {
      try Files.writeAtomically([(path: path, bytes: Array(starter(name: name).utf8))])
      printError("vita: wrote \(path); check it with 'vita validate \(path)'")
      return .success
    } catch {
      report(error)
      return ExitCode(error)
    }
  }

  /// "ada-lovelace.yaml" for "Ada Lovelace"; "profile.yaml" for a name without letters.
  static func defaultPath(for name: String) -> String {
    let words = name.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
    return words.isEmpty ? "profile.yaml" : words.joined(separator: "-") + ".yaml"
  }

  /// Where the schema is, for editors: the installed copy when Vita's folder is found.
  private static func schemaLocation() -> String {
    let relative = "Documentation/Schemas/profile.schema.json"
    guard let resources = try? Resources.locate() else { return relative }
    return resources.root + "/" + relative
  }

  /// The starter file: a person, a metric, a section entry and a paper, with comments.
  static func starter(name: String) -> String {
    let quotedName = "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    return """
      # yaml-language-server: $schema=\(schemaLocation())
      # A Vita profile. Documentation/Formats.md describes every key;
      # check the file with 'vita validate', typeset it with 'vita render'.

      person:
        name: \(quotedName)
        affiliations: [Your University]
        email: you@example.org
        # orcid: 0000-0002-1825-0097
        # homepage: https://example.org

      primary-category: LG

      metrics:
        - {label: h-index, value: 1}
        - {label: citations, value: 3}

      citations-per-year:
        2024: 1
        2025: 2

      # Take papers from a BibTeX file beside this one:
      # sources:
      #   - file: papers.bib

      education:
        - title: PhD in Computer Science
          organisation: Your University
          start: 2020
          end: present

      papers:
        - title: Your First Paper
          authors: [\(quotedName), A. Colleague]
          date: 2024-07-31
          venue: Proceedings of a Conference
          type: conference
          categories: [LG]
          citations: 3
          abstract: >-
            One or two sentences on what the paper found. Links such as
            https://example.org/code become clickable.

      """
  }
}
