extension LaTeXText {
  /// The combining marks of the accents written as a backslash and a symbol: `\'`, `\"`.
  static let symbolAccents: [Unicode.Scalar: Unicode.Scalar] = [
    "`": "\u{300}", "'": "\u{301}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}",
    ".": "\u{307}", "\"": "\u{308}",
  ]

  /// The combining marks of the accents written as a backslash and a letter: `\c`, `\v`.
  static let letterAccents: [String: Unicode.Scalar] = [
    "u": "\u{306}", "r": "\u{30A}", "H": "\u{30B}", "v": "\u{30C}", "d": "\u{323}",
    "c": "\u{327}", "k": "\u{328}", "b": "\u{331}",
  ]

  /// The accent on its own, for `\'{}`.
  static let spacingAccents: [Unicode.Scalar: Unicode.Scalar] = [
    "\u{300}": "`", "\u{301}": "\u{B4}", "\u{302}": "^", "\u{303}": "~", "\u{304}": "\u{AF}",
    "\u{308}": "\u{A8}", "\u{327}": "\u{B8}",
  ]

  /// Letters written as commands: `\ss`, `\o`, `\aa`, the dotless `\i`.
  static let letters: [String: Unicode.Scalar] = [
    "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø",
    "l": "ł", "L": "Ł", "ss": "ß", "SS": "ẞ", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
    "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
  ]

  /// Symbols and names written as commands.
  static let symbols: [String: String] = [
    "copyright": "©", "textcopyright": "©", "textregistered": "®", "texttrademark": "™",
    "ldots": "…", "dots": "…", "textellipsis": "…", "textendash": "–", "textemdash": "—",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
    "textquotedblright": "”", "guillemotleft": "«", "guillemotright": "»", "S": "§", "P": "¶",
    "pounds": "£", "euro": "€", "texteuro": "€", "textdegree": "°", "textasciitilde": "~",
    "textbackslash": "\\", "textbar": "|", "textunderscore": "_", "textbullet": "•",
    "dag": "†", "ddag": "‡", "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX",
    "LaTeXe": "LaTeX2ε", "quad": " ", "qquad": " ", "times": "×", "pm": "±", "cdot": "·",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
    "sim": "∼", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←", "circ": "∘",
    "prime": "′", "ell": "ℓ", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏",
    "in": "∈", "mathbb": "", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
    "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι",
    "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ",
    "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ",
    "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
  ]

  /// Commands that only style their argument, which stays as text.
  static let textCommands: Set<String> = [
    "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textup", "textsl",
    "textmd", "textnormal", "text", "mbox", "hbox", "mathrm", "mathit", "mathbf", "mathsf",
    "mathtt", "mathcal", "ensuremath", "it", "bf", "em", "sc", "rm", "tt", "sf", "sl",
    "relax", "protect", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase",
    "textsuperscript", "textsubscript", "boldsymbol", "bm", "small", "footnotesize", "large",
  ]

  /// Commands whose argument is not text for a reader: sort keys and labels.
  static let droppedWithArgument: Set<String> = ["noopsort", "index", "label", "SortNoop"]

  /// The precomposed letters of each accent, as pairs of a base letter and its accented form.
  private static let compositions: [Unicode.Scalar: String] = [
    "\u{300}": "aàeèiìnǹoòuùwẁyỳAÀEÈIÌNǸOÒUÙWẀYỲ",
    "\u{301}": "aácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzźAÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹ",
    "\u{302}": "aâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑAÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐ",
    "\u{303}": "aãeẽiĩnñoõuũvṽyỹAÃEẼIĨNÑOÕUŨVṼYỸ",
    "\u{304}": "aāeēgḡiīoōuūyȳAĀEĒGḠIĪOŌUŪYȲ",
    "\u{306}": "aăeĕgğiĭoŏuŭAĂEĔGĞIĬOŎUŬ",
    "\u{307}": "aȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzżAȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻ",
    "\u{308}": "aäeëhḧiïoötẗuüwẅxẍyÿAÄEËHḦIÏOÖUÜWẄXẌYŸ",
    "\u{30A}": "aåuůwẘyẙAÅUŮ",
    "\u{30B}": "oőuűOŐUŰ",
    "\u{30C}": "aǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzžAǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽ",
    "\u{323}": "aạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓAẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒ",
    "\u{327}": "cçdḑeȩgģhḩkķlļnņrŗsştţCÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢ",
    "\u{328}": "aąeęiįoǫuųAĄEĘIĮOǪUŲ",
    "\u{331}": "bḇdḏhẖkḵlḻnṉrṟtṯzẕBḆDḎKḴLḺNṈRṞTṮZẔ",
  ]

  /// The same table as pairs, looked up in constant time.
  private static let composed: [Unicode.Scalar: [Unicode.Scalar: Unicode.Scalar]] =
    compositions.mapValues { pairs in
      let scalars = Array(pairs.unicodeScalars)
      var table: [Unicode.Scalar: Unicode.Scalar] = [:]
      for start in stride(from: 0, to: scalars.count - 1, by: 2) {
        table[scalars[start]] = scalars[start + 1]
      }
      return table
    }

  /// A letter with an accent: the precomposed character when Unicode has one, else the
  /// letter followed by the combining mark.
  static func compose(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> String {
    if let letter = composed[mark]?[base] { return String(Character(letter)) }
    var text = String.UnicodeScalarView([base])
    text.append(mark)
    return String(text)
  }
}
