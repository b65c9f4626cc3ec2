import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct DocxWriterTests {
  static let requiredParts = [
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
    "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
    "docProps/core.xml", "docProps/app.xml",
  ]

  private func parts(of doc: RenderedDocument) throws -> (parts: [String: Data], warnings: [String]) {
    let output = try DocxWriter().write(doc)
    return (try WriterFixtures.unzip(output.data), output.warnings)
  }

  private func text(_ parts: [String: Data], _ path: String) throws -> String {
    try WriterFixtures.partText(parts, path)
  }

  @Test func containsEveryPartAndEachIsWellFormed() throws {
    let (parts, warnings) = try parts(of: WriterFixtures.sampleReport())
    #expect(warnings.isEmpty)
    for path in Self.requiredParts {
      let data = try #require(parts[path], "missing \(path)")
      #expect(XMLProbe.parse(data) != nil, "\(path) is not well-formed")
    }
    #expect(try text(parts, "[Content_Types].xml").contains("PartName=\"/word/footer2.xml\""))
    #expect(try text(parts, "word/_rels/document.xml.rels").contains("Target=\"footer1.xml\""))
  }

  @Test func laysOutTheSectionPerGBT9704() throws {
    let document = try text(parts(of: WriterFixtures.sampleReport()).parts, "word/document.xml")
    #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    #expect(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
    #expect(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
    #expect(document.contains("<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"))
    #expect(GongwenLayout.linePitch * 22 <= 16838 - 2098 - 1984)
  }

  /// Everything a secretary restyles lives in named styles: no paragraph or run of document.xml names a font or
  /// a size, and no paragraph carries an indent except the 落款/date offsets, which come from their lengths.
  @Test func keepsFontsSizesAndIndentsInStyles() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    let document = try text(parts, "word/document.xml")
    for direct in ["w:ascii=", "w:eastAsia=", "<w:sz ", "<w:b/>", "w:firstLine", "<w:spacing w:val"] {
      #expect(!document.contains(direct), "document.xml carries \(direct)")
    }
    #expect(document.components(separatedBy: "<w:rFonts w:hint=\"eastAsia\"/>").count > 10)
    let styles = try text(parts, "word/styles.xml")
    #expect(styles.contains("<w:spacing w:val=\"-5\"/>"), "28 characters a line need -0.25 pt spacing")
    #expect(styles.contains("<w:overflowPunct w:val=\"1\"/>"))
    #expect(styles.contains("w:eastAsia=\"方正小标宋简体\""))
    #expect(styles.contains("w:eastAsia=\"黑体\"") && styles.contains("w:eastAsia=\"楷体_GB2312\""))
    for level in 1...4 {
      #expect(styles.contains("w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
      #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
    }
    for id in ["Title", "Signature", "Date", "Footer"] {
      #expect(styles.contains("w:styleId=\"\(id)\""))
    }
    for id in ["Body", "Recipients", "TableText", "TableHeading", "FooterEven"] {
      #expect(styles.contains("w:customStyle=\"1\" w:styleId=\"\(id)\""))
    }
    #expect(styles.contains("<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"579\""))
    let fonts = try text(parts, "word/fontTable.xml")
    #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
    #expect(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"/>"))
    #expect(fonts.contains("<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>"))
  }

  @Test func indentsBodyParagraphsAndHeadingsThroughTheirStyles() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    let probe = try #require(XMLProbe.parse(try WriterFixtures.part(parts, "word/document.xml")))
    let body = probe.paragraphs.filter { $0.style == "Body" || $0.style?.hasPrefix("Heading") == true }
    #expect(body.count == 13)
    let styles = try text(parts, "word/styles.xml")
    for id in ["Body", "Heading1", "Heading4"] {
      let style = try #require(styles.range(of: "w:styleId=\"\(id)\"")).upperBound
      let end = try #require(styles.range(of: "</w:style>", range: style..<styles.endIndex)).lowerBound
      #expect(styles[style..<end].contains("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"), "\(id)")
    }
    let recipients = try #require(probe.paragraphs.first { $0.style == "Recipients" })
    #expect(recipients.text == "中共示例市委、示例市人民政府：")
    #expect(probe.paragraphs.first?.style == "Title")
    #expect(probe.paragraphs.suffix(2).map(\.style) == ["Signature", "Date"])
    #expect(probe.paragraphs.last?.text == "2026年2月20日")
    #expect(probe.paragraphs.contains { $0.text == "1.健全推进机制。县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点。" })
  }

  /// A paragraph opened by a run-in heading stays one Body paragraph and is listed at the heading's level.
  @Test func givesRunInHeadingsAnOutlineLevel() throws {
    let document = try text(parts(of: WriterFixtures.sampleReport()).parts, "word/document.xml")
    #expect(
      document.contains(
        "<w:p><w:pPr><w:pStyle w:val=\"Body\"/><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:rPr>"
          + "<w:rStyle w:val=\"Heading3Char\"/><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">1.健全推进机制。"))
    #expect(document.components(separatedBy: "<w:outlineLvl").count - 1 == 2)
  }

  /// GB/T 9704 7.3.5.2: the date's first character two characters right of the 落款's; the date never closer
  /// than two characters to the edge.
  @Test func placesTheDateTwoCharactersRightOfTheSignature() {
    let date = "2026年2月20日"
    let dateWidth = ClosingLayout.characters(date)
    // 2026|年|2|月|20|日: 6.5 characters, five autospaces, less the tracking of 10 characters.
    #expect(abs(dateWidth - (6.5 + 5 * ClosingLayout.autospace - 10 * 0.25 / 16)) < 0.0001)
    // 示例县人民政府 is hardly longer than the date: the date stands 右空二字 and the 落款 moves left.
    // A department's full name: the 落款 右空二字 and the date further in.
    for (signature, dateStandsTwoIn) in [("示例县人民政府", true), ("示例县全面依法治县委员会办公室", false)] {
      let layout = ClosingLayout(signature: [signature], date: date)
      let signatureStart = layout.signatureRight + ClosingLayout.characters(signature)
      #expect(abs(signatureStart - 2 - (layout.dateRight + dateWidth)) < 0.0001, "\(signature)")
      #expect((layout.dateRight == 2) == dateStandsTwoIn && (layout.signatureRight == 2) != dateStandsTwoIn)
      #expect(min(layout.dateRight, layout.signatureRight) == 2)
    }
    #expect(ClosingLayout(signature: [], date: date) == ClosingLayout(signature: ["示例县"], date: nil))
  }

  @Test func writesCorePropertiesFromTheReport() throws {
    let core = try text(parts(of: WriterFixtures.sampleReport()).parts, "docProps/core.xml")
    #expect(core.contains("<dc:title>示例县人民政府关于2025年度法治政府建设情况的报告</dc:title>"))
    #expect(core.contains("<dc:creator>示例县人民政府</dc:creator>"))
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-02-20T00:00:00Z</dcterms:created>"))
    var undated = WriterFixtures.sampleReport()
    (undated.date, undated.signature) = (nil, [])
    let fallback = try text(parts(of: undated).parts, "docProps/core.xml")
    #expect(fallback.contains(">2000-01-01T00:00:00Z</dcterms:created>") && !fallback.contains("dc:creator"))
  }

  @Test func numbersPagesRightOnOddAndLeftOnEvenPages() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    #expect(try text(parts, "word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    let odd = try text(parts, "word/footer1.xml")
    let even = try text(parts, "word/footer2.xml")
    #expect(odd.contains("<w:pStyle w:val=\"Footer\"/>") && even.contains("<w:pStyle w:val=\"FooterEven\"/>"))
    for footer in [odd, even] {
      #expect(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
      #expect(footer.contains(">— </w:t>") && footer.contains("> —</w:t>") && !footer.contains("<w:rPr>"))
    }
    let styles = try text(parts, "word/styles.xml")
    #expect(styles.contains("<w:ind w:left=\"0\" w:right=\"280\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>"))
    #expect(styles.contains("<w:ind w:left=\"280\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"))
  }

  @Test func writesTablesAsWordTables() throws {
    let document = try text(parts(of: WriterFixtures.sampleReport()).parts, "word/document.xml")
    #expect(document.contains("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"))
    #expect(document.components(separatedBy: "<w:tr>").count - 1 == 3)
    #expect(document.components(separatedBy: "<w:tc>").count - 1 == 9)
    #expect(document.contains("<w:tblHeader/>"))
  }

  @Test func removesCharactersXMLForbidsAndKeepsEmojiAndExtensionB() throws {
    let (parts, warnings) = try parts(of: WriterFixtures.hostileReport())
    let data = try #require(parts["word/document.xml"])
    let probe = try #require(XMLProbe.parse(data), "document.xml is not well-formed")
    #expect(probe.paragraphs.contains { $0.text == "含控制字符与、表情👍、扩展B区𠀀、符号 & < > \" '" })
    #expect(probe.paragraphs.first?.text == "示例县<script>alert(\"x\")</script>报告")
    #expect(warnings == ["已删除 3 个 XML 不允许的控制字符，请检查数据中是否混入了复制粘贴带来的隐藏字符"])
    let core = try #require(parts["docProps/core.xml"])
    #expect(XMLProbe.parse(core) != nil)
  }

  @Test func writesTheSameBytesTwice() throws {
    let doc = WriterFixtures.hostileReport()
    let first = try DocxWriter().write(doc).data
    let second = try DocxWriter().write(doc).data
    #expect(first == second)
    #expect(try DocxWriter(timestamp: Date(timeIntervalSince1970: 1_767_225_600)).write(doc).data != first)
  }

  @Test func survivesLongAndLargeInput() throws {
    var doc = WriterFixtures.sampleReport()
    doc.title = String(repeating: "示例县人民政府关于法治政府建设情况的报告", count: 20)
    doc.blocks.append(.heading(level: 1, number: "四、", text: String(repeating: "很长的标题", count: 40)))
    for index in 0..<2_000 {
      doc.blocks.append(
        index % 10 == 0
          ? .heading(level: index % 4 + 1, number: "\(index).", text: "标题\(index)")
          : .paragraph(lead: nil, text: "第\(index)段。😀𠀀 & <\u{0007}>"))
    }
    doc.blocks.append(.heading(level: 9, number: "", text: "层级越界"))
    doc.blocks.append(.table(caption: "参差不齐", rows: [["甲", "乙", "丙"], ["1"], []]))
    let output = try DocxWriter().write(doc)
    let parts = try WriterFixtures.unzip(output.data)
    let probe = try #require(XMLProbe.parse(try WriterFixtures.part(parts, "word/document.xml")))
    #expect(probe.paragraphs.count > 2_000)
    #expect(output.warnings.count == 3)
    #expect(output.warnings[0].hasPrefix("已删除 1800 个"))
    #expect(output.warnings.contains("表格《参差不齐》有 2 行的单元格少于 3 个，已补空单元格"))
    #expect(output.warnings.contains { $0.contains("超出 1–4") })
  }
}
