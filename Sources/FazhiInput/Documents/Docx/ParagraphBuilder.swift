/// A `w:p` being read: its visible text so far and the properties that decide its number and level.
struct ParagraphBuilder {
  var text = ""
  var styleId: String?
  var numberingId: Int?
  var numberingLevel: Int?
  var outlineLevel: Int?
  /// The paragraph mark is a tracked deletion: accepting changes merges this paragraph into the next.
  var markDeleted = false
}
