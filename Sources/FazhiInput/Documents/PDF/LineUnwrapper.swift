/// Undoes the line wrapping of PDF text: joins the lines of a paragraph, keeps headings, table rows and
/// paragraph starts on their own.
///
/// A line continues the previous one when the current line does not start a heading (一、 （一） 1. 第一条 …),
/// neither is a table row, no blank line separates them, and:
/// - in documents whose paragraphs start indented (layout mode): the current line is not indented, and the
///   previous line runs (nearly) to the full width or does not end a sentence (。！？；：) — a justified line
///   can end short of the width when a long number did not fit;
/// - otherwise: the previous line runs (nearly) to the full width and does not end a sentence — or ends one, in
///   documents that put a blank line before every paragraph (then a sentence ending flush with the margin, with no
///   blank line after it on the same page, is inside a paragraph).
/// The full width is estimated from the document as the 90th percentile of line ends (see `estimateFullWidth`).
struct LineUnwrapper {
  let fullWidth: Int
  let usesIndentation: Bool
  let blankLinesSeparateParagraphs: Bool
  /// Every paragraph is set off by a blank line, so a line without one before it continues the paragraph.
  let blankLineBeforeEveryParagraph: Bool

  init(lines: [PDFLine]) {
    fullWidth = Self.estimateFullWidth(lines)
    let indented = lines.filter { $0.indent >= 2 }.count
    let share = lines.isEmpty ? 0 : Double(indented) / Double(lines.count)
    usesIndentation = indented >= 2 && share >= 0.03 && share <= 0.7
    // Some layouts put a blank line between every two lines; blank lines then say nothing.
    let blanks = lines.dropFirst().filter { $0.followsBlankLine }.count
    blankLinesSeparateParagraphs = lines.count < 3 || Double(blanks) / Double(lines.count - 1) < 0.6
    blankLineBeforeEveryParagraph =
      blankLinesSeparateParagraphs && Self.blankLineFollowsEveryShortLine(lines, fullWidth: fullWidth)
  }

  /// A paragraph's last line ends a sentence short of the margin: when at least 90% of the lines after such a line
  /// (on the same page, tables aside) follow a blank line, the document marks every paragraph with one. Needs three
  /// such lines to judge; short lines that end no sentence (a page's 索引号, 落款) say nothing.
  static func blankLineFollowsEveryShortLine(_ lines: [PDFLine], fullWidth: Int) -> Bool {
    guard fullWidth > 0 else { return false }
    var afterShortLine = 0
    var afterBlank = 0
    for (previous, line) in zip(lines, lines.dropFirst())
    where line.page == previous.page && !line.isTableRow && !previous.isTableRow
      && previous.rightEdge < fullWidth - tolerance(fullWidth) && LinePatterns.endsSentence(previous.text)
    {
      afterShortLine += 1
      if line.followsBlankLine { afterBlank += 1 }
    }
    return afterShortLine >= 3 && afterBlank * 10 >= afterShortLine * 9
  }

  /// How far short of the full width a line may end and still count as full (columns).
  var tolerance: Int { Self.tolerance(fullWidth) }

  static func tolerance(_ fullWidth: Int) -> Int { max(4, fullWidth / 8) }

  /// The 90th percentile of line ends, provided at least two lines reach it (else 0: too few lines to
  /// tell a full line from a short one).
  static func estimateFullWidth(_ lines: [PDFLine]) -> Int {
    let ends = lines.filter { !$0.isTableRow }.map(\.rightEdge).sorted()
    guard !ends.isEmpty else { return 0 }
    let candidate = ends[min(ends.count - 1, ends.count * 9 / 10)]
    let reaching = ends.filter { $0 >= candidate - tolerance(candidate) }.count
    return reaching >= 2 ? candidate : 0
  }

  func isNearlyFull(_ line: PDFLine) -> Bool {
    fullWidth > 0 && line.rightEdge >= fullWidth - tolerance
  }

  func continues(_ line: PDFLine, after previous: PDFLine) -> Bool {
    guard !line.isTableRow, !previous.isTableRow else { return false }
    guard !(blankLinesSeparateParagraphs && line.followsBlankLine && line.page == previous.page) else {
      return false
    }
    guard !LinePatterns.isHeadingStart(line.text) else { return false }
    if usesIndentation {
      return line.indent < 2 && (isNearlyFull(previous) || !LinePatterns.endsSentence(previous.text))
    }
    let sentenceEndMayContinue = blankLineBeforeEveryParagraph && line.page == previous.page
    return isNearlyFull(previous) && (sentenceEndMayContinue || !LinePatterns.endsSentence(previous.text))
  }

  /// Joins continued lines into paragraphs; each paragraph keeps the page of its first line.
  func paragraphs(_ lines: [PDFLine]) -> [DocumentParagraph] {
    var result: [DocumentParagraph] = []
    var previous: PDFLine?
    for line in lines {
      if let previous, continues(line, after: previous), !result.isEmpty {
        result[result.count - 1].text = Self.join(result[result.count - 1].text, line.text)
      } else {
        result.append(DocumentParagraph(text: line.text, isTableRow: line.isTableRow, page: line.page))
      }
      previous = line
    }
    return result
  }

  /// Chinese text joins directly; two Latin words get a space back.
  static func join(_ left: String, _ right: String) -> String {
    guard let last = left.last, let first = right.first else { return left + right }
    let latinBreak =
      last.isASCII && (last.isLetter || last.isNumber || last == ",")
      && first.isASCII && first.isLetter
    return latinBreak ? left + " " + right : left + right
  }
}
