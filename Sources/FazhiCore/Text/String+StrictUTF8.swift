import Foundation

extension String {
  /// Strict UTF-8 decoding (nil on any invalid sequence).
  package init?(validatingUTF8Data data: Data) {
    // Decoding repairs every invalid sequence with U+FFFD, so the input was valid exactly when the text's UTF-8
    // is the input.
    let text: String? = data.withUnsafeBytes { bytes in
      var text = String(decoding: bytes, as: UTF8.self)
      // The base addresses are unwrapped only for non-empty buffers of equal length, which have one.
      let same = text.withUTF8 { utf8 in
        utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
      }
      return same ? text : nil
    }
    guard let text else { return nil }
    self = text
  }
}
