import CCairo
import VitaLayout
import VitaModel
import VitaText

/// Draws frames with Cairo. The same walker serves PDF, PNG and SVG; only the surface
/// differs, and only PDF receives links, outline entries and text mapping.
struct FrameWalker {
  /// The drawing context.
  let context: OpaquePointer
  /// The PDF surface, when drawing a PDF: links and the outline need it.
  let pdf: OpaquePointer?
  /// The 1-based page being drawn, for outline entries.
  var pageNumber = 1
  /// Device pixels to a point on a raster surface, where hairlines are put on the pixel
  /// grid; `nil` on vector surfaces.
  var pixelsPerPoint: Double? = nil
  private var currentFont: OpaquePointer? = nil
  private var currentColor: RGBColor? = nil
  private var glyphBuffer: [cairo_glyph_t] = []
  private var clusterBuffer: [cairo_text_cluster_t] = []

  /// Creates a walker on a context; `pdf` is the surface when it is a PDF.
  init(context: OpaquePointer, pdf: OpaquePointer?) {
    self.context = context
    self.pdf = pdf
  }

  /// Draws a frame with its top-left corner at `offset`.
  mutating func draw(_ frame: Frame, at offset: Point = .zero) {
    for entry in frame.items {
      let position = entry.position + offset
      switch entry.item {
      case .text(let run): draw(run, at: position)
      case .rectangle(let shape): fill(shape, at: position)
      case .link(let link): mark(link, at: position)
      case .anchor(let anchor): addOutline(anchor, at: position)
      case .group(let group): draw(group.frame, at: position)
      }
    }
  }

  private mutating func setColor(_ color: RGBColor) {
    guard color != currentColor else { return }
    cairo_set_source_rgb(context, color.red, color.green, color.blue)
    currentColor = color
  }

  private mutating func draw(_ run: TextRun, at origin: Point) {
    guard let face = run.font as? PangoFace, !run.glyphs.isEmpty else { return }
    if face.scaledFont != currentFont {
      cairo_set_scaled_font(context, face.scaledFont)
      currentFont = face.scaledFont
    }
    setColor(run.color)
    // Text is handed to Cairo only where a glyph does not stand for exactly one ASCII
    // character (ligatures, accents, other scripts); elsewhere Cairo recovers the text
    // from the font's character map, and drawing costs a twentieth less. (Leaving out the
    // glyphs of spaces saves nothing: Cairo then writes a number for each gap.)
    let oneToOne = run.clusters.allSatisfy { $0.byteCount == 1 && $0.glyphCount == 1 }
    glyphBuffer.removeAll(keepingCapacity: true)
    for glyph in run.glyphs {
      glyphBuffer.append(
        cairo_glyph_t(index: UInt(glyph.id), x: origin.x + glyph.x, y: origin.y + glyph.y))
    }
    if pdf != nil, !run.clusters.isEmpty, !oneToOne {
      clusterBuffer.removeAll(keepingCapacity: true)
      for cluster in run.clusters {
        clusterBuffer.append(
          cairo_text_cluster_t(num_bytes: cluster.byteCount, num_glyphs: cluster.glyphCount))
      }
      run.text.withUnsafeBufferPointer { text in
        text.withMemoryRebound(to: CChar.self) { utf8 in
          cairo_show_text_glyphs(
            context, utf8.baseAddress, Int32(utf8.count), glyphBuffer, Int32(glyphBuffer.count),
            clusterBuffer, Int32(clusterBuffer.count), cairo_text_cluster_flags_t(0))
        }
      }
    } else {
      cairo_show_glyphs(context, glyphBuffer, Int32(glyphBuffer.count))
    }
    if run.underline {
      let thickness = max(0.4, (run.ascent + run.descent) * 0.05)
      cairo_rectangle(context, origin.x, origin.y + thickness * 2, run.width, thickness)
      cairo_fill(context)
    }
  }

  private mutating func fill(_ shape: FilledRectangle, at origin: Point) {
    setColor(shape.color)
    var (x, width) = (origin.x, shape.size.width)
    var (y, height) = (origin.y, shape.size.height)
    if let scale = pixelsPerPoint {
      (x, width) = Self.snapped(x, width, scale: scale)
      (y, height) = Self.snapped(y, height, scale: scale)
    }
    cairo_rectangle(context, x, y, width, height)
    cairo_fill(context)
  }

  /// A hairline's span moved onto whole device pixels: a rule or gridline thinner than two
  /// pixels covers whole pixels around its centre, at least one, rather than blurring
  /// across two. Wider spans are left where they are.
  static func snapped(_ start: Double, _ length: Double, scale: Double) -> (Double, Double) {
    let pixels = length * scale
    guard pixels > 0, pixels < 2 else { return (start, length) }
    let covered = max(1, pixels.rounded())
    let first = ((start * scale + pixels / 2) - covered / 2).rounded()
    return (first / scale, covered / scale)
  }

  private func mark(_ link: LinkArea, at origin: Point) {
    guard pdf != nil else { return }
    let attributes =
      "rect=[\(decimal(origin.x)) \(decimal(origin.y)) \(decimal(link.size.width)) "
      + "\(decimal(link.size.height))] uri='\(PDFText.percentEncoded(link.url))'"
    cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
    cairo_tag_end(context, CAIRO_TAG_LINK)
  }

  private func addOutline(_ anchor: OutlineAnchor, at origin: Point) {
    guard let pdf else { return }
    let target = "page=\(pageNumber) pos=[\(decimal(origin.x)) \(decimal(origin.y))]"
    cairo_pdf_surface_add_outline(
      pdf, 0, anchor.title, target, cairo_pdf_outline_flags_t(0))
  }

  /// A coordinate with three decimals at most, as Cairo's attribute parser reads it.
  private func decimal(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
