import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct PlainTextWriterTests {
  @Test func laysOutTheReportLikeAGongwen() throws {
    let output = try PlainTextWriter().write(WriterFixtures.sampleReport())
    let text = try WriterFixtures.string(output)
    let lines = text.components(separatedBy: "\n")
    #expect(lines[0] == "示例县人民政府关于2025年度")
    #expect(lines[1] == "法治政府建设情况的报告")
    #expect(lines[2] == "")
    #expect(lines[3] == "中共示例市委、示例市人民政府：")
    #expect(lines[4].hasPrefix("　　2025年，示例县人民政府"))
    #expect(lines.contains("　　一、2025年度推进法治政府建设的主要举措和成效"))
    #expect(lines.contains("　　（一）深入学习贯彻习近平法治思想"))
    #expect(lines.contains("　　1.推行行政执法三项制度"))
    #expect(lines.contains("　　（1）执法公示"))
    #expect(lines.contains("　　1.健全推进机制。县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点。"))
    // A lead that already ends in 。 does not get a second one.
    #expect(lines.contains { $0.hasPrefix("　　2.强化学法用法。组织") })
    #expect(output.warnings.isEmpty)
  }

  @Test func rightAlignsSignatureAndDateOnA28CharacterLine() throws {
    let text = try WriterFixtures.string(PlainTextWriter().write(WriterFixtures.sampleReport()))
    #expect(text.hasSuffix("示例县人民政府\n　　　　　　　　　　　　　　　　　 2026年2月20日\n"))
    let lines = text.split(separator: "\n").map(String.init)
    let signature = try #require(lines.first { $0.hasSuffix("示例县人民政府") && $0.hasPrefix("　") })
    // 右空二字 for the 署名, 右空四字 for the date, in a 28-character (56-column) line.
    #expect(DisplayWidth.columns(of: signature) == 52)
    #expect(DisplayWidth.columns(of: try #require(lines.last)) == 48)
  }

  @Test func usesLFOnlyAndEndsWithOneNewline() throws {
    var doc = WriterFixtures.sampleReport()
    doc.blocks.append(.paragraph(lead: nil, text: "第一行\r\n第二行\r第三行"))
    let text = try WriterFixtures.string(PlainTextWriter().write(doc))
    #expect(!text.contains("\r"))
    #expect(text.hasSuffix("日\n"))
    #expect(!text.hasSuffix("\n\n"))
    #expect(text.contains("　　第一行\n第二行\n第三行\n"))
  }

  @Test func rendersTablesAsAlignedColumns() throws {
    let text = try WriterFixtures.string(PlainTextWriter().write(WriterFixtures.sampleReport()))
    #expect(text.contains("\n\n2025年度行政复议和应诉情况\n项目              件数  同比\n收到行政复议申请  120   增长8.1%\n"))
  }

  @Test func removesControlCharactersWithAWarning() throws {
    let output = try PlainTextWriter().write(WriterFixtures.hostileReport())
    let text = try WriterFixtures.string(output)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    #expect(text.contains("👍") && text.contains("𠀀"))
    #expect(output.warnings.first?.hasPrefix("已删除 3 个 XML 不允许的控制字符") == true)
  }
}
