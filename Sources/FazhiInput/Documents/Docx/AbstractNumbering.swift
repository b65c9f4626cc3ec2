/// A list definition (`w:abstractNum`) in word/numbering.xml.
struct AbstractNumbering {
  var levels: [Int: NumberingLevel] = [:]
  /// `w:styleLink`: this definition is the one a numbering style stands for.
  var styleLink: String?
  /// `w:numStyleLink`: this definition only points at the definition of a numbering style.
  var numStyleLink: String?
}
