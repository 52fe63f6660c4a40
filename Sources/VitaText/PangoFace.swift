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
  }

  deinit {
    g_object_unref(font)
  }
}
