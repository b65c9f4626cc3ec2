/// How a 不足 item reads in the report: the problem closes with a full stop, and its 原因 opens with a cue so
/// the reader sees where the problem ends and its cause begins (`full_stop` and `with_cue` in the templates).
enum ShortcomingText {
  /// The text ending in 。, ！ or ？: a trailing ，、；： (a clause left open) becomes 。; empty stays empty.
  static func fullStop(_ text: String) -> String {
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
    guard let last = trimmed.last else { return "" }
    if "。！？!?".contains(last) { return String(trimmed) }
    if "，、；：,;:.".contains(last) { trimmed.removeLast() }
    return trimmed + "。"
  }

  /// `cue` + the text, unless its first clause already names the cause (原因是……, 究其原因，……, 分析原因……);
  /// a colon after the cue when the text enumerates (一是……二是……, 一方面……).
  static func withCue(_ text: String, cue: String) -> String {
    guard !text.isEmpty, !cue.isEmpty else { return text }
    let firstClause = text.prefix { !"，。；：,;:".contains($0) }
    if firstClause.contains("原因") { return text }
    let enumerates = ["一是", "一方面", "首先", "（一）", "(一)", "1."].contains { text.hasPrefix($0) }
    return cue + (enumerates ? "：" : "") + text
  }
}
