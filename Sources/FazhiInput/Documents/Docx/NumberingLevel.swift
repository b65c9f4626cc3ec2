/// One level (`w:lvl`) of a list definition in word/numbering.xml.
struct NumberingLevel {
  var start = 1
  /// `w:numFmt`, e.g. "decimal", "chineseCounting", "bullet", "none".
  var format = "decimal"
  /// `w:lvlText`, e.g. "%1、", "（%1）", "%1.%2"; nil when absent.
  var text: String?
  /// `w:lvlRestart`: the 1-based level after which this level restarts; 0 = never; nil = after any higher level.
  var restartAfter: Int?
  /// `w:isLgl`: show every level's number as decimal.
  var isLegal = false
  /// `w:suff`: "tab" (default), "space" or "nothing".
  var suffix = "tab"
  /// `w:pStyle`: the paragraph style linked to this level.
  var styleId: String?
}
