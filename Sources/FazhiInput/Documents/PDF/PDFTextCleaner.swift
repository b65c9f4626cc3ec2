import FazhiCore
/// Turns raw `pdftotext` output into paragraphs: pages split at form feeds, page numbers and running
/// headers/footers removed, spaces between Chinese and Latin text removed, line wrapping undone.
/// Pure, so it can be tested on strings.
public enum PDFTextCleaner {
  /// - Parameters:
  ///   - text: `pdftotext` output; pages end with a form feed ("\u{0C}").
  ///   - layout: whether the text came from `pdftotext -layout` (indentation and column gaps are meaningful).
  public static func paragraphs(fromPDFText text: String, layout: Bool) -> [DocumentParagraph] {
    var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
      page.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
        String(line).replacingTabs()
      }
    }
    if pages.count > 1, pages.last?.allSatisfy(Whitespace.isBlank) == true { pages.removeLast() }
    let cleaned = PageEdgeFilter.clean(pages)
    let lines = PDFLineBuilder.lines(pages: cleaned, layout: layout)
    return LineUnwrapper(lines: lines).paragraphs(lines)
  }

  /// Count of visible characters, used to recognise a scan without a text layer.
  static func visibleCharacterCount(_ text: String) -> Int {
    text.reduce(0) { $0 + ($1.isWhitespace ? 0 : 1) }
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
  }
}
