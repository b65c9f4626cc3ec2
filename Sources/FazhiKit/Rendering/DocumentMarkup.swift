/// The private markers that template tags wrap around blocks. They sit in the Unicode private-use area and are
/// stripped from all user text, so data can never forge a heading.
enum DocumentMarkup {
  static let open: Character = "\u{E000}"
  static let separator: Character = "\u{E001}"
  static let close: Character = "\u{E002}"
  static let cell: Character = "\u{E003}"

  /// Removes the markers (U+E000–U+E00F) from user text.
  static func strip(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xE000...0xE00F).contains($0.value) }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0xE000...0xE00F).contains($0.value) }))
  }

  /// `open kind separator argument separator content close`.
  static func wrap(kind: String, argument: String, content: String) -> String {
    "\(open)\(kind)\(separator)\(argument)\(separator)\(content)\(close)"
  }
}

/// Turns a rendered template (text with block markers) into a `RenderedDocument`.
enum DocumentAssembler {
  enum AssemblyError: Error {
    case message(String)
  }

  static func assemble(_ rendered: String) throws -> RenderedDocument {
    var document = RenderedDocument(title: "")
    var pendingLead: RunInHeading?
    var loose = ""

    func flushLoose() {
      for line in loose.split(whereSeparator: \.isNewline) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { continue }
        document.blocks.append(.paragraph(lead: pendingLead, text: text))
        pendingLead = nil
      }
      loose = ""
    }

    var index = rendered.startIndex
    while index < rendered.endIndex {
      let ch = rendered[index]
      guard ch == DocumentMarkup.open else {
        if ch == DocumentMarkup.close {
          throw AssemblyError.message("模板中的块标记没有正确嵌套（多了一个 end 标签？）")
        }
        loose.append(ch)
        index = rendered.index(after: index)
        continue
      }
      flushLoose()
      // kind
      guard let sep1 = rendered[index...].firstIndex(of: DocumentMarkup.separator),
        let sep2 = rendered[rendered.index(after: sep1)...].firstIndex(of: DocumentMarkup.separator),
        let end = rendered[rendered.index(after: sep2)...].firstIndex(of: DocumentMarkup.close)
      else { throw AssemblyError.message("模板中的块标记不完整") }
      let kind = String(rendered[rendered.index(after: index)..<sep1])
      let argument = String(rendered[rendered.index(after: sep1)..<sep2])
      let content = String(rendered[rendered.index(after: sep2)..<end])
      if content.contains(DocumentMarkup.open) {
        throw AssemblyError.message("块标签不能嵌套：{% \(kind) %} 里面又出现了其他块标签")
      }
      let text = content.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      let joined = text.joined()
      switch kind {
      case "title":
        document.title = text.joined(separator: "\n")
      case "recipients":
        let r = joined.trimmingCharacters(in: CharacterSet(charactersIn: "：:"))
        document.recipients = r.isEmpty ? nil : r
      case "heading", "lead":
        let level = Int(argument) ?? 1
        guard (1...4).contains(level) else { throw AssemblyError.message("标题级别只能是 1 到 4，这里是 \(argument)") }
        guard !joined.isEmpty else { break }
        let marker = HeadingNumber.leadingMarker(in: joined) ?? ""
        let rest = String(joined.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        if kind == "heading" {
          document.blocks.append(.heading(level: level, number: marker, text: rest))
        } else {
          pendingLead = RunInHeading(level: level, number: marker, text: rest)
        }
      case "paragraph":
        for line in text {
          document.blocks.append(.paragraph(lead: pendingLead, text: line))
          pendingLead = nil
        }
      case "signature":
        document.signature += text
      case "date":
        document.date = joined.isEmpty ? nil : joined
      case "table":
        let rows = content.split(whereSeparator: \.isNewline)
          .map { $0.split(separator: DocumentMarkup.cell, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
          .filter { !($0.count == 1 && $0[0].isEmpty) }
        if !rows.isEmpty { document.blocks.append(.table(caption: argument.isEmpty ? nil : argument, rows: rows)) }
      default:
        throw AssemblyError.message("未知的块标签「\(kind)」")
      }
      index = rendered.index(after: end)
    }
    flushLoose()
    if let lead = pendingLead {
      document.blocks.append(.paragraph(lead: lead, text: ""))
    }
    return document
  }
}

import Foundation
