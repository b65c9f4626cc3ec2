import FazhiCore
import Foundation

/// Markdown：the report as GitHub-flavoured Markdown.
///
/// `# 标题`, the 主送 paragraph, `##`–`#####` for heading levels 1–4 with their printed numbers, run-in headings
/// in bold (`**1.标题**。正文`, so that CommonMark renders it bold), tables as GFM tables, 落款 and 成文日期 as plain lines at the end. User text is
/// escaped wherever a character would otherwise change its meaning.
public struct MarkdownWriter: DocumentWriter {
  public init() {}

  public var format: OutputFormat { .markdown }

  public func write(_ document: RenderedDocument) throws -> WrittenOutput {
    let (doc, warnings) = document.cleanedForWriting()
    var parts: [String] = []
    parts.append("# " + Self.escapeInline(doc.title.replacingOccurrences(of: "\n", with: "")))
    if let recipients = doc.recipients, !recipients.isEmpty {
      parts.append(Self.escapeBlock(recipients + "："))
    }
    for block in doc.blocks {
      switch block {
      case .heading(let level, let number, let text):
        let marks = String(repeating: "#", count: level + 1)
        parts.append(marks + " " + Self.escapeInline(Self.flatten(number + text)))
      case .paragraph(let lead, let text):
        if let lead {
          let leadText = Self.flatten(PlainTextWriter.runIn(lead))
          // The body follows `**` directly, so it is not at a line start and needs only inline escaping.
          let body = Self.lines(text).enumerated().map {
            $0.offset == 0 ? Self.escapeInline(String($0.element)) : Self.escapeLineStart(String($0.element))
          }.joined(separator: "\\\n")
          parts.append(Self.strongRunIn(leadText, before: body))
        } else {
          parts.append(Self.escapeBlock(text))
        }
      case .table(let caption, let rows):
        var lines: [String] = []
        if let caption, !caption.isEmpty { lines.append(Self.escapeBlock(caption) + "\n") }
        if let header = rows.first, !header.isEmpty {
          lines.append(Self.tableRow(header))
          lines.append("|" + header.map { _ in " --- |" }.joined())
          for row in rows.dropFirst() { lines.append(Self.tableRow(row)) }
        }
        parts.append(lines.joined(separator: "\n"))
      }
    }
    // Markdown cannot right-align without HTML; the 落款 block stays a plain paragraph, one line each.
    let closing = doc.signature + (doc.date.map { [$0] } ?? [])
    if !closing.isEmpty {
      parts.append(
        closing.map { Self.escapeBlock(Self.flatten($0)) }.joined(separator: "\\\n"))
    }
    let text = parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    return WrittenOutput(data: Data(text.utf8), warnings: warnings)
  }

  /// `**1.标题。**正文` is no bold to CommonMark: a closing `**` after punctuation counts only before a space or
  /// more punctuation, never before a Chinese character. The lead's trailing punctuation then goes after the
  /// `**` (`**1.标题**。正文`), where the closing run follows a letter, or a mark and then the moved mark.
  static func strongRunIn(_ lead: String, before body: String) -> String {
    var core = Substring(lead)
    var trailing = ""
    if let next = body.first, !next.isWhitespace, !isPunctuation(next) {
      while let last = core.last, isPunctuation(last) {
        trailing.insert(last, at: trailing.startIndex)
        core.removeLast()
      }
    }
    guard !core.isEmpty else { return escapeInline(lead) + body }
    return "**" + escapeInline(String(core)) + "**" + escapeInline(trailing) + body
  }

  /// CommonMark's punctuation (see `CommonMarkPunctuation`).
  static func isPunctuation(_ character: Character) -> Bool {
    CommonMarkPunctuation.contains(character)
  }

  private static func tableRow(_ cells: [String]) -> String {
    "|"
      + cells.map { cell in
        let flat = flatten(cell)
        return " " + escapeInline(flat).replacingOccurrences(of: "|", with: "\\|") + " |"
      }.joined()
  }

  // The writers see cleaned text, without CR: every line feed is a `Character` of its own, and cutting or
  // replacing at its scalar gives what the `Character` operations gave, without breaking text into characters.

  /// The lines of cleaned text, empty ones kept (`split(separator: "\n", omittingEmptySubsequences: false)`).
  private static func lines(_ text: String) -> [Substring] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
  }

  /// Cleaned text on one line: each line feed becomes a space.
  private static func flatten(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
  }

  /// A paragraph: inline escaping plus line-start escaping of every line, lines joined by hard breaks.
  static func escapeBlock(_ text: String) -> String {
    lines(text)
      .map { escapeLineStart(String($0)) }
      .joined(separator: "\\\n")
  }

  /// Escapes a line that starts a Markdown block: headings, quotes, list markers, thematic breaks, indentation.
  static func escapeLineStart(_ line: String) -> String {
    var text = escapeInline(line)
    // Leading spaces would make an indented code block; full-width spaces are safe.
    let trimmed = text.drop(while: { $0 == " " })
    text = String(trimmed)
    guard let first = text.first else { return text }
    if "#>-+=".contains(first) {
      return "\\" + text
    }
    // `1. ` or `1) ` opens an ordered list.
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    if !digits.isEmpty, digits.count <= 9 {
      let rest = text.dropFirst(digits.count)
      if let marker = rest.first, marker == "." || marker == ")",
        rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
      {
        return digits + "\\" + rest
      }
    }
    return text
  }

  /// Escapes characters that start emphasis, code, links, HTML, entities or strikethrough anywhere in a line.
  ///
  /// Works on the UTF-8 bytes (all ten are ASCII, and a byte below 0x80 is always the character itself), so a
  /// mark is escaped also before a combining mark that makes it part of a larger `Character`.
  static func escapeInline(_ text: String) -> String {
    func special(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"):
        true
      default: false
      }
    }
    var contiguous = text
    let escaped: String? = contiguous.withUTF8 { bytes in
      guard let first = bytes.firstIndex(where: special) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      out.append(contentsOf: bytes[..<first])
      for byte in bytes[first...] {
        if special(byte) { out.append(UInt8(ascii: "\\")) }
        out.append(byte)
      }
      return String(decoding: out, as: UTF8.self)
    }
    return escaped ?? text
  }
}
