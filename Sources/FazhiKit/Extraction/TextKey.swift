/// Comparison keys for extraction: full-width forms made half-width, spaces, quotes and punctuation removed.
enum TextKey {
  static let dropped: Set<Character> = [
    " ", "\t", "\u{3000}", "\u{00A0}", "“", "”", "\"", "'", "‘", "’", "「", "」", "《", "》", "〈", "〉", "<", ">", "，",
    ",", "、", "。", ".", "；", ";", "：", ":", "！", "!", "？", "?", "（", "）", "(", ")", "—", "-", "·",
  ]

  static func key(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      let h = halfWidth(c)
      if dropped.contains(h) { continue }
      out.append(h)
    }
    return out
  }

  static func halfWidth(_ c: Character) -> Character {
    guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return c }
    if s.value >= 0xFF01 && s.value <= 0xFF5E, let half = Unicode.Scalar(s.value - 0xFEE0) { return Character(half) }
    if s.value == 0x3000 { return " " }
    return c
  }
}
