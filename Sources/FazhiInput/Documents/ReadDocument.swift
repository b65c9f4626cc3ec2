/// The text of a Word or PDF document as paragraphs in reading order.
///
/// Line N of `text` (1-based) is `paragraphs[N - 1]`, so a location `file:N:col` computed on `text`
/// means 第N段, column `col` in it. Empty and whitespace-only paragraphs are never included, so N counts
/// the paragraphs a reader sees (Word shows empty paragraphs only as vertical space).
public struct ReadDocument: Sendable, Equatable {
  public var format: DocumentFormat
  public var paragraphs: [DocumentParagraph]

  public init(format: DocumentFormat, paragraphs: [DocumentParagraph]) {
    self.format = format
    self.paragraphs = paragraphs
  }

  /// All paragraphs joined by "\n"; no trailing newline.
  public var text: String {
    paragraphs.map(\.text).joined(separator: "\n")
  }
}
