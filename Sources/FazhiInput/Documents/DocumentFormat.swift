/// The kind of document a file holds, decided from its content by `DocumentSniffer`.
public enum DocumentFormat: String, Sendable, Equatable, CaseIterable {
  /// Copied text or a saved web page, in any encoding: `TextDecoder` decodes it and `HTMLText` tells the two apart.
  case text
  /// Word 2007+ (.docx, also what WPS saves as .docx): a zip holding `word/document.xml`.
  case docx
  /// A PDF file (`%PDF-` header); its text layer is read with poppler's `pdftotext`.
  case pdf
}
