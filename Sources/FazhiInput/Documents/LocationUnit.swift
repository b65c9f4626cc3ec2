/// What a line number of `ReadDocument.text` stands for, so that messages and JSON can say so.
public enum LocationUnit: String, Sendable, Equatable {
  /// Line N is line N of the input file (plain text and HTML, read by the caller).
  case line
  /// Line N is the N-th non-empty paragraph in reading order (Word: body paragraphs and table rows;
  /// PDF: paragraphs after page numbers, running headers and line wrapping were removed).
  /// Messages say 第N段.
  case paragraph
}
