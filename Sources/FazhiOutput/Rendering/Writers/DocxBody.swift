import Foundation

/// Builds `word/document.xml` for `DocxWriter`.
///
/// With direct formatting (no reference document) every run names its fonts, `w:eastAsia` included, and body
/// paragraphs carry their indent, so the layout survives consumers that ignore styles. Without it, paragraphs
/// and run-in headings only name their styles and the reference document decides.
struct DocxBody {
  var directFormatting: Bool

  enum Face {
    case title, body, heading1, heading2, heading3, heading4, table

    var eastAsia: String {
      switch self {
      case .title: "方正小标宋简体"
      case .heading1: "黑体"
      case .heading2: "楷体_GB2312"
      case .body, .heading3, .heading4, .table: "仿宋_GB2312"
      }
    }

    var halfPoints: Int {
      switch self {
      case .title: 44
      case .table: 28
      default: GongwenLayout.bodySize
      }
    }

    var bold: Bool { self == .heading3 }

    static func heading(_ level: Int) -> Face {
      [.heading1, .heading2, .heading3, .heading4][min(max(level, 1), 4) - 1]
    }
  }

  func xml(for doc: RenderedDocument, section: String) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
      """
    out.reserveCapacity(doc.blocks.count * 400 + 4096)
    out += paragraph(style: "Title", runs: runs(doc.title, face: .title))
    if let recipients = doc.recipients, !recipients.isEmpty {
      out += paragraph(style: "Recipients", runs: runs(recipients + "：", face: .body))
    }
    for block in doc.blocks {
      switch block {
      case .heading(let level, let number, let text):
        out += paragraph(
          style: "Heading\(level)", indent: firstLineIndent, runs: runs(number + text, face: .heading(level)))
      case .paragraph(let lead, let text):
        var content = ""
        if let lead {
          content += runs(
            PlainTextWriter.runIn(lead), face: .heading(lead.level), characterStyle: "Heading\(lead.level)Char")
        }
        content += runs(text, face: .body)
        out += paragraph(style: "Body", indent: firstLineIndent, runs: content)
      case .table(let caption, let rows):
        if let caption, !caption.isEmpty {
          out += paragraph(style: "TableCaption", runs: runs(caption, face: .table, bold: true))
        }
        out += table(rows)
      }
    }
    var first = true
    for line in doc.signature {
      out += paragraph(style: "Signature", spacingBefore: first, runs: runs(line, face: .body))
      first = false
    }
    if let date = doc.date {
      out += paragraph(style: "Date", spacingBefore: first, runs: runs(date, face: .body))
    }
    out += section + "</w:body></w:document>"
    return out
  }

  private var firstLineIndent: String? {
    directFormatting ? "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(GongwenLayout.characterWidth * 2)\"/>" : nil
  }

  /// The 落款 block starts one blank line below the text (GB/T 9704 7.3.5.2); the style says so too, this is for
  /// a single-line 落款 that has no signature line above its date.
  private func paragraph(style: String, indent: String? = nil, spacingBefore: Bool = false, runs: String) -> String {
    var pPr = "<w:pPr><w:pStyle w:val=\"\(style)\"/>"
    if spacingBefore && directFormatting {
      pPr += "<w:spacing w:before=\"\(GongwenLayout.linePitch)\"/>"
    }
    if let indent { pPr += indent }
    pPr += "</w:pPr>"
    return "<w:p>" + pPr + runs + "</w:p>"
  }

  private func runProperties(face: Face, characterStyle: String?, bold: Bool) -> String {
    var rPr = ""
    if let characterStyle { rPr += "<w:rStyle w:val=\"\(characterStyle)\"/>" }
    if directFormatting {
      rPr +=
        "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"\(face.eastAsia)\" w:hAnsi=\"Times New Roman\" "
        + "w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>"
      if face.bold || bold { rPr += "<w:b/><w:bCs/>" }
      rPr += "<w:sz w:val=\"\(face.halfPoints)\"/><w:szCs w:val=\"\(face.halfPoints)\"/>"
    } else if bold {
      rPr += "<w:b/><w:bCs/>"
    }
    return rPr.isEmpty ? "" : "<w:rPr>" + rPr + "</w:rPr>"
  }

  /// One run per line and tab segment: `\n` becomes `w:br`, `\t` becomes `w:tab`.
  private func runs(_ text: String, face: Face, characterStyle: String? = nil, bold: Bool = false) -> String {
    guard !text.isEmpty else { return "" }
    let rPr = runProperties(face: face, characterStyle: characterStyle, bold: bold)
    var content = ""
    // Line feeds and tabs are `Character`s of their own (the text is cleaned of CR), so cutting the UTF-8 at
    // their bytes cuts where a walk over the characters did, without breaking the text into characters.
    let utf8 = text.utf8
    var segmentStart = utf8.startIndex
    func flush(upTo end: String.Index) {
      guard segmentStart < end else { return }
      let segment = String(Substring(text.unicodeScalars[segmentStart..<end]))
      content += "<w:t xml:space=\"preserve\">" + XMLText.escape(segment) + "</w:t>"
    }
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
        flush(upTo: index)
        content += byte == UInt8(ascii: "\n") ? "<w:br/>" : "<w:tab/>"
        segmentStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    flush(upTo: utf8.endIndex)
    return "<w:r>" + rPr + content + "</w:r>"
  }

  private func table(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    guard columns > 0 else { return "" }
    let textWidth = GongwenLayout.pageWidth - GongwenLayout.marginLeft - GongwenLayout.marginRight
    let cellWidth = textWidth / columns
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    var out =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
      + "<w:jc w:val=\"center\"/><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/>"
      + "<w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
      + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" "
      + "w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    out += String(repeating: "<w:gridCol w:w=\"\(cellWidth)\"/>", count: columns) + "</w:tblGrid>"
    for (index, row) in rows.enumerated() {
      out += "<w:tr>"
      if index == 0 { out += "<w:trPr><w:tblHeader/></w:trPr>" }
      for column in 0..<columns {
        let cell = column < row.count ? row[column] : ""
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(cellWidth)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
        out += paragraph(style: "TableText", runs: runs(cell, face: .table, bold: index == 0)) + "</w:tc>"
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }
}
