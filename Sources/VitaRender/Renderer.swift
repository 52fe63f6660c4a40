import CCairo
import VitaLayout
import VitaModel

/// The formats Vita draws to.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
  /// One PDF file holding every page.
  case pdf
  /// One PNG image per page.
  case png
  /// One SVG file per page.
  case svg

  /// The file name extension, without the dot.
  public var fileExtension: String { rawValue }
}

/// What a PDF records about itself besides its pages.
public struct PDFInfo: Hashable, Sendable {
  /// Title, author, subject and keywords.
  public var metadata: DocumentMetadata
  /// The program that made the file, with its version.
  public var creator: String
  /// The creation date in ISO 8601 form, whole seconds, such as "2026-01-01T00:00:00Z".
  public var creationDate: String

  /// Creates PDF information.
  public init(metadata: DocumentMetadata, creator: String, creationDate: String) {
    self.metadata = metadata
    self.creator = creator
    self.creationDate = creationDate
  }
}

/// Turns pages of frames into file contents. Everything is built in memory; writing it to
/// disk, atomically, is the caller's business.
public enum Renderer {
  /// A PDF of all pages, with links, an outline and metadata.
  public static func pdf(_ pages: [Frame], info: PDFInfo) throws(RenderError) -> [UInt8] {
    let writer = PDFWriter(info: info, firstPage: pages.first?.size)
    writer.draw(pages)
    return try writer.finish()
  }

  static func setMetadata(_ surface: OpaquePointer, _ info: PDFInfo) {
    let fields: [(cairo_pdf_metadata_t, String)] = [
      (CAIRO_PDF_METADATA_TITLE, info.metadata.title),
      (CAIRO_PDF_METADATA_AUTHOR, info.metadata.author),
      (CAIRO_PDF_METADATA_SUBJECT, info.metadata.subject),
      (CAIRO_PDF_METADATA_KEYWORDS, info.metadata.keywords.joined(separator: ", ")),
      (CAIRO_PDF_METADATA_CREATOR, info.creator),
      (CAIRO_PDF_METADATA_CREATE_DATE, info.creationDate),
      (CAIRO_PDF_METADATA_MOD_DATE, info.creationDate),
    ]
    for (field, value) in fields where !value.isEmpty {
      cairo_pdf_surface_set_metadata(surface, field, value)
    }
  }

  /// An SVG of one page.
  public static func svg(_ page: Frame) throws(RenderError) -> [UInt8] {
    let sink = ByteSink()
    let surface = cairo_svg_surface_create_for_stream(
      ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), page.size.width,
      page.size.height)!
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
    let context = cairo_create(surface)!
    var walker = FrameWalker(context: context, pdf: nil)
    walker.draw(page)
    let contextStatus = Result { () throws(RenderError) in try Cairo.check(context: context) }
    cairo_destroy(context)
    cairo_surface_finish(surface)
    let surfaceStatus = Result { () throws(RenderError) in try Cairo.check(surface: surface) }
    cairo_surface_destroy(surface)
    try contextStatus.get()
    try surfaceStatus.get()
    return withExtendedLifetime(sink) { sink.bytes }
  }

  /// A PNG of one page at a resolution, on white.
  public static func png(_ page: Frame, dpi: Double) throws(RenderError) -> [UInt8] {
    let scale = dpi / 72
    let width = Int((page.size.width * scale).rounded(.up))
    let height = Int((page.size.height * scale).rounded(.up))
    guard width > 0, height > 0, width <= 32767, height <= 32767 else {
      throw .imageTooLarge(width: width, height: height)
    }
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
    defer { cairo_surface_destroy(surface) }
    let context = cairo_create(surface)!
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    var walker = FrameWalker(context: context, pdf: nil)
    walker.pixelsPerPoint = scale
    walker.draw(page)
    let contextStatus = Result { () throws(RenderError) in try Cairo.check(context: context) }
    cairo_destroy(context)
    try contextStatus.get()
    cairo_surface_flush(surface)
    try Cairo.check(surface: surface)
    return try PNGWriter.encode(surface: surface, dpi: dpi)
  }
}
