import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("Word body text")
struct DocxContentTests {
  func read(_ body: String, configure: (inout DocxFixture) -> Void = { _ in }) throws -> ReadDocument {
    var fixture = DocxFixture(body: body)
    configure(&fixture)
    return try DocxReader.read(data: fixture.data())
  }

  @Test func trackedChangesAreAccepted() throws {
    let body = """
      <w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id="1" w:author="审核"><w:r><w:t>新增</w:t></w:r></w:ins>\
      <w:del w:id="2" w:author="审核"><w:r><w:delText>删除</w:delText></w:r></w:del>\
      <w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>移来</w:t></w:r></w:moveTo>\
      </w:p>\
      <w:p><w:pPr><w:rPr><w:del w:id="5" w:author="审核"/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>\
      <w:p><w:r><w:t>后半句。</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pPrChange w:id="6"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
      </w:pPrChange></w:pPr><w:r><w:t>旧格式不算</w:t></w:r></w:p>
      """
    #expect(try read(body).paragraphs.map(\.text) == ["保留新增移来", "前半句，后半句。", "旧格式不算"])
  }

  @Test func tableRowsBecomeTabSeparatedParagraphs() throws {
    func cell(_ text: String) -> String { "<w:tc><w:tcPr/>\(DocxFixture.paragraph(text))</w:tc>" }
    let body =
      DocxFixture.paragraph("主要指标如下：") + "<w:tbl><w:tblPr/>"
      + "<w:tr>\(cell("指标"))\(cell("数值"))</w:tr>"
      + "<w:tr>\(cell("行政复议案件"))<w:tc>\(DocxFixture.paragraph("120"))\(DocxFixture.paragraph("件"))</w:tc></w:tr>"
      + "<w:tr><w:trPr><w:del w:id=\"9\"/></w:trPr>\(cell("删掉的行"))\(cell("1"))</w:tr>"
      + "<w:tr>\(cell(""))\(cell(""))</w:tr>"
      + "</w:tbl>" + DocxFixture.paragraph("表后正文。")
    let document = try read(body)
    #expect(document.paragraphs.map(\.text) == ["主要指标如下：", "指标\t数值", "行政复议案件\t120 件", "表后正文。"])
    #expect(document.paragraphs.map(\.isTableRow) == [false, true, true, false])
  }

  @Test func headersFootersAndFootnotesAreNotContent() throws {
    let body = """
      <w:p><w:r><w:t>依法行政</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>\
      <w:footnoteReference w:id="1"/></w:r><w:r><w:t>取得成效。</w:t></w:r></w:p>
      """
    let document = try read(body) { fixture in
      fixture.parts["word/header1.xml"] =
        "<w:hdr \(DocxFixture.namespaces)>\(DocxFixture.paragraph("页眉：某市人民政府"))</w:hdr>"
      fixture.parts["word/footer1.xml"] = """
        <w:ftr \(DocxFixture.namespaces)><w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr=" PAGE ">\
        <w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> —</w:t></w:r></w:p></w:ftr>
        """
      fixture.parts["word/footnotes.xml"] = """
        <w:footnotes \(DocxFixture.namespaces)><w:footnote w:id="1">\(DocxFixture.paragraph("脚注内容"))</w:footnote>\
        </w:footnotes>
        """
    }
    #expect(document.text == "依法行政取得成效。")
  }

  @Test func hyperlinksAndFieldsKeepTheirVisibleText() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">详见</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>政府网站</w:t></w:r>\
      </w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>\
      <w:p><w:r><w:t>成文日期：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
      <w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年3月1日</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
      <w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>\
      <w:r><w:t>页</w:t></w:r></w:p>\
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3"</w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、目录项\t3</w:t></w:r></w:p>\
      <w:p><w:r><w:t>二、目录项\t5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
      <w:p><w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent><w:r><w:t>内容控件文字</w:t></w:r>\
      </w:sdtContent></w:sdt></w:p>
      """
    #expect(
      try read(body).paragraphs.map(\.text) == ["详见政府网站。", "成文日期：2024年3月1日", "第3页", "内容控件文字"])
  }

  @Test func headingLevelsFromOutlineLevelAndStyles() throws {
    let styles = """
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
      <w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 3"/></w:style>\
      <w:style w:type="paragraph" w:styleId="PartTitle"><w:name w:val="部分标题"/>\
      <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="PartTitleRed"><w:name w:val="红色部分标题"/>\
      <w:basedOn w:val="PartTitle"/></w:style>\
      <w:style w:type="paragraph" w:styleId="BodyHeading"><w:name w:val="heading 2"/>\
      <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
      """
    let body = [
      DocxFixture.paragraph("标题一", properties: "<w:pStyle w:val=\"Heading1\"/>"),
      DocxFixture.paragraph("部分", properties: "<w:pStyle w:val=\"PartTitleRed\"/>"),
      DocxFixture.paragraph("标题三", properties: "<w:pStyle w:val=\"3\"/>"),
      DocxFixture.paragraph("直接设置", properties: "<w:outlineLvl w:val=\"2\"/>"),
      DocxFixture.paragraph("正文级别", properties: "<w:pStyle w:val=\"BodyHeading\"/>"),
      DocxFixture.paragraph("普通正文"),
    ].joined()
    let document = try read(body) { $0.setStyles(styles) }
    #expect(document.paragraphs.map(\.outlineLevel) == [0, 1, 2, 2, nil, nil])
  }

  @Test func emptyParagraphsAreDroppedAndLinesArePargraphs() throws {
    let body =
      DocxFixture.paragraph("第一段。") + String(repeating: "<w:p/><w:p><w:r><w:t>　 </w:t></w:r></w:p>", count: 50)
      + DocxFixture.paragraph("第二段：") + "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t>"
      + "<w:cr/><w:t>丁</w:t></w:r></w:p>"
      + "<w:p><w:r><w:t>Rule of</w:t><w:br/><w:t>Law 2025</w:t><w:br/><w:t>年度</w:t></w:r></w:p>"
    let document = try read(body)
    // A line break inside a paragraph joins as a wrapped line does: Chinese directly, Latin words with a space.
    #expect(document.paragraphs.map(\.text) == ["第一段。", "第二段：", "甲\t乙丙丁", "Rule of Law 2025年度"])
    #expect(document.text.split(separator: "\n").count == 4)
  }

  @Test func textBoxesAreReadOnceAndHiddenTextIsDropped() throws {
    let box = "<w:txbxContent>\(DocxFixture.paragraph("文本框内容"))</w:txbxContent>"
    let body = """
      <w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent>\
      <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>\(box)\
      </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
      </mc:AlternateContent></w:r></w:p>\
      <w:p><w:r><w:t>看得见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r></w:p>
      """
    #expect(try read(body).paragraphs.map(\.text) == ["锚定段落", "文本框内容", "看得见"])
  }
}
