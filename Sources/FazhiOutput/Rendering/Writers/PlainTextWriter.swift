import Foundation
import FazhiCore

/// 纯文本：the report as plain UTF-8 text laid out like a 公文 on a 28-character line.
///
/// Title on its own line(s), a blank line, the 主送 line ending in `：`, every heading and paragraph indented
/// with two full-width spaces, run-in headings as `1.标题。正文`, tables as aligned columns, then 落款 and
/// 成文日期 right-aligned (right margin of two and four characters, GB/T 9704 7.3.5). LF line ends, one final LF.
public struct PlainTextWriter: DocumentWriter {
  /// Characters per line (GB/T 9704: 28).
  public var lineWidth: Int

  public init(lineWidth: Int = 28) {
    self.lineWidth = lineWidth
  }

  public var format: OutputFormat { .text }

  public func write(_ document: RenderedDocument) throws -> WrittenOutput {
    let (doc, warnings) = document.cleanedForWriting()
    let indent = "　　"
    var lines: [String] = []
    lines.append(contentsOf: doc.title.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    lines.append("")
    if let recipients = doc.recipients, !recipients.isEmpty {
      lines.append(recipients + "：")
    }
    for block in doc.blocks {
      switch block {
      case .heading(_, let number, let text):
        lines.append(indent + number + text)
      case .paragraph(let lead, let text):
        lines.append(indent + (lead.map(Self.runIn) ?? "") + text)
      case .table(let caption, let rows):
        if lines.last != "" { lines.append("") }
        if let caption, !caption.isEmpty { lines.append(caption) }
        lines.append(contentsOf: Self.tableLines(rows))
        lines.append("")
      }
    }
    if !doc.signature.isEmpty || doc.date != nil {
      if lines.last != "" { lines.append("") }
      for line in doc.signature { lines.append(rightAligned(line, rightMargin: 2)) }
      if let date = doc.date { lines.append(rightAligned(date, rightMargin: 4)) }
    }
    while lines.last == "" { lines.removeLast() }
    // Text inside a block may carry its own line breaks; keep them, never CR.
    let text = lines.joined(separator: "\n") + "\n"
    return WrittenOutput(data: Data(text.utf8), warnings: warnings)
  }

  /// `1.标题。` — adds the 。 the template may have left out.
  static func runIn(_ lead: RunInHeading) -> String {
    lead.number + lead.text + (endsWithStop(lead.text) ? "" : "。")
  }

  static func endsWithStop(_ text: String) -> Bool {
    guard let last = text.last else { return true }
    return "。！？：；.!?:;".contains(last)
  }

  /// Pads with full-width spaces (half-width for an odd column) so the line ends `rightMargin` characters
  /// before the right edge; a line too long for that is left flush left.
  private func rightAligned(_ line: String, rightMargin: Int) -> String {
    let free = (lineWidth - rightMargin) * 2 - DisplayWidth.columns(of: line)
    guard free > 0 else { return line }
    return String(repeating: "　", count: free / 2) + (free % 2 == 1 ? " " : "") + line
  }

  private static func tableLines(_ rows: [[String]]) -> [String] {
    let flat = rows.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } }
    let count = flat.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: count)
    for row in flat {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.columns(of: cell)) }
    }
    return flat.map { row in
      var line = ""
      for (index, cell) in row.enumerated() {
        if index == row.count - 1 {
          line += cell
        } else {
          line += cell + String(repeating: " ", count: widths[index] - DisplayWidth.columns(of: cell) + 2)
        }
      }
      return line
    }
  }
}

/// Terminal-style display width: CJK, full-width forms, Chinese punctuation and emoji take two columns.
enum DisplayWidth {
  static func columns(of text: String) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  static func columns(of character: Character) -> Int { DisplayColumns.of(character, ambiguousIsWide: true) }
}
