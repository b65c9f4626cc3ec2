import FazhiCore

/// The private markers that template tags wrap around blocks, in the Unicode private-use area U+E000–U+E00F.
/// User text may hold those characters too (GB18030 maps user-defined characters there), so it is escaped
/// before rendering and restored in the assembled document: data can never forge a block, and loses nothing.
enum DocumentMarkup {
  static let open: Character = "\u{E000}"
  static let separator: Character = "\u{E001}"
  static let close: Character = "\u{E002}"
  static let cell: Character = "\u{E003}"
  /// Starts an escaped user character: U+E00F then U+E010 + k stands for U+E000 + k (k = 0…15). Every U+E00F in
  /// escaped text starts such a pair, so U+E010… alone in user text stays itself.
  private static let escapeMark: UInt32 = 0xE00F
  private static let reserved: ClosedRange<UInt32> = 0xE000...0xE00F

  /// User text with U+E000–U+E00F escaped (as a pair that no marker search matches).
  static func escape(_ text: String) -> String {
    // U+E000–U+E00F are EE 80 80–EE 80 8F in UTF-8, and 0xEE only ever leads a sequence: a byte test rules
    // them out in almost all text.
    guard LiteralSearch.containsByte(0xEE, in: text), text.unicodeScalars.contains(where: { reserved.contains($0.value) })
    else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if reserved.contains(scalar.value), let escaped = Unicode.Scalar(scalar.value + 0x10),
        let mark = Unicode.Scalar(escapeMark)
      {
        out.append(mark)
        out.append(escaped)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Undoes `escape` in assembled text.
  static func restore(_ text: String) -> String {
    guard LiteralSearch.containsByte(0xEE, in: text), text.unicodeScalars.contains(where: { $0.value == escapeMark })
    else { return text }
    var out = String.UnicodeScalarView()
    var pendingEscape = false
    for scalar in text.unicodeScalars {
      if pendingEscape, (0xE010...0xE01F).contains(scalar.value), let original = Unicode.Scalar(scalar.value - 0x10) {
        out.append(original)
      } else if scalar.value != escapeMark {
        out.append(scalar)
      }
      pendingEscape = scalar.value == escapeMark && !pendingEscape
    }
    return String(out)
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
    var assembly = Assembly()
    if try !assembleByMarkers(rendered, into: &assembly) {
      assembly = Assembly()
      try assembleByCharacters(rendered, into: &assembly)
    }
    return assembly.finish()
  }

  /// Finds the markers in the UTF-8 bytes and copies the text between them whole. Returns false (having
  /// changed nothing) when a marker is not a `Character` of its own (a combining mark after it, a prepended
  /// mark before it): the markers are then whatever the character walk makes of them.
  static func assembleByMarkers(_ rendered: String, into assembly: inout Assembly) throws -> Bool {
    let utf8 = rendered.utf8
    // U+E000…U+E003 are EE 80 80…EE 80 83; 0xEE is never a continuation byte.
    let found: [(offset: Int, marker: UInt8)]? = utf8.withContiguousStorageIfAvailable { bytes in
      var markers: [(offset: Int, marker: UInt8)] = []
      var i = 0
      while i + 2 < bytes.count {
        if bytes[i] == 0xEE, bytes[i + 1] == 0x80, (0x80...0x83).contains(bytes[i + 2]) {
          markers.append((i, bytes[i + 2] - 0x80))
          i += 3
        } else {
          i += 1
        }
      }
      return markers
    }
    guard let markers = found else { return false }
    func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
    let characters: [Character] = [DocumentMarkup.open, DocumentMarkup.separator, DocumentMarkup.close, DocumentMarkup.cell]
    for m in markers where rendered[index(m.offset)] != characters[Int(m.marker)] { return false }
    let open: UInt8 = 0
    let separator: UInt8 = 1
    let close: UInt8 = 2
    func next(_ marker: UInt8, after k: Int) -> Int? {
      var j = k + 1
      while j < markers.count, markers[j].marker != marker { j += 1 }
      return j < markers.count ? j : nil
    }
    var position = 0
    var k = 0
    while true {
      while k < markers.count, markers[k].marker != open && markers[k].marker != close { k += 1 }
      guard k < markers.count else {
        assembly.loose += rendered[index(position)...]
        break
      }
      if markers[k].marker == close {
        throw AssemblyError.message("模板中的块标记没有正确嵌套（多了一个 end 标签？）")
      }
      assembly.loose += rendered[index(position)..<index(markers[k].offset)]
      assembly.flushLoose()
      guard let sep1 = next(separator, after: k), let sep2 = next(separator, after: sep1),
        let end = next(close, after: sep2)
      else { throw AssemblyError.message("模板中的块标记不完整") }
      let kind = String(rendered[index(markers[k].offset + 3)..<index(markers[sep1].offset)])
      let argument = String(rendered[index(markers[sep1].offset + 3)..<index(markers[sep2].offset)])
      let content = String(rendered[index(markers[sep2].offset + 3)..<index(markers[end].offset)])
      if markers[(sep2 + 1)..<end].contains(where: { $0.marker == open }) {
        throw AssemblyError.message("块标签不能嵌套：{% \(kind) %} 里面又出现了其他块标签")
      }
      try assembly.block(kind: kind, argument: argument, content: content)
      position = markers[end].offset + 3
      k = end + 1
    }
    return true
  }

  /// Walks the text `Character` by `Character` (the reference behaviour).
  static func assembleByCharacters(_ rendered: String, into assembly: inout Assembly) throws {
    var index = rendered.startIndex
    while index < rendered.endIndex {
      let ch = rendered[index]
      guard ch == DocumentMarkup.open else {
        if ch == DocumentMarkup.close {
          throw AssemblyError.message("模板中的块标记没有正确嵌套（多了一个 end 标签？）")
        }
        assembly.loose.append(ch)
        index = rendered.index(after: index)
        continue
      }
      assembly.flushLoose()
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
      try assembly.block(kind: kind, argument: argument, content: content)
      index = rendered.index(after: end)
    }
  }

  /// The document being built from the blocks and the loose text between them.
  struct Assembly {
    var document = RenderedDocument(title: "")
    var pendingLead: RunInHeading?
    var loose = ""

    mutating func flushLoose() {
      for text in Whitespace.nonBlankLines(loose) {
        document.blocks.append(.paragraph(lead: pendingLead, text: text))
        pendingLead = nil
      }
      loose = ""
    }

    mutating func block(kind: String, argument: String, content: String) throws {
      let text = Whitespace.nonBlankLines(content)
      let joined = text.joined()
      switch kind {
      case "title":
        document.title = text.joined(separator: "\n")
      case "recipients":
        let r = joined.trimmingCharacters(in: CharacterSet(charactersIn: "：:"))
        document.recipients = r.isEmpty ? nil : r
      case "heading", "lead":
        // `level` or `level number`: the marker is made from the number, the content is the heading's text.
        let fields = argument.split(separator: " ", omittingEmptySubsequences: true)
        let level = fields.first.flatMap { Int($0) } ?? 1
        guard (1...4).contains(level) else { throw AssemblyError.message("标题级别只能是 1 到 4，这里是 \(argument)") }
        let marker = fields.dropFirst().first.flatMap { Int($0) }.map { HeadingStyle(level: level).marker($0) } ?? ""
        guard !joined.isEmpty || !marker.isEmpty else { break }
        let rest = Whitespace.trim(joined)
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
        let rows = Whitespace.lines(content)
          .map {
            $0.split(separator: DocumentMarkup.cell, omittingEmptySubsequences: false).map { Whitespace.trim($0) }
          }
          .filter { !($0.count == 1 && $0[0].isEmpty) }
        if !rows.isEmpty { document.blocks.append(.table(caption: argument.isEmpty ? nil : argument, rows: rows)) }
      default:
        throw AssemblyError.message("未知的块标签「\(kind)」")
      }
    }

    /// The document, with the user text escaped by `DocumentMarkup.escape` restored.
    mutating func finish() -> RenderedDocument {
      flushLoose()
      if let lead = pendingLead {
        document.blocks.append(.paragraph(lead: lead, text: ""))
      }
      return document.mappingText(DocumentMarkup.restore)
    }
  }
}

import Foundation
