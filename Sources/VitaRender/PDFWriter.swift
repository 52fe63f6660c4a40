import CCairo
import VitaLayout
import VitaModel

/// A PDF being drawn: pages go in with `draw`, and `finish` embeds the font subsets,
/// compresses and returns the file. The two steps are apart so that their costs can be
/// measured apart.
public final class PDFWriter {
  private let sink = ByteSink()
  private let surface: OpaquePointer
  private let context: OpaquePointer
  private var walker: FrameWalker
  private var size: Size
  private var pagesDrawn = 0
  private var finished = false

  /// Starts a PDF whose first page has the given size (A4 when `nil`).
  public init(info: PDFInfo, firstPage: Size?) {
    size = firstPage ?? Size(width: PaperSize.a4.width, height: PaperSize.a4.height)
    surface = cairo_pdf_surface_create_for_stream(
      ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
    Renderer.setMetadata(surface, info)
    context = cairo_create(surface)!
    walker = FrameWalker(context: context, pdf: surface)
    // Cairo 1.16 writes a dangling reference for link annotations unless a structure
    // tree exists; one Document element around everything makes it, and tags the file.
    cairo_tag_begin(context, "Document", "")
  }

  deinit {
    if !finished {
      cairo_destroy(context)
      cairo_surface_destroy(surface)
    }
  }

  /// Draws pages after those already drawn.
  public func draw(_ pages: [Frame]) {
    for page in pages {
      // Setting the size drops the structure tree in Cairo 1.16: only do it on a change.
      if page.size != size {
        cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
        size = page.size
      }
      pagesDrawn += 1
      walker.pageNumber = pagesDrawn
      walker.draw(page)
      cairo_show_page(context)
    }
  }

  /// Ends the document and returns the file's bytes; the writer cannot be used after.
  public func finish() throws(RenderError) -> [UInt8] {
    precondition(!finished, "a PDF is finished once")
    finished = true
    cairo_tag_end(context, "Document")
    let contextStatus = Result { () throws(RenderError) in try Cairo.check(context: context) }
    cairo_destroy(context)
    cairo_surface_finish(surface)
    let surfaceStatus = Result { () throws(RenderError) in try Cairo.check(surface: surface) }
    cairo_surface_destroy(surface)
    try contextStatus.get()
    try surfaceStatus.get()
    return sink.bytes
  }
}
