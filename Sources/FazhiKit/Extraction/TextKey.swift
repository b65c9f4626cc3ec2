/// Comparison keys for extraction: full-width forms made half-width, spaces, quotes and punctuation removed.
/// Works on Unicode scalars (Character comparison is far slower and nothing here needs grapheme clusters).
enum TextKey {
  static let dropped: Set<Unicode.Scalar> = Set(
    " \t\u{3000}\u{00A0}“”\"'‘’「」《》〈〉<>，,、。.；;：:！!？?（）()—-·".unicodeScalars)

  static func key(_ text: some StringProtocol) -> String {
    // Works on the UTF-8 bytes: a key is made for every figure and every heading, and decoding scalars through
    // the string views cost more than the rest of the work.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    func append(_ utf8: UnsafeBufferPointer<UInt8>) {
      var i = 0
      while i < utf8.count {
        let lead = utf8[i]
        if lead < 0x80 {
          if !isDropped(UInt32(lead)) { out.append(lead) }
          i += 1
          continue
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var v = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for k in 1..<length { v = v << 6 | UInt32(utf8[i + k] & 0x3F) }
        if v >= 0xFF01 && v <= 0xFF5E {
          // Full-width ASCII: its half-width form.
          let ascii = v - 0xFEE0
          if !isDropped(ascii) { out.append(UInt8(ascii)) }
        } else if !isDropped(v) {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<(i + length)]))
        }
        i += length
      }
    }
    if text.utf8.withContiguousStorageIfAvailable(append) == nil {
      var copy = String(text)
      copy.withUTF8(append)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Membership in `dropped`, by value.
  @inline(__always) static func isDropped(_ v: UInt32) -> Bool {
    switch v {
    case 0x20, 0x09, 0x3000, 0xA0, 0x201C, 0x201D, 0x22, 0x27, 0x2018, 0x2019, 0x300C, 0x300D, 0x300A, 0x300B,
      0x3008, 0x3009, 0x3C, 0x3E, 0xFF0C, 0x2C, 0x3001, 0x3002, 0x2E, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0xFF01, 0x21,
      0xFF1F, 0x3F, 0xFF08, 0xFF09, 0x28, 0x29, 0x2014, 0x2D, 0xB7:
      return true
    default:
      return false
    }
  }
}
