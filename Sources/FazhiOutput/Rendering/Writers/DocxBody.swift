import Foundation

/// Builds `word/document.xml` for `DocxWriter`.
///
/// Paragraphs and runs name their styles and nothing else (DocxStyles holds every font, size and indent), so a
/// reference document or a secretary restyling 正文 or 标题 1 changes every paragraph of that kind. The only
/// direct paragraph properties are the ones that come from the content: the outline level of a paragraph that
/// opens with a run-in heading, and the right indents that set the 落款 and 成文日期 against each other.
struct DocxBody {
  /// One body character in twips (3号 = 320), the unit of the 落款 and date indents.
  var characterTwips: Int = GongwenLayout.characterWidth

  func xml(for doc: RenderedDocument, section: String) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
      """
    out.reserveCapacity(doc.blocks.count * 300 + 4096)
    // A long title breaks between its phrases, in a 梯形 or 菱形 (TitleLayout), not wherever Word's line is full.
    out += paragraph(style: "Title", runs: runs(TitleLayout().lines(doc.title).joined(separator: "\n")))
    if let recipients = doc.recipients, !recipients.isEmpty {
      out += paragraph(style: "Recipients", runs: runs(recipients + "："))
    }
    for block in doc.blocks {
      switch block {
      case .heading(let level, let number, let text):
        out += paragraph(style: "Heading\(min(max(level, 1), 4))", runs: runs(number + text))
      case .paragraph(let lead, let text):
        var content = ""
        var properties = ""
        if let lead {
          let level = min(max(lead.level, 1), 4)
          content += runs(PlainTextWriter.runIn(lead), characterStyle: "Heading\(level)Char")
          // The paragraph that opens with 「1.……。」 is listed at that heading's level in Word's navigation
          // pane and table of contents; it stays one Body paragraph, as GB/T 9704 prints it.
          properties = "<w:outlineLvl w:val=\"\(level - 1)\"/>"
        }
        content += runs(text)
        out += paragraph(style: "Body", properties: properties, runs: content)
      case .table(let caption, let rows):
        if let caption, !caption.isEmpty {
          out += paragraph(style: "TableCaption", runs: runs(caption))
        }
        out += table(rows)
      }
    }
    out += closing(signature: doc.signature, date: doc.date)
    out += section + "</w:body></w:document>"
    return out
  }

  /// 落款 and 成文日期 placed per GB/T 9704 7.3.5.2 (see `ClosingLayout`).
  private func closing(signature: [String], date: String?) -> String {
    let layout = ClosingLayout(signature: signature, date: date)
    var out = ""
    for line in signature {
      out += paragraph(style: "Signature", properties: rightIndent(layout.signatureRight, style: 2), runs: runs(line))
    }
    if let date {
      var properties = rightIndent(layout.dateRight, style: 2)
      // Without a 落款 the date itself stands one line below the text.
      if signature.isEmpty { properties = "<w:spacing w:before=\"\(GongwenLayout.linePitch)\"/>" + properties }
      out += paragraph(style: "Date", properties: properties, runs: runs(date))
    }
    return out
  }

  /// A right indent of `characters`, or nothing when the style already has it.
  private func rightIndent(_ characters: Double, style: Double) -> String {
    abs(characters - style) < 0.01
      ? "" : DocxStyles.indent(rightCharacters: characters, characterTwips: characterTwips)
  }

  private func paragraph(style: String, properties: String = "", runs: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>" + properties + "</w:pPr>" + runs + "</w:p>"
  }

  /// One run per text: `\n` becomes `w:br`, `\t` becomes `w:tab`. The run names no font; its only property is
  /// the hint that quotation marks and other characters shared by Latin and Chinese fonts are Chinese text, so
  /// Word draws “” in the style's 仿宋 and not in Times New Roman.
  private func runs(_ text: String, characterStyle: String? = nil) -> String {
    guard !text.isEmpty else { return "" }
    var rPr = "<w:rPr>"
    if let characterStyle { rPr += "<w:rStyle w:val=\"\(characterStyle)\"/>" }
    rPr += "<w:rFonts w:hint=\"eastAsia\"/></w:rPr>"
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
        out += paragraph(style: index == 0 ? "TableHeading" : "TableText", runs: runs(cell)) + "</w:tc>"
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }
}

/// Where 落款 and 成文日期 stand, in body characters from the right edge of the text (GB/T 9704 7.3.5.2, 不加盖印章):
/// the 落款 右空二字; the date on the next line with its first character two characters right of the 落款's
/// first character. When that would bring the date closer than two characters to the edge (a date as long as
/// the 落款 or longer), the date stands 右空二字 and the 落款 moves left so the two-character offset still holds.
/// With several 落款 lines (联合行文) they share one right indent and the longest line sets the offset.
struct ClosingLayout: Equatable {
  var signatureRight: Double
  var dateRight: Double

  init(signature: [String], date: String?) {
    let signatureWidth = signature.map(Self.characters).max() ?? 0
    let dateWidth = date.map(Self.characters) ?? 0
    guard !signature.isEmpty, date != nil else {
      (signatureRight, dateRight) = (2, 2)
      return
    }
    // Date start = 落款 start − 2: dateRight + dateWidth = signatureRight + signatureWidth − 2.
    let dateRight = 2 + signatureWidth - 2 - dateWidth
    if dateRight >= 2 {
      (self.signatureRight, self.dateRight) = (2, dateRight)
    } else {
      (self.signatureRight, self.dateRight) = (2 + dateWidth + 2 - signatureWidth, 2)
    }
  }

  /// Width in body characters: Chinese characters one, Arabic digits and other half-width characters one half,
  /// less the tracking, plus the space Word, WPS and LibreOffice put between Chinese and a Latin letter or digit (autospace:
  /// about a fifth of a character in LibreOffice, measured, and a little more in Word) at each such boundary.
  static func characters(_ text: String) -> Double {
    var boundaries = 0
    var previousIsAlphanumeric: Bool?
    for character in text {
      let isAlphanumeric = character.isASCII && (character.isLetter || character.isNumber)
      let isWide = DisplayWidth.columns(of: character) == 2
      guard isAlphanumeric || isWide else {
        previousIsAlphanumeric = nil
        continue
      }
      if let previous = previousIsAlphanumeric, previous != isAlphanumeric { boundaries += 1 }
      previousIsAlphanumeric = isAlphanumeric
    }
    // Every character also carries the tracking that fits 28 a line (−0.25 pt of a 16 pt character).
    let tracking = Double(GongwenLayout.characterSpacing) / 20 / (Double(GongwenLayout.bodySize) / 2)
    return Double(DisplayWidth.columns(of: text)) / 2 + Double(boundaries) * autospace + Double(text.count) * tracking
  }

  /// The autospace between Chinese and a Latin letter or digit, in characters.
  static let autospace = 0.2
}
