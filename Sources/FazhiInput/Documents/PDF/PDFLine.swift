import FazhiCore

/// One line of `pdftotext` output on its page.
struct PDFLine: Equatable {
  /// 1-based page number.
  var page: Int
  /// Leading spaces beyond the page's left margin (layout mode only; 0 otherwise).
  var indent: Int
  /// The text without leading and trailing spaces; cells of a table row are joined by "\t".
  var text: String
  /// The line has wide internal gaps (layout mode): a table row or columns.
  var isTableRow: Bool
  /// A blank line came before this line on the same page.
  var followsBlankLine: Bool

  /// Where the line ends, in columns (CJK characters count two): compared with the full line width.
  var rightEdge: Int { indent + DisplayColumns.of(text) }
}
