import CCairo

/// Where Cairo's status is checked: every surface and context passes through here once,
/// at the end of its use, since Cairo's errors are sticky.
enum Cairo {
  /// Throws when a surface has failed.
  static func check(surface: OpaquePointer) throws(RenderError) {
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }

  /// Throws when a drawing context has failed.
  static func check(context: OpaquePointer) throws(RenderError) {
    let status = cairo_status(context)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}

/// Bytes that a Cairo stream surface writes, collected in memory so that the caller can
/// put them in place in one atomic step.
final class ByteSink {
  /// What has been written.
  var bytes: [UInt8] = []

  /// The C callback for `cairo_*_surface_create_for_stream`; the closure is a `ByteSink`.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}
