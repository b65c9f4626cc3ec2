/// A list instance (`w:num`) that paragraphs refer to by `w:numId`.
struct NumberingInstance {
  var abstractId: Int
  /// `w:lvlOverride/w:startOverride` by level.
  var startOverrides: [Int: Int] = [:]
  /// `w:lvlOverride/w:lvl`: a level redefined for this instance.
  var levelOverrides: [Int: NumberingLevel] = [:]

  /// Instances that override anything count on their own; others continue the shared list of their
  /// definition, as Word does when several `w:num` point at one `w:abstractNum`.
  var hasOverrides: Bool { !startOverrides.isEmpty || !levelOverrides.isEmpty }
}
