/// Comparison keys for extraction: full-width forms made half-width, spaces, quotes and punctuation removed.
/// Works on Unicode scalars (Character comparison is far slower and nothing here needs grapheme clusters).
enum TextKey {
  static let dropped: Set<Unicode.Scalar> = Set(
    " \t\u{3000}\u{00A0}“”\"'‘’「」《》〈〉<>，,、。.；;：:！!？?（）()—-·".unicodeScalars)

  static func key(_ text: some StringProtocol) -> String {
    // Built from the UTF-8 bytes into the new string's own storage: a key is made for every figure and every
    // heading.
    func key(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
      String(unsafeUninitializedCapacity: utf8.count) { out in
        var count = 0
        var i = 0
        while i < utf8.count {
          let lead = utf8[i]
          if lead < 0x80 {
            if !isDropped(UInt32(lead)) {
              out[count] = lead
              count += 1
            }
            i += 1
            continue
          }
          if lead >= 0xE4 && lead <= 0xE9 {
            // U+4000–U+9FFF, most of the text: ideographs, never dropped.
            out[count] = lead
            out[count + 1] = utf8[i + 1]
            out[count + 2] = utf8[i + 2]
            count += 3
            i += 3
            continue
          }
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var v = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
          for k in 1..<length { v = v << 6 | UInt32(utf8[i + k] & 0x3F) }
          if v >= 0xFF01 && v <= 0xFF5E {
            // Full-width ASCII: its half-width form.
            let ascii = v - 0xFEE0
            if !isDropped(ascii) {
              out[count] = UInt8(ascii)
              count += 1
            }
          } else if !isDropped(v) {
            for k in 0..<length { out[count + k] = utf8[i + k] }
            count += length
          }
          i += length
        }
        return count
      }
    }
    if let made = text.utf8.withContiguousStorageIfAvailable(key) { return made }
    var copy = String(text)
    return copy.withUTF8(key)
  }

  /// Membership in `dropped`, by value.
  @inline(__always) static func isDropped(_ v: UInt32) -> Bool {
    // ASCII by bitmap (tab, space, ! " ' ( ) , - . : ; < > ?); ideographs and most of the BMP are never dropped.
    if v < 0x80 { return v < 64 && (0xDC00_7387_0000_0200 as UInt64) >> v & 1 != 0 }
    if v >= 0x3400 && v < 0xFF01 { return false }
    switch v {
    case 0xA0, 0xB7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x3000, 0x3001, 0x3002, 0x3008...0x300D, 0xFF01,
      0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F:
      return true
    default:
      return false
    }
  }
}
