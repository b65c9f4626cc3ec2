/// One paragraph of a document read from Word or PDF. Its text never contains a line break.
public struct DocumentParagraph: Sendable, Equatable {
  /// The text a reader sees, including an automatic number such as 一、 or （一） rendered in front.
  /// Cells of a table row are separated by a tab ("\t").
  public var text: String
  /// The outline level, 0-based like Word's `w:outlineLvl` (0 = 标题 1), when the paragraph or its
  /// style says it is a heading; `nil` for body text and for PDF input.
  public var outlineLevel: Int?
  /// True when the paragraph is a table row (cells joined by "\t").
  public var isTableRow: Bool
  /// The 1-based page the paragraph starts on, when known (PDF input); `nil` for Word input.
  public var page: Int?

  public init(text: String, outlineLevel: Int? = nil, isTableRow: Bool = false, page: Int? = nil) {
    self.text = text
    self.outlineLevel = outlineLevel
    self.isTableRow = isTableRow
    self.page = page
  }
}
