import Foundation

/// Markdown：the report as GitHub-flavoured Markdown.
///
/// `# 标题`, the 主送 paragraph, `##`–`#####` for heading levels 1–4 with their printed numbers, run-in headings
/// in bold (`**1.标题。**正文`), tables as GFM tables, 落款 and 成文日期 as plain lines at the end. User text is
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
        parts.append(marks + " " + Self.escapeInline((number + text).replacingOccurrences(of: "\n", with: " ")))
      case .paragraph(let lead, let text):
        if let lead {
          let leadText = PlainTextWriter.runIn(lead).replacingOccurrences(of: "\n", with: " ")
          // The body follows `**` directly, so it is not at a line start and needs only inline escaping.
          let body = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            $0.offset == 0 ? Self.escapeInline(String($0.element)) : Self.escapeLineStart(String($0.element))
          }.joined(separator: "\\\n")
          parts.append("**" + Self.escapeInline(leadText) + "**" + body)
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
        closing.map { Self.escapeBlock($0.replacingOccurrences(of: "\n", with: " ")) }.joined(separator: "\\\n"))
    }
    let text = parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    return WrittenOutput(data: Data(text.utf8), warnings: warnings)
  }

  private static func tableRow(_ cells: [String]) -> String {
    "|"
      + cells.map { cell in
        let flat = cell.replacingOccurrences(of: "\n", with: " ")
        return " " + escapeInline(flat).replacingOccurrences(of: "|", with: "\\|") + " |"
      }.joined()
  }

  /// A paragraph: inline escaping plus line-start escaping of every line, lines joined by hard breaks.
  static func escapeBlock(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
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
  static func escapeInline(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "&", "~": result.append("\\")
      default: break
      }
      result.append(character)
    }
    return result
  }
}
