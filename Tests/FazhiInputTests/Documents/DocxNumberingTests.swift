import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("Word auto-numbering")
struct DocxNumberingTests {
  static let reportNumbering = """
    <w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>\
    <w:suff w:val="nothing"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/>\
    <w:suff w:val="nothing"/></w:lvl>\
    </w:abstractNum>\
    <w:abstractNum w:abstractNumId="1">\
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="0"/>\
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
    """

  func read(_ body: String, styles: String? = nil) throws -> [DocumentParagraph] {
    var fixture = DocxFixture(body: body)
    fixture.setNumbering(Self.reportNumbering)
    if let styles { fixture.setStyles(styles) }
    return try DocxReader.read(data: fixture.data()).paragraphs
  }

  @Test func chineseCountingWithNestedRestart() throws {
    let body = [
      DocxFixture.numbered("全面推进法治政府建设", numId: 1, level: 0),
      DocxFixture.numbered("研究解决重点问题", numId: 1, level: 1),
      DocxFixture.numbered("打造示范标杆", numId: 1, level: 1),
      DocxFixture.numbered("加强学法", numId: 1, level: 2),
      DocxFixture.numbered("加强普法", numId: 1, level: 2),
      DocxFixture.numbered("首项", numId: 1, level: 3),
      DocxFixture.numbered("持续推进政府职能转变", numId: 1, level: 0),
      DocxFixture.numbered("加强社会信用体系建设", numId: 1, level: 1),
      DocxFixture.numbered("再次从一开始", numId: 1, level: 2),
    ].joined()
    let texts = try read(body).map(\.text)
    #expect(
      texts == [
        "一、全面推进法治政府建设", "（一）研究解决重点问题", "（二）打造示范标杆", "1. 加强学法", "2. 加强普法",
        "①首项", "二、持续推进政府职能转变", "（一）加强社会信用体系建设", "1. 再次从一开始",
      ])
  }

  @Test func instancesShareTheirListUnlessOverridden() throws {
    let body = [
      DocxFixture.numbered("甲", numId: 1, level: 0),
      DocxFixture.numbered("乙", numId: 4, level: 0),
      DocxFixture.numbered("从五开始", numId: 2, level: 0),
      DocxFixture.numbered("接着", numId: 2, level: 0),
      DocxFixture.numbered("项目符号不显示", numId: 3, level: 0),
      DocxFixture.numbered("编号被去掉", numId: 0, level: 0),
    ].joined()
    let texts = try read(body).map(\.text)
    #expect(texts == ["一、甲", "二、乙", "五、从五开始", "六、接着", "项目符号不显示", "编号被去掉"])
  }

  @Test func numberingAndLevelFromHeadingStyle() throws {
    let styles = """
      <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>\
      <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/>\
      <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      """
    let body = [
      DocxFixture.paragraph("全面推进", properties: "<w:pStyle w:val=\"1\"/>"),
      DocxFixture.paragraph("研究解决", properties: "<w:pStyle w:val=\"2\"/>"),
      DocxFixture.paragraph("正文内容。"),
    ].joined()
    let paragraphs = try read(body, styles: styles)
    #expect(paragraphs.map(\.text) == ["一、全面推进", "（一）研究解决", "正文内容。"])
    #expect(paragraphs.map(\.outlineLevel) == [0, 1, nil])
  }

  @Test(arguments: [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"),
    (101, "一百零一"), (110, "一百一十"), (1005, "一千零五"), (10010, "一万零一十"),
  ])
  func chineseCounting(value: Int, expected: String) {
    #expect(ListNumberFormat.render(value, format: "chineseCounting") == expected)
  }

  @Test func otherFormats() {
    #expect(ListNumberFormat.render(3, format: "ideographTraditional") == "丙")
    #expect(ListNumberFormat.render(12, format: "decimalEnclosedCircle") == "⑫")
    #expect(ListNumberFormat.render(11, format: "chineseLegalSimplified") == "壹拾壹")
    #expect(ListNumberFormat.render(4, format: "lowerRoman") == "iv")
    #expect(ListNumberFormat.render(28, format: "upperLetter") == "BB")
    #expect(ListNumberFormat.render(7, format: "decimalZero") == "07")
    // Digit by digit, full-width or ideographic; a negative start keeps its sign (no force unwrap, no Int(String)).
    #expect(ListNumberFormat.render(-12, format: "decimalFullWidth") == "－１２")
    #expect(ListNumberFormat.render(-205, format: "ideographDigital") == "-二〇五")
    #expect(ListNumberFormat.render(12, format: "decimalFullWidth") == "１２")
    #expect(ListNumberFormat.render(2, format: "bullet") == nil)
  }
}
