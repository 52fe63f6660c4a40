import CPango
import VitaLayout

/// A font that Pango chose, with the Cairo scaled font that draws it.
///
/// Holds a reference on the Pango font, so the scaled font lives as long as this object.
public final class PangoFace: FontFace, @unchecked Sendable {
  /// The Pango font; one reference is owned.
  let font: UnsafeMutablePointer<PangoFont>
  /// The Cairo scaled font for the font at its size, owned by the Pango font.
  public let scaledFont: OpaquePointer
  public let ascent: Double
  public let descent: Double
  /// HarfBuzz's view of the font, owned by the Pango font, scaled in Pango units.
  let harfBuzzFont: OpaquePointer
  /// Which characters below `coverageLimit` the font has: 0 not asked yet, 1 yes, 2 no.
  private var coverage: [UInt8]

  /// Characters from here on always take Pango's full path.
  static let coverageLimit: UInt32 = 0x2400

  /// Wraps a Pango font from a glyph item, taking a reference on it.
  init?(_ font: UnsafeMutablePointer<PangoFont>) {
    guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return nil }
    g_object_ref(font)
    self.font = font
    scaledFont = scaled
    var extents = cairo_font_extents_t()
    cairo_scaled_font_extents(scaled, &extents)
    ascent = extents.ascent
    descent = extents.descent
    harfBuzzFont = pango_font_get_hb_font(font)
    coverage = [UInt8](repeating: 0, count: Int(PangoFace.coverageLimit))
  }

  /// Whether the font has a glyph for a character below `coverageLimit`. Called only with
  /// the engine's lock held, which guards the coverage table.
  func hasCharacter(_ scalar: UInt32) -> Bool {
    let index = Int(scalar)
    if coverage[index] == 0 {
      coverage[index] = pango_font_has_char(font, scalar) != 0 ? 1 : 2
    }
    return coverage[index] == 1
  }

  deinit {
    g_object_unref(font)
  }
}
