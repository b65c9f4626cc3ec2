/// 显示宽度：terminal columns a string occupies — CJK and full-width characters take two, combining marks none.
public enum TerminalColumns {
  // Rendering has its own internal DisplayWidth (table writer); Comparison sits below Rendering in the import
  // order, so it cannot use it. Both should move to Text/ together.

  /// Columns `text` occupies in a monospaced terminal.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  static func of(_ ch: Character) -> Int {
    guard let s = ch.unicodeScalars.first else { return 0 }
    if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark { return 0 }
    if s.value < 0x1100 { return 1 }
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// Pads `text` with spaces to `width` columns (left- or right-aligned).
  static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - of(text)))
    return right ? fill + text : text + fill
  }
}
