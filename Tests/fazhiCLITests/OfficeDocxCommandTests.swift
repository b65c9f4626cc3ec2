import Foundation
import Testing

@testable import FazhiTestSupport

/// Word files as Word and WPS write them, through the built binary: headings numbered by numbering.xml (no number in
/// the text), a data table, tracked changes, fields, header, footer and footnote. `extract` must see what a reader
/// of the printed page sees. All text is fictional.
@Suite(.serialized) struct OfficeDocxCommandTests {
  /// 一、 and （一） as Word's chineseCounting list levels.
  static let numbering = """
    <w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>\
    <w:suff w:val="nothing"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>\
    <w:suff w:val="nothing"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    """

  static func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

  static func cell(_ text: String) -> String { "<w:tc>\(DocxFixture.paragraph(text))</w:tc>" }

  /// The report: every heading numbered by the list, figures in a table, in a tracked insertion (the deleted figure
  /// beside it must not count), in a field result and next to a footnote reference.
  static func officeReport() throws -> Data {
    let body = [
      DocxFixture.paragraph("示例县2025年法治政府建设情况报告"),
      DocxFixture.paragraph("示例市人民政府："),
      DocxFixture.paragraph("2025年，示例县坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下："),
      DocxFixture.numbered("主要举措和成效", numId: 1, level: 0),
      DocxFixture.numbered("推进严格规范公正文明执法", numId: 1, level: 1),
      "<w:p>" + run("全年收到行政复议申请")
        + "<w:del w:id=\"1\" w:author=\"审核\"><w:r><w:delText>88</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"审核\">" + run("96") + "</w:ins>" + run("件，其中受理")
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY 受理数 </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("90")
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run("件")
        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + run("。") + "</w:p>",
      DocxFixture.paragraph("主要指标如下："),
      "<w:tbl><w:tblPr/><w:tr>\(cell("指标"))\(cell("数值"))</w:tr>"
        + "<w:tr>\(cell("行政机关负责人出庭应诉率"))\(cell("100%"))</w:tr></w:tbl>",
      DocxFixture.numbered("存在的不足和原因", numId: 1, level: 0),
      DocxFixture.paragraph("示例县法治政府建设虽然取得一定成效，但还存在基层执法力量不足等问题。主要原因是培训不够。"),
      DocxFixture.numbered("2026年工作安排", numId: 1, level: 0),
      DocxFixture.paragraph("2026年，示例县将持续加强行政执法队伍建设。"),
      DocxFixture.paragraph("示例县人民政府"),
      DocxFixture.paragraph("2026年2月20日"),
    ].joined()
    var fixture = DocxFixture(body: body)
    fixture.setNumbering(numbering)
    let namespaces = DocxFixture.namespaces
    fixture.parts["word/header1.xml"] = "<w:hdr \(namespaces)>\(DocxFixture.paragraph("示例县人民政府文件 第99号"))</w:hdr>"
    fixture.parts["word/footer1.xml"] =
      "<w:ftr \(namespaces)><w:p><w:fldSimple w:instr=\" PAGE \">\(run("77"))</w:fldSimple></w:p></w:ftr>"
    fixture.parts["word/footnotes.xml"] =
      "<w:footnotes \(namespaces)><w:footnote w:id=\"1\">\(DocxFixture.paragraph("含网上申请55件"))</w:footnote></w:footnotes>"
    return try fixture.data()
  }

  @Test func extractSeesThePrintedPage() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = try DocumentInputCommandTests.write(Self.officeReport(), "示例县2025年报告.docx", in: dir)
    let run = try CLITests.run(["extract", source, "--format", "json"], in: dir)
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let report = try #require(json["report"] as? [String: Any])
    let metadata = try #require(report["metadata"] as? [String: Any])
    #expect(metadata["jurisdiction"] as? String == "示例县")
    #expect(metadata["year"] as? Int == 2025)
    #expect(json["parts"] as? [String] == ["achievements", "shortcomings", "next_year"])
    let headings = try #require(json["headings"] as? [[String: Any]])
    #expect(headings.map { "\($0["marker"] ?? "")\($0["text"] ?? "")" } == ["一、主要举措和成效", "二、存在的不足和原因", "三、2026年工作安排"])
    var values: [String: Double] = [:]
    for indicator in report["indicators"] as? [[String: Any]] ?? [] {
      let quantity = indicator["quantity"] as? [String: Any]
      if let id = indicator["id"] as? String, let value = quantity?["value"] as? Double { values[id] = value }
    }
    // The accepted text (96, not the deleted 88), the field's result, the table row.
    #expect(values["reconsideration_received"] == 96)
    #expect(values["reconsideration_accepted"] == 90)
    #expect(values["litigation_appearance_rate"] == 100)
    // Header (第99号), footer page number (77) and footnote (55) are not content.
    for absent in ["99号", "77", "55件", "88"] {
      #expect(!(json["cleanedText"] as? String ?? "").contains(absent), "\(absent)")
    }
    // Locations count paragraphs: the paragraph with the figures is the 6th the reader sees.
    let received = try #require(
      (report["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "reconsideration_received" })
    let location = try #require(received["location"] as? [String: Any])
    #expect(location["line"] as? Int == 6)
    #expect(location["unit"] as? String == "paragraph")
  }

  /// A Word file with no text at all (empty paragraphs, a header only): one clear message about the file, not about
  /// a paragraph that does not exist, and exit 2.
  @Test func wordFileWithoutTextIsAClearMessage() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var headerOnly = DocxFixture(body: "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>")
    headerOnly.parts["word/header1.xml"] = "<w:hdr \(DocxFixture.namespaces)>\(DocxFixture.paragraph("页眉"))</w:hdr>"
    let source = try DocumentInputCommandTests.write(try headerOnly.data(), "空白.docx", in: dir)
    let run = try CLITests.run(["extract", source], in: dir)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix(source + ": error: "), "\(run.stderr)")
    #expect(run.stderr.contains("Word 文档中没有正文文字"), "\(run.stderr)")
    #expect(!run.stderr.contains("第1段"), "\(run.stderr)")
    #expect(!run.stderr.contains("网页"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }
}
