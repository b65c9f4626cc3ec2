import Foundation

/// One open complex field (`w:fldChar` begin … separate … end).
struct FieldState {
  /// The instruction (`w:instrText`) collected before `separate`, e.g. "PAGE", "TOC \o "1-3"".
  var instruction = ""
  /// False until `w:fldChar w:fldCharType="separate"`: text before it is the field code, not shown.
  var inResult = false

  /// A table of contents repeats the headings; its result text is left out.
  var hidesResult: Bool { Self.hidesResult(instruction: instruction) }

  static func hidesResult(instruction: String) -> Bool {
    instruction.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC")
  }
}
