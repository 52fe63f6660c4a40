/// Why a render could not produce its output.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Cairo reported a failure; the text is Cairo's own.
  case cairo(String)
  /// A PNG page would be wider or taller than an image can be.
  case imageTooLarge(width: Int, height: Int)
  /// libpng could not be set up.
  case pngUnavailable

  public var description: String {
    switch self {
    case .cairo(let message):
      "drawing failed: \(message)"
    case .imageTooLarge(let width, let height):
      "a page of \(width) × \(height) pixels is larger than an image can be "
        + "(32,767 pixels a side); lower --dpi"
    case .pngUnavailable:
      "libpng could not start writing the image"
    }
  }
}
