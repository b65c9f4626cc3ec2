import FazhiCore
import Foundation

extension MarkdownText {
  /// The text of one line with Markdown's inline syntax removed and every other character kept as written:
  /// backslash escapes give the character, code spans their content, links `[text](url)` / `[text][ref]` their
  /// text, autolinks their address; images and inline HTML tags are dropped, a trailing `\` (hard break) too.
  ///
  /// `*`, `**`, `_`, `__` are removed only as paired emphasis, by CommonMark's flanking rules: an opening run is
  /// followed by text, a closing run follows text, `_` never pairs inside an ASCII word (snake_case). A lone `*` in prose (注：带*的为
  /// 约束性指标) or `3 * 4` stays.
  static func inlineText(_ chars: ArraySlice<Character>) -> [Character] {
    var inline = Inline()
    inline.scan(Array(chars))
    return inline.pairedEmphasisRemoved()
  }

  /// A run of `*` or `_` that may open or close emphasis, at `start` in `Inline.out`.
  struct DelimiterRun {
    var mark: Character
    var start: Int
    var count: Int
    var canOpen: Bool
    var canClose: Bool
    /// Marks still unpaired at the run's inner edge (the end for an opener, the start for a closer).
    var left: Int
  }

  struct Inline {
    var out: [Character] = []
    var runs: [DelimiterRun] = []

    mutating func scan(_ chars: [Character]) {
      var i = 0
      while i < chars.count {
        let c = chars[i]
        switch c {
        case "\\":
          // An escaped ASCII punctuation mark is itself; a backslash ending the line is a hard break.
          if i + 1 < chars.count, chars[i + 1].isASCII, MarkdownText.isPunctuation(chars[i + 1]) {
            out.append(chars[i + 1])
            i += 2
          } else {
            if i + 1 < chars.count { out.append(c) }
            i += 1
          }
        case "`": i = codeSpan(chars, at: i)
        case "!" where i + 1 < chars.count && chars[i + 1] == "[":
          if let end = MarkdownText.link(chars, at: i + 1)?.end { i = end } else { out.append(c); i += 1 }
        case "[":
          if let (text, end) = MarkdownText.link(chars, at: i) {
            out.append(contentsOf: MarkdownText.inlineText(text[...]))
            i = end
          } else {
            out.append(c)
            i += 1
          }
        case "<": i = angle(chars, at: i)
        case "*", "_": i = delimiterRun(chars, at: i)
        default:
          out.append(c)
          i += 1
        }
      }
    }

    /// A code span's content as written (one space each side trimmed when both are there); unmatched backticks
    /// are text.
    private mutating func codeSpan(_ chars: [Character], at start: Int) -> Int {
      let count = chars[start...].prefix(while: { $0 == "`" }).count
      var j = start + count
      while j < chars.count {
        let run = chars[j...].prefix(while: { $0 == "`" }).count
        if run == count {
          var content = chars[(start + count)..<j]
          if content.count >= 2, content.first == " ", content.last == " " { content = content.dropFirst().dropLast() }
          out.append(contentsOf: content)
          return j + run
        }
        j += max(run, 1)
      }
      out.append(contentsOf: chars[start..<(start + count)])
      return start + count
    }

    /// `<https://…>` and `<name@host>` give the address; an HTML tag (`<br>`, `<span …>`, `</p>`) is dropped;
    /// any other `<` is text.
    private mutating func angle(_ chars: [Character], at start: Int) -> Int {
      guard start + 1 < chars.count, let close = chars[(start + 1)...].firstIndex(of: ">"),
        !chars[(start + 1)..<close].contains("<")
      else {
        out.append("<")
        return start + 1
      }
      let inner = chars[(start + 1)..<close]
      let text = String(inner)
      if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("mailto:")
        || (text.contains("@") && !text.contains(" "))
      {
        out.append(contentsOf: inner)
        return close + 1
      }
      if let first = inner.first, (first.isASCII && first.isLetter) || first == "/" {
        return close + 1
      }
      out.append("<")
      return start + 1
    }

    /// Records a `*`/`_` run with what CommonMark lets it do, judged from the characters either side.
    private mutating func delimiterRun(_ chars: [Character], at start: Int) -> Int {
      let mark = chars[start]
      let count = chars[start...].prefix(while: { $0 == mark }).count
      let before: Character? = start > 0 ? chars[start - 1] : nil
      let after: Character? = start + count < chars.count ? chars[start + count] : nil
      func isSpace(_ c: Character?) -> Bool { c.map { $0.isWhitespace } ?? true }
      func isPunct(_ c: Character?) -> Bool { c.map(MarkdownText.isPunctuation) ?? false }
      let leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
      let rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
      // `_` inside a word is text (snake_case, file_name_2): CommonMark says so for any letters, but Chinese has no
      // spaces between words, so `__重点__与` would never close; only ASCII letters and digits count as a word here.
      func isWordASCII(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
      let canOpen = leftFlanking && (mark == "*" || !isWordASCII(before))
      let canClose = rightFlanking && (mark == "*" || !isWordASCII(after))
      runs.append(
        DelimiterRun(mark: mark, start: out.count, count: count, canOpen: canOpen, canClose: canClose, left: count))
      out.append(contentsOf: chars[start..<(start + count)])
      return start + count
    }

    /// The text with the marks of every paired opener and closer removed; unpaired marks stay as text.
    func pairedEmphasisRemoved() -> [Character] {
      var removed = [Bool](repeating: false, count: out.count)
      var runs = runs
      var openers: [Int] = []
      for index in runs.indices {
        if runs[index].canClose {
          while runs[index].left > 0,
            let found = openers.lastIndex(where: { runs[$0].mark == runs[index].mark && runs[$0].left > 0 })
          {
            let opener = openers[found]
            let used = min(runs[opener].left, runs[index].left, 2)
            // The opener gives its innermost marks (its end), the closer its innermost (its start).
            let openerEnd = runs[opener].start + runs[opener].left
            for k in (openerEnd - used)..<openerEnd { removed[k] = true }
            let closerStart = runs[index].start + runs[index].count - runs[index].left
            for k in closerStart..<(closerStart + used) { removed[k] = true }
            runs[opener].left -= used
            runs[index].left -= used
            // Openers inside the pair can no longer pair with anything after it.
            openers.removeSubrange((found + 1)...)
            if runs[opener].left == 0 { openers.removeLast() }
          }
        }
        if runs[index].canOpen && runs[index].left > 0 { openers.append(index) }
      }
      return out.indices.filter { !removed[$0] }.map { out[$0] }
    }
  }

  /// `[text](destination)` or `[text][label]` starting at the `[` at `start`: the text and the index after the
  /// link; nil when the brackets do not form one.
  static func link(_ chars: [Character], at start: Int) -> (text: ArraySlice<Character>, end: Int)? {
    var depth = 0
    var close: Int?
    var i = start
    while i < chars.count {
      if chars[i] == "\\" { i += 2; continue }
      if chars[i] == "[" { depth += 1 }
      if chars[i] == "]" {
        depth -= 1
        if depth == 0 { close = i; break }
      }
      i += 1
    }
    guard let close, close + 1 < chars.count else { return nil }
    let opener = chars[close + 1]
    guard opener == "(" || opener == "[" else { return nil }
    let closer: Character = opener == "(" ? ")" : "]"
    guard let end = chars[(close + 2)...].firstIndex(of: closer) else { return nil }
    return (chars[(start + 1)..<close], end + 1)
  }

  static func isPunctuation(_ character: Character) -> Bool {
    CommonMarkPunctuation.contains(character)
  }
}
