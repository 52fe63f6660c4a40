import CPango
import VitaLayout

/// The fast path of shaping, for the text CVs are mostly made of: Latin, Greek and
/// Cyrillic that the requested font covers entirely. Such text needs no itemisation and
/// no fallback, so it is shaped a word at a time with HarfBuzz, and each word's glyphs
/// are kept: a CV repeats its words, and a batch repeats them across CVs.
///
/// Words are separated at spaces, which are shaped alone; nothing a font does crosses a
/// space in these scripts, so the glyphs equal those of shaping the whole span.
struct WordShaper {
  /// A word in a font. Look-ups use a slice of the paragraph, so they allocate nothing;
  /// stored keys own a copy of their bytes.
  private struct Key: Hashable {
    var font: ObjectIdentifier
    var bytes: ArraySlice<UInt8>
  }

  /// The most words kept; past it the cache starts again, so memory stays bounded.
  static let capacity = 100_000

  private var cache: [Key: [ShapedGlyph]] = [:]
  private let buffer: OpaquePointer
  private let language: hb_language_t

  init() {
    buffer = hb_buffer_create()
    language = hb_language_from_string("en", -1)
  }

  /// Releases the HarfBuzz buffer.
  func destroy() {
    hb_buffer_destroy(buffer)
  }

  /// Whether every character of a span is one the fast path handles and the font has.
  static func covers(_ bytes: ArraySlice<UInt8>, face: PangoFace) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      var scalar = UInt32(lead)
      var length = 1
      if lead >= 0x80 {
        length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.endIndex else { return false }
        scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
      }
      guard scalar >= 0x20, scalar < PangoFace.coverageLimit, face.hasCharacter(scalar) else {
        return false
      }
      index += length
    }
    return true
  }

  /// The glyphs of a span, word by word, with clusters as offsets in the paragraph.
  mutating func shape(
    _ bytes: [UInt8], range: Range<Int>, face: PangoFace, into glyphs: inout [ShapedGlyph]
  ) {
    var start = range.lowerBound
    while start < range.upperBound {
      var end = start + 1
      if bytes[start] != 0x20 {
        while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
      }
      let word = glyphsOfWord(bytes[start..<end], face: face)
      for glyph in word {
        var placed = glyph
        placed.cluster += start
        glyphs.append(placed)
      }
      start = end
    }
  }

  private mutating func glyphsOfWord(_ word: ArraySlice<UInt8>, face: PangoFace)
    -> [ShapedGlyph]
  {
    if let cached = cache[Key(font: ObjectIdentifier(face), bytes: word)] { return cached }
    let owned = Array(word)
    let glyphs = harfBuzz(owned, face: face)
    if cache.count >= WordShaper.capacity { cache.removeAll(keepingCapacity: true) }
    cache[Key(font: ObjectIdentifier(face), bytes: owned[...])] = glyphs
    return glyphs
  }

  /// Shapes one word with the font's HarfBuzz font, whose scale is in Pango units.
  private func harfBuzz(_ word: [UInt8], face: PangoFace) -> [ShapedGlyph] {
    hb_buffer_clear_contents(buffer)
    word.withUnsafeBufferPointer { text in
      text.withMemoryRebound(to: CChar.self) { utf8 in
        hb_buffer_add_utf8(buffer, utf8.baseAddress, Int32(utf8.count), 0, Int32(utf8.count))
      }
    }
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
    hb_buffer_set_language(buffer, language)
    hb_buffer_guess_segment_properties(buffer)
    hb_shape(face.harfBuzzFont, buffer, nil, 0)
    var count: UInt32 = 0
    let infos = hb_buffer_get_glyph_infos(buffer, &count)!
    let positions = hb_buffer_get_glyph_positions(buffer, &count)!
    let scale = 1.0 / Double(PANGO_SCALE)
    return (0..<Int(count)).map { index in
      let position = positions[index]
      return ShapedGlyph(
        id: infos[index].codepoint, advance: Double(position.x_advance) * scale,
        xOffset: Double(position.x_offset) * scale, yOffset: -Double(position.y_offset) * scale,
        cluster: Int(infos[index].cluster))
    }
  }
}
