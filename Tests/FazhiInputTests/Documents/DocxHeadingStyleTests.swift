import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Word heading styles as structure: 标题 1–4 / heading 1–4 and `w:outlineLvl` (direct or through the style chain)
/// make a paragraph a heading even when its text has no 一、 or （一）.
@Suite("Word heading styles in the outline")
struct DocxHeadingStyleTests {
  /// Styles as Word and WPS save them: built-in names with numeric ids, and a custom style whose outline level
  /// comes from the style it is based on.
  static let styles = """
    <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>\
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>\
    <w:style w:type="paragraph" w:styleId="BuFen"><w:name w:val="部分标题"/><w:basedOn w:val="BuFenJi"/></w:style>\
    <w:style w:type="paragraph" w:styleId="BuFenJi"><w:name w:val="部分级别"/>\
    <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    """

  static func styled(_ text: String, _ style: String) -> String {
    DocxFixture.paragraph(text, properties: "<w:pStyle w:val=\"\(style)\"/>")
  }

  /// A fictional report whose headings carry no written number; `headingStyles: false` drops every style.
  static func report(headingStyles: Bool) throws -> ReadDocument {
    func heading(_ text: String, _ style: String) -> String {
      headingStyles ? styled(text, style) : DocxFixture.paragraph(text)
    }
    let body = [
      DocxFixture.paragraph("示例县2025年法治政府建设情况报告"),
      DocxFixture.paragraph("示例市人民政府："),
      DocxFixture.paragraph("2025年，示例县坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下："),
      heading("主要举措和成效", "1"),
      heading("深化行政执法改革", "2"),
      DocxFixture.paragraph("全面推行行政执法公示制度，全年开展执法案卷评查2次，评查案卷120份。"),
      headingStyles
        ? DocxFixture.paragraph("规范行政复议工作", properties: "<w:outlineLvl w:val=\"1\"/>")
        : DocxFixture.paragraph("规范行政复议工作"),
      DocxFixture.paragraph("全年收到行政复议申请96件，依法受理90件，调解和解结案31件。"),
      heading("存在的不足和原因", "BuFen"),
      DocxFixture.paragraph("示例县法治政府建设虽然取得一定成效，但还存在基层执法力量不足等问题。主要原因是培训不够。"),
      heading("下一年度工作安排", "1"),
      DocxFixture.paragraph("2026年，示例县将持续加强行政执法队伍建设，提升执法规范化水平。"),
      DocxFixture.paragraph("示例县人民政府"),
      DocxFixture.paragraph("2026年2月20日"),
    ].joined()
    var fixture = DocxFixture(body: body)
    fixture.setStyles(styles)
    return try DocxReader.read(data: fixture.data())
  }

  func extract(_ document: ReadDocument) throws -> ExtractionResult {
    try ReportExtractor(catalog: Fixtures.catalog()).extract(document: document, path: "示例县.docx")
  }

  @Test func headingStylesBuildTheOutlineWithoutWrittenNumbers() throws {
    let result = try extract(try Self.report(headingStyles: true))
    #expect(
      ExtractionFixture.headingLines(result) == [
        "1 主要举措和成效", "2 深化行政执法改革", "2 规范行政复议工作", "1 存在的不足和原因", "1 下一年度工作安排",
      ])
    #expect(result.parts == [.achievements, .shortcomings, .nextYear])
    // Under 主要举措和成效, the 标题 2 headings are its areas, as （一） headings are.
    #expect(result.report?.achievements.map(\.title) == ["深化行政执法改革", "规范行政复议工作"])
    #expect(result.report?.indicators.contains { $0.id == "reconsideration_received" && $0.quantity.value == 96 } == true)
  }

  @Test func withoutTheStylesTheSameParagraphsHaveNoHeadings() throws {
    let result = try extract(try Self.report(headingStyles: false))
    #expect(result.headings.allSatisfy { $0.style == .leadSentence || $0.style == .inlineOrdinal })
    #expect(result.diagnostics.contains { $0.ruleID == "extract_no_headings" })
  }

  /// A heading style on a paragraph that writes its own number keeps that number; an unnumbered 标题 2 under a
  /// numbered 标题 1 nests below it.
  @Test func writtenNumbersAndStylesNest() throws {
    let body = [
      Self.styled("一、主要举措和成效", "1"),
      Self.styled("加强行政规范性文件管理", "2"),
      DocxFixture.paragraph("全年审核行政规范性文件12件，均提出审核意见。"),
      Self.styled("二、存在的不足和原因", "1"),
      DocxFixture.paragraph("示例县法治政府建设虽然取得一定成效，但还存在执法人员业务能力不足等问题。"),
    ].joined()
    var fixture = DocxFixture(body: body)
    fixture.setStyles(Self.styles)
    let result = try extract(try DocxReader.read(data: fixture.data()))
    #expect(
      ExtractionFixture.headingLines(result) == ["1 一、主要举措和成效", "2 加强行政规范性文件管理", "1 二、存在的不足和原因"])
  }

  /// Word writes a long body paragraph in a heading style by mistake now and then: a heading is short.
  @Test func aLongStyledParagraphStaysBodyText() throws {
    let long = "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全县各执法部门在政务网站统一公示执法主体、依据和结果。"
    let line = SourceLine(text: long, line: 1, unit: .paragraph, outlineLevel: 0)
    #expect(OutlineBuilder.styledHeading(line, chars: Array(long.unicodeScalars), topStyleLevel: 0) == nil)
    let short = SourceLine(text: "主要举措和成效", line: 1, unit: .paragraph, outlineLevel: 1)
    let marker = OutlineBuilder.styledHeading(short, chars: Array("主要举措和成效".unicodeScalars), topStyleLevel: 0)
    #expect(marker?.style == .chineseParen && marker?.written == "")
  }
}
