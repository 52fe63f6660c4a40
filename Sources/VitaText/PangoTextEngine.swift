import CPango
import Synchronization
import VitaLayout

/// The Pango implementation of `TextShaper`: itemises each span (choosing a font, with
/// fallback, for every character) and shapes each item with HarfBuzz, once. Line
/// breaking is Vita's own, so no `PangoLayout` is made.
///
/// One engine serves one thread at a time; the lock makes sharing safe, and a batch that
/// wants parallel shaping gives each worker an engine of its own.
public final class PangoTextEngine: TextShaper, @unchecked Sendable {
  /// The font configuration; kept alive as long as the font map uses it.
  public let fonts: FontConfiguration
  private let fontMap: UnsafeMutablePointer<PangoFontMap>
  private let context: OpaquePointer
  private let state = Mutex(State())

  /// Caches that let repeated requests skip Pango's look-ups.
  private struct State {
    var descriptions: [FontRequest: OpaquePointer] = [:]
    var faces: [UnsafeMutableRawPointer: PangoFace] = [:]
    var primaryFaces: [FontRequest: PangoFace] = [:]
    var words = WordShaper()
  }

  /// Creates an engine that sees only the fonts of a configuration, at 72 units an inch,
  /// without hinting and without rounding, so that positions are the same in every output.
  public init(fonts: FontConfiguration) {
    self.fonts = fonts
    fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
    pango_fc_font_map_set_config(OpaquePointer(fontMap), fonts.config)
    context = pango_font_map_create_context(fontMap)!
    pango_cairo_context_set_resolution(context, 72)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
    pango_context_set_language(context, pango_language_from_string("en"))
    pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
  }

  deinit {
    state.withLock { state in
      for description in state.descriptions.values { pango_font_description_free(description) }
      state.faces.removeAll()
      state.primaryFaces.removeAll()
      state.words.destroy()
    }
    g_object_unref(UnsafeMutableRawPointer(context))
    g_object_unref(fontMap)
  }

  public func shape(_ text: StyledText) -> ShapedText {
    // Control characters would confuse itemisation; they become spaces, byte for byte.
    let bytes = text.bytes.map { $0 < 0x20 && $0 != 0x09 ? 0x20 : $0 }
    return state.withLock { state in
      var runs: [GlyphRun] = []
      bytes.withUnsafeBufferPointer { buffer in
        let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
        for (index, span) in text.spans.enumerated() {
          if let face = primaryFace(span.style.font, &state),
            WordShaper.covers(bytes[span.range], face: face)
          {
            var glyphs: [ShapedGlyph] = []
            glyphs.reserveCapacity(span.range.count)
            state.words.shape(bytes, range: span.range, face: face, into: &glyphs)
            runs.append(GlyphRun(font: face, spanIndex: index, range: span.range, glyphs: glyphs))
            continue
          }
          pango_context_set_font_description(context, description(span.style.font, &state))
          shapeSpan(
            span.range, spanIndex: index, text: base, length: bytes.count, into: &runs,
            state: &state)
        }
      }
      return ShapedText(source: text, runs: runs)
    }
  }

  /// Itemises one span and shapes each item into a glyph run.
  private func shapeSpan(
    _ range: Range<Int>, spanIndex: Int, text: UnsafePointer<CChar>, length: Int,
    into runs: inout [GlyphRun], state: inout State
  ) {
    var list = pango_itemize(
      context, text, Int32(range.lowerBound), Int32(range.count), nil, nil)
    defer { g_list_free(list) }
    let glyphs = pango_glyph_string_new()!
    defer { pango_glyph_string_free(glyphs) }
    while let node = list {
      list = node.pointee.next
      let item = node.pointee.data.assumingMemoryBound(to: PangoItem.self)
      defer { pango_item_free(item) }
      let offset = Int(item.pointee.offset)
      let count = Int(item.pointee.length)
      pango_shape_with_flags(
        text + offset, Int32(count), text, Int32(length), &item.pointee.analysis, glyphs,
        PANGO_SHAPE_NONE)
      guard let font = item.pointee.analysis.font, let face = face(font, &state) else { continue }
      runs.append(
        GlyphRun(
          font: face, spanIndex: spanIndex, range: offset..<(offset + count),
          glyphs: read(glyphs, offset: offset)))
    }
  }

  /// Pango's glyphs in points, with clusters as offsets into the paragraph.
  private func read(_ string: UnsafeMutablePointer<PangoGlyphString>, offset: Int)
    -> [ShapedGlyph]
  {
    let count = Int(string.pointee.num_glyphs)
    let infos = string.pointee.glyphs!
    let clusters = string.pointee.log_clusters!
    let scale = 1.0 / Double(PANGO_SCALE)
    var glyphs: [ShapedGlyph] = []
    glyphs.reserveCapacity(count)
    for index in 0..<count {
      let info = infos[index]
      var id = info.glyph
      if id == PANGO_GLYPH_EMPTY {
        id = ShapedGlyph.invisible
      } else if id & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
        id = 0  // .notdef: a box, as honest as a missing character can be drawn
      }
      glyphs.append(
        ShapedGlyph(
          id: id, advance: Double(info.geometry.width) * scale,
          xOffset: Double(info.geometry.x_offset) * scale,
          yOffset: Double(info.geometry.y_offset) * scale,
          cluster: offset + Int(clusters[index])))
    }
    return glyphs
  }

  private func description(_ request: FontRequest, _ state: inout State) -> OpaquePointer {
    if let cached = state.descriptions[request] { return cached }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, request.family)
    pango_font_description_set_size(
      description, Int32((request.size * Double(PANGO_SCALE)).rounded()))
    pango_font_description_set_weight(
      description, request.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(
      description, request.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    state.descriptions[request] = description
    return description
  }

  /// The font Pango picks first for a request: the one the fast path shapes with.
  private func primaryFace(_ request: FontRequest, _ state: inout State) -> PangoFace? {
    if let cached = state.primaryFaces[request] { return cached }
    guard let font = pango_font_map_load_font(fontMap, context, description(request, &state))
    else { return nil }
    defer { g_object_unref(font) }
    let face = face(font, &state)
    state.primaryFaces[request] = face
    return face
  }

  private func face(_ font: UnsafeMutablePointer<PangoFont>, _ state: inout State) -> PangoFace? {
    let key = UnsafeMutableRawPointer(font)
    if let cached = state.faces[key] { return cached }
    let face = PangoFace(font)
    state.faces[key] = face
    return face
  }
}
