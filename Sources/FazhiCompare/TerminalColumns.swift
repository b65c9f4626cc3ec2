import FazhiCore

/// 显示宽度：terminal columns a string occupies — CJK and full-width characters take two, combining marks none.
public enum TerminalColumns {
  // The count is FazhiCore's DisplayColumns with East Asian ambiguous punctuation narrow, as terminals show it;
  // the plain-text writer's DisplayWidth counts it wide, as Chinese fonts print it.

  /// Columns `text` occupies in a monospaced terminal.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  static func of(_ ch: Character) -> Int { DisplayColumns.of(ch) }

  /// Pads `text` with spaces to `width` columns (left- or right-aligned).
  static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - of(text)))
    return right ? fill + text : text + fill
  }
}
