import FazhiCore
import Foundation

/// Markdown 转文本：turns a Markdown file (.md, .markdown — fazhi's own Markdown draft among them) into the plain
/// lines the outline reads, the way `HTMLText` does for a web page.
///
/// The syntax is removed and the text kept as written: ATX headings (`#` … `######`, closing `#`s dropped) become
/// lines whose level `#`–`####` is passed on as the heading hint a Word heading style gives (`outlineLevel`, used
/// only when the text carries no written 一、/（一） number); blockquote `>` and list markers (`- `, `* `, `+ `,
/// `1. `, `1) `) are dropped — a Markdown list number is not a GB/T 9704 heading number, only a number written in
/// the text is; thematic breaks, setext underlines, fence lines, link reference definitions and HTML comments are
/// dropped; a table row's cells are joined by a space, as `HTMLText` joins cells; inline syntax is removed by
/// `inlineText`. A line stays a line (its number is the file's), so locations are exact up to removed inline marks.
package enum MarkdownText {
  /// The extensions Markdown is decided by.
  package static let extensions: Set<String> = ["md", "markdown"]

  /// True for a file name Markdown is decided by: the extension, since Markdown is plain text to a sniffer.
  package static func isMarkdown(path: String) -> Bool {
    extensions.contains((path as NSString).pathExtension.lowercased())
  }

  /// The text lines of Markdown `text`, at most `limit` source lines read (see `PlainText.lines`).
  static func lines(_ text: String, limit: Int = .max) -> [SourceLine] {
    var state = BlockState()
    return PlainText.lines(text, limit: limit).compactMap { state.read($0) }
  }

  /// What carries over from one line to the next: an open HTML comment or code fence.
  struct BlockState {
    var inComment = false
    /// The fence (``` or ~~~ run) of an open fenced code block, whose lines are kept verbatim.
    var fence: String?

    mutating func read(_ source: SourceLine) -> SourceLine? {
      var chars = Array(source.text)
      if let fence {
        if MarkdownText.fence(chars).map({ $0.first == fence.first && $0.count >= fence.count }) == true {
          self.fence = nil
          return nil
        }
        return MarkdownText.line(source, chars[...], level: nil)
      }
      removeComments(&chars)
      if let opening = MarkdownText.fence(chars) {
        fence = opening
        return nil
      }
      return MarkdownText.block(source, chars)
    }

    /// Removes `<!-- … -->` comments, which may span lines.
    private mutating func removeComments(_ chars: inout [Character]) {
      var kept: [Character] = []
      var i = 0
      while i < chars.count {
        if inComment {
          if MarkdownText.starts(chars, at: i, with: "-->") {
            inComment = false
            i += 3
          } else {
            i += 1
          }
        } else if MarkdownText.starts(chars, at: i, with: "<!--") {
          inComment = true
          i += 4
        } else {
          kept.append(chars[i])
          i += 1
        }
      }
      // A line that was only a comment is dropped rather than kept as an empty paragraph.
      chars = kept
    }
  }

  /// One line outside code fences: its block syntax removed, then its inline syntax.
  static func block(_ source: SourceLine, _ chars: [Character]) -> SourceLine? {
    var rest = chars[...].drop(while: { $0 == " " || $0 == "\t" })
    // Blockquote markers, nested ones too, each with one optional space.
    while rest.first == ">" {
      rest = rest.dropFirst()
      if rest.first == " " { rest = rest.dropFirst() }
      rest = rest.drop(while: { $0 == " " || $0 == "\t" })
    }
    if rest.isEmpty || isBreakOrUnderline(rest) || isReferenceDefinition(rest) { return nil }
    if let (level, text) = atxHeading(rest) {
      // 标题 1–4 only, as for Word: GB/T 9704 numbers four heading levels.
      return line(source, inlineText(text)[...], level: level <= 3 ? level : nil)
    }
    if rest.first == "|" {
      if isTableDelimiter(rest) { return nil }
      return line(source, tableCells(rest)[...], level: nil)
    }
    rest = dropListMarker(rest)
    return line(source, inlineText(rest)[...], level: nil)
  }

  /// A source line with new text, trimmed (trailing spaces are also a hard break); nil when nothing is left.
  static func line(_ source: SourceLine, _ chars: ArraySlice<Character>, level: Int?) -> SourceLine? {
    let text = Whitespace.trim(Substring(String(chars)))
    guard !text.isEmpty else { return nil }
    var result = source
    result.text = text
    result.outlineLevel = level
    return result
  }

  /// The run of ``` or ~~~ (three or more) a fence line opens with, or nil.
  static func fence(_ chars: [Character]) -> String? {
    let rest = chars.drop(while: { $0 == " " })
    guard let mark = rest.first, mark == "`" || mark == "~" else { return nil }
    let run = rest.prefix(while: { $0 == mark })
    return run.count >= 3 ? String(run) : nil
  }

  /// `#`–`######` then a space (or nothing), with an optional closing run of `#`s: the 0-based level and the text.
  static func atxHeading(_ chars: ArraySlice<Character>) -> (Int, ArraySlice<Character>)? {
    let marks = chars.prefix(while: { $0 == "#" })
    guard (1...6).contains(marks.count) else { return nil }
    var text = chars.dropFirst(marks.count)
    guard text.isEmpty || text.first == " " || text.first == "\t" else { return nil }
    text = text.drop(while: { $0 == " " || $0 == "\t" })
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    // A closing sequence counts only after a space (or when it is all there is).
    let closing = text.reversed().prefix(while: { $0 == "#" }).count
    if closing > 0 {
      let before = text.dropLast(closing)
      if before.isEmpty || before.last == " " || before.last == "\t" { text = before }
    }
    return (marks.count - 1, text)
  }

  /// `---`, `***`, `___` (spaces allowed) and setext `===` underlines: no text of their own.
  static func isBreakOrUnderline(_ chars: ArraySlice<Character>) -> Bool {
    let marks = chars.filter { $0 != " " && $0 != "\t" }
    guard let mark = marks.first, marks.allSatisfy({ $0 == mark }) else { return false }
    switch mark {
    case "-", "*", "_": return marks.count >= 3
    case "=": return true
    default: return false
    }
  }

  /// `[label]: url` defines a link target: not text.
  static func isReferenceDefinition(_ chars: ArraySlice<Character>) -> Bool {
    guard chars.first == "[", let close = chars.firstIndex(of: "]"), close > chars.startIndex + 1 else { return false }
    let after = chars[(close + 1)...]
    return after.first == ":" && after.dropFirst().contains(where: { $0 != " " })
  }

  /// `- `, `* `, `+ `, `1. ` and `1) ` open a list item; the text after the marker is the paragraph.
  static func dropListMarker(_ chars: ArraySlice<Character>) -> ArraySlice<Character> {
    var marker = chars.prefix(0)
    if let first = chars.first, "-*+".contains(first) {
      marker = chars.prefix(1)
    } else {
      let digits = chars.prefix(while: { $0.isASCII && $0.isNumber })
      let after = chars.dropFirst(digits.count).first
      if (1...9).contains(digits.count), after == "." || after == ")" { marker = chars.prefix(digits.count + 1) }
    }
    guard !marker.isEmpty else { return chars }
    let rest = chars.dropFirst(marker.count)
    guard rest.first == " " || rest.first == "\t" else { return chars }
    return rest.drop(while: { $0 == " " || $0 == "\t" })
  }

  /// `|---|:--:|` under a table's header row.
  static func isTableDelimiter(_ chars: ArraySlice<Character>) -> Bool {
    chars.contains("-") && chars.allSatisfy { "|-: \t".contains($0) }
  }

  /// The cells of a pipe row (`\|` is a pipe inside a cell), each read as inline text, joined by a space.
  static func tableCells(_ chars: ArraySlice<Character>) -> [Character] {
    var cells: [[Character]] = [[]]
    var i = chars.startIndex
    while i < chars.endIndex {
      if chars[i] == "\\", i + 1 < chars.endIndex, chars[i + 1] == "|" {
        cells[cells.count - 1].append(contentsOf: ["\\", "|"])
        i += 2
        continue
      }
      if chars[i] == "|" { cells.append([]) } else { cells[cells.count - 1].append(chars[i]) }
      i += 1
    }
    let texts = cells.map { Whitespace.trim(Substring(String(inlineText($0[...])))) }.filter { !$0.isEmpty }
    return Array(texts.joined(separator: " "))
  }

  static func starts(_ chars: [Character], at index: Int, with prefix: String) -> Bool {
    var i = index
    for character in prefix {
      guard i < chars.count, chars[i] == character else { return false }
      i += 1
    }
    return true
  }
}
