/// Comparison keys for extraction: full-width forms made half-width, spaces, quotes and punctuation removed.
/// Works on Unicode scalars (Character comparison is far slower and nothing here needs grapheme clusters).
enum TextKey {
  static let dropped: Set<Unicode.Scalar> = Set(
    " \t\u{3000}\u{00A0}“”\"'‘’「」《》〈〉<>，,、。.；;：:！!？?（）()—-·".unicodeScalars)

  static func key(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      var s = scalar
      if s.value >= 0xFF01 && s.value <= 0xFF5E, let half = Unicode.Scalar(s.value - 0xFEE0) { s = half }
      if dropped.contains(s) { continue }
      out.append(s)
    }
    return String(out)
  }

  static func halfWidth(_ c: Character) -> Character {
    guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return c }
    if s.value >= 0xFF01 && s.value <= 0xFF5E, let half = Unicode.Scalar(s.value - 0xFEE0) { return Character(half) }
    if s.value == 0x3000 { return " " }
    return c
  }
}
