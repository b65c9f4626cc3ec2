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

  @Test func setsEastAsianFontsOnRunsAndStyles() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    let document = try text(parts, "word/document.xml")
    #expect(document.contains("w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\""))
    #expect(document.contains("w:eastAsia=\"方正小标宋简体\""))
    #expect(document.contains("w:eastAsia=\"黑体\""))
    #expect(document.contains("w:eastAsia=\"楷体_GB2312\""))
    #expect(document.contains("<w:sz w:val=\"44\"/>"))
    let styles = try text(parts, "word/styles.xml")
    #expect(styles.contains("<w:spacing w:val=\"-5\"/>"), "28 characters a line need -0.25 pt spacing")
    for level in 1...4 {
      #expect(styles.contains("w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
      #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
    }
    for id in ["Title", "Body", "Recipients", "Signature", "Date"] {
      #expect(styles.contains("w:styleId=\"\(id)\""))
    }
    let fonts = try text(parts, "word/fontTable.xml")
    #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
    #expect(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"/>"))
    #expect(fonts.contains("<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>"))
  }

  @Test func indentsEveryBodyParagraphAndHeadingByTwoCharacters() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    let probe = try #require(XMLProbe.parse(try WriterFixtures.part(parts, "word/document.xml")))
    let body = probe.paragraphs.filter { $0.style == "Body" || $0.style?.hasPrefix("Heading") == true }
    #expect(body.count == 13)
    #expect(body.allSatisfy { $0.firstLineChars == "200" })
    let recipients = try #require(probe.paragraphs.first { $0.style == "Recipients" })
    #expect(recipients.firstLineChars == nil)
    #expect(recipients.text == "中共示例市委、示例市人民政府：")
    #expect(probe.paragraphs.first?.style == "Title")
    #expect(probe.paragraphs.suffix(2).map(\.style) == ["Signature", "Date"])
    #expect(probe.paragraphs.last?.text == "2026年2月20日")
    #expect(probe.paragraphs.contains { $0.text == "1.健全推进机制。县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点。" })
  }

  @Test func numbersPagesRightOnOddAndLeftOnEvenPages() throws {
    let parts = try parts(of: WriterFixtures.sampleReport()).parts
    #expect(try text(parts, "word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    let odd = try text(parts, "word/footer1.xml")
    let even = try text(parts, "word/footer2.xml")
    #expect(odd.contains("<w:jc w:val=\"right\"/>") && even.contains("<w:jc w:val=\"left\"/>"))
    for footer in [odd, even] {
      #expect(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
      #expect(footer.contains("<w:sz w:val=\"28\"/>") && footer.contains("w:eastAsia=\"宋体\""))
      #expect(footer.contains(">— </w:t>") && footer.contains("> —</w:t>"))
    }
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
