/// How many columns text takes in a monospaced layout: CJK and full-width characters take two (Unicode's East
/// Asian Width W and F), combining marks none. diff's terminal tables, the plain-text writer and the PDF reader
/// (indentation and line ends in `pdftotext -layout` output, Chinese told from Latin) all count with it.
public enum DisplayColumns {
  /// Columns of one character. `ambiguousIsWide` counts the East Asian ambiguous punctuation (‐–—‘’“”…) as two,
  /// as Chinese fonts print it; terminals show it as one.
  public static func of(_ character: Character, ambiguousIsWide: Bool = false) -> Int {
    guard let s = character.unicodeScalars.first else { return 0 }
    if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark { return 0 }
    if s.value < 0x1100 { return 1 }
    switch s.value {
    case 0x2010...0x2027: return ambiguousIsWide ? 2 : 1
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF,
      0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// Columns of a string.
  public static func of(_ text: String, ambiguousIsWide: Bool = false) -> Int {
    text.reduce(0) { $0 + of($1, ambiguousIsWide: ambiguousIsWide) }
  }

  /// A character that takes two columns: Chinese characters, CJK and full-width punctuation, kana, Hangul, emoji.
  public static func isWide(_ character: Character) -> Bool {
    of(character) == 2
  }
}
