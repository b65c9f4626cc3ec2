/// Comparison keys for extraction: full-width forms made half-width, spaces, quotes and punctuation removed.
/// Works on Unicode scalars (Character comparison is far slower and nothing here needs grapheme clusters).
enum TextKey {
  static let dropped: Set<Unicode.Scalar> = Set(
    " \t\u{3000}\u{00A0}“”\"'‘’「」《》〈〉<>，,、。.；;：:！!？?（）()—-·".unicodeScalars)

  static func key(_ text: some StringProtocol) -> String {
    // Built as UTF-8 bytes with a switch instead of a hashed set: keys are made for every figure.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      var v = scalar.value
      if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
      if isDropped(v) { continue }
      UTF8.encode(Unicode.Scalar(v)!) { out.append($0) }
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
