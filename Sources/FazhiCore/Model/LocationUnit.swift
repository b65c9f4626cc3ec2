/// What the line number of a `TextLocation` counts when it is not a line of the file.
public enum LocationUnit: String, Sendable, Hashable, Codable {
  /// 第N段: the N-th non-empty paragraph in reading order of a Word or PDF document (Word: body paragraphs and
  /// table rows; PDF: paragraphs after page numbers, running headers and line wrapping were removed). Such a
  /// document has no lines a user could go to, but a reader can count paragraphs.
  case paragraph
}
