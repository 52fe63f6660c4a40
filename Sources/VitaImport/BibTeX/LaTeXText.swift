/// Turns the LaTeX in BibTeX values into plain Unicode text.
///
/// Accents (`{\"o}`, `\"{o}`, `{\c{c}}`, `\~n`) become precomposed letters; letters and
/// symbols written as commands (`\ss`, `\o`, `{\aa}`, `\&`, `\%`) become their characters;
/// `--` and `---` become en and em dashes, `~` a no-break space, ` `` ` and `''` curly quotes;
/// protective braces disappear; `\emph{…}`, `\textit{…}` and their kind leave their text and
/// `\url{…}` its address, untouched. A command Vita does not know stays as written, so that
/// nothing is lost. Runs of white space become one space, and the ends are trimmed.
///
/// The conversion is one pass over the text with no recursion, whatever the nesting.
enum LaTeXText {
  /// The plain text of a LaTeX value.
  /// - Complexity: O(*n*) in the length of the text.
  static func plain(_ source: String) -> String {
    var converter = Converter(source)
    converter.run()
    return String(converter.output)
  }

  /// An identifier or address as written, with LaTeX's escapes undone: braces, white space
  /// and `\url` removed, `\_` read as `_`. Dashes and tildes stay as they are.
  static func verbatim(_ source: String) -> String {
    var output = String.UnicodeScalarView()
    let scalars = Array(source.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "{", "}", " ", "\t", "\n", "\r":
        continue
      case "\\":
        var end = index
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        let name = String(String.UnicodeScalarView(scalars[index..<end]))
        if name == "url" || name == "href" {
          index = end
        } else if end == index, index < scalars.count {
          output.append(scalars[index])
          index += 1
        } else {
          output.append(scalar)
        }
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }
}

extension LaTeXText {
  /// The state of one conversion.
  struct Converter {
    private let input: [Unicode.Scalar]
    private var index = 0
    /// The text so far.
    private(set) var output = String.UnicodeScalarView()
    /// Whether white space was seen since the last character written.
    private var pendingSpace = false
    /// Whether the text is inside `$…$`, where `^` and `_` only place what follows.
    private var inMath = false

    init(_ source: String) {
      input = Array(source.unicodeScalars)
    }

    mutating func run() {
      while index < input.count {
        let scalar = input[index]
        index += 1
        switch scalar {
        case "{", "}":
          continue
        case " ", "\t", "\n", "\r", "\u{0C}":
          pendingSpace = true
        case "\\":
          readCommand()
        case "~":
          write("\u{00A0}")
        case "-":
          writeDashes()
        case "`" where peek("`"), "'" where peek("'"):
          index += 1
          write(scalar == "`" ? "\u{201C}" : "\u{201D}")
        case "$":
          inMath.toggle()
        case "^" where inMath, "_" where inMath:
          continue
        default:
          if scalar.value < 0x20 || scalar.value == 0x7F { continue }
          write(scalar)
        }
      }
    }

    // MARK: Writing

    /// Writes a character, with the space that white space before it left pending.
    private mutating func write(_ scalar: Unicode.Scalar) {
      if pendingSpace, !output.isEmpty { output.append(" ") }
      pendingSpace = false
      output.append(scalar)
    }

    private mutating func write(_ text: String) {
      for scalar in text.unicodeScalars { write(scalar) }
    }

    /// Writes `-`, `–` or `—` for a run of one, two or three hyphens.
    private mutating func writeDashes() {
      var count = 1
      while index < input.count, input[index] == "-", count < 3 {
        count += 1
        index += 1
      }
      write(count == 3 ? "\u{2014}" : count == 2 ? "\u{2013}" : "-")
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool {
      index < input.count && input[index] == scalar
    }

    // MARK: Commands

    /// Reads the command after a backslash and writes what it stands for.
    private mutating func readCommand() {
      guard index < input.count else { return }
      let first = input[index]
      guard Self.isLetter(first) else {
        index += 1
        readControlSymbol(first)
        return
      }

      let nameStart = index
      while index < input.count, Self.isLetter(input[index]) { index += 1 }
      let name = String(String.UnicodeScalarView(input[nameStart..<index]))
      let afterName = index
      // TeX drops the blanks after a command that is a word.
      while index < input.count, input[index] == " " || input[index] == "\n" { index += 1 }

      if let mark = LaTeXText.letterAccents[name] {
        writeAccented(mark)
      } else if let letter = LaTeXText.letters[name] {
        write(letter)
      } else if let symbol = LaTeXText.symbols[name] {
        write(symbol)
      } else if name == "url" {
        writeGroupVerbatim()
      } else if name == "href" {
        skipGroup()
      } else if LaTeXText.droppedWithArgument.contains(name) {
        skipGroup()
      } else if LaTeXText.textCommands.contains(name) || name == "t" {
        return
      } else {
        // An unknown command stays as written, with its argument and the blanks after it.
        index = afterName
        write("\\")
        write(name)
        if let range = groupRange() {
          write("{")
          for scalar in input[range] { write(scalar) }
          write("}")
          index = range.upperBound + 1
        }
      }
    }

    /// Writes what a backslash and one non-letter stand for: `\&`, `\'`, `\\`, `\-`.
    private mutating func readControlSymbol(_ symbol: Unicode.Scalar) {
      if let mark = LaTeXText.symbolAccents[symbol] {
        writeAccented(mark)
        return
      }
      switch symbol {
      case "\\", " ", ",", ";", ":":
        pendingSpace = true
      case "-", "/", "@", "!":
        break
      default:
        write(symbol)
      }
    }

    /// Writes the letter after an accent command with the accent on it.
    ///
    /// The letter is a character (`\"o`), a group holding one (`\"{o}`, `\^{\i}`), or, for
    /// anything else, the next character written, with the mark after it.
    private mutating func writeAccented(_ mark: Unicode.Scalar) {
      while index < input.count, input[index] == " " { index += 1 }
      guard let base = readAccentBase() else {
        // `\'{}` stands for the accent alone.
        if index + 1 < input.count, input[index] == "{", input[index + 1] == "}" {
          index += 2
          write(LaTeXText.spacingAccents[mark] ?? mark)
        }
        return
      }
      write(LaTeXText.compose(base, mark))
    }

    /// The letter an accent applies to, read past; `nil` when the text there is not one.
    private mutating func readAccentBase() -> Unicode.Scalar? {
      var position = index
      let grouped = position < input.count && input[position] == "{"
      if grouped { position += 1 }
      guard position < input.count else { return nil }

      var base: Unicode.Scalar
      if input[position] == "\\", position + 1 < input.count,
        input[position + 1] == "i" || input[position + 1] == "j",
        position + 2 == input.count || !Self.isLetter(input[position + 2])
      {
        base = input[position + 1]
        position += 2
      } else if input[position] != "\\", input[position] != "{", input[position] != "}",
        input[position] != " "
      {
        base = input[position]
        position += 1
      } else {
        return nil
      }
      if grouped {
        while position < input.count, input[position] == " " { position += 1 }
        guard position < input.count, input[position] == "}" else { return nil }
        position += 1
      }
      if base == "ı" { base = "i" }
      index = position
      return base
    }

    /// Writes the text of a `{…}` group as it is, for `\url`.
    private mutating func writeGroupVerbatim() {
      guard let range = groupRange() else { return }
      for scalar in input[range] where !scalar.properties.isWhitespace { write(scalar) }
      index = range.upperBound + 1
    }

    /// Skips a `{…}` group, for the address of `\href` and commands whose argument is no text.
    private mutating func skipGroup() {
      guard let range = groupRange() else { return }
      index = range.upperBound + 1
    }

    /// The inside of the balanced group that starts at the index, or `nil`.
    private func groupRange() -> Range<Int>? {
      guard index < input.count, input[index] == "{" else { return nil }
      var depth = 0
      var position = index
      while position < input.count {
        if input[position] == "{" { depth += 1 }
        if input[position] == "}" {
          depth -= 1
          if depth == 0 { return (index + 1)..<position }
        }
        position += 1
      }
      return nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }
  }
}
