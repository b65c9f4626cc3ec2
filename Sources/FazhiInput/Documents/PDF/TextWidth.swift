/// Display width in columns, CJK and full-width characters counting two, as `pdftotext -layout` lays them.
enum TextWidth {
  static func columns<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// CJK ideographs and CJK/full-width punctuation.
  static func isCJK(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(isWide) ?? false
  }
}
