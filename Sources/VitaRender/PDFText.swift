/// Text as Cairo's PDF writer needs it.
enum PDFText {
  /// A URI with every byte that is not an unreserved or reserved URI character
  /// percent-encoded: Cairo writes URIs raw, and a quote or space would break the file.
  static func percentEncoded(_ uri: String) -> String {
    let allowed = Set(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%"
        .utf8)
    var result = ""
    for byte in uri.utf8 {
      if allowed.contains(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = Array("0123456789ABCDEF".utf8)
        result += "%"
        result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
        result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
      }
    }
    return result
  }
}
