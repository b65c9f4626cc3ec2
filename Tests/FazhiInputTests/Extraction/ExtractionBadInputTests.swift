import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("无法提取的输入")
struct ExtractionBadInputTests {
  func extract(_ data: Data) throws -> ExtractionResult {
    try ReportExtractor(catalog: Fixtures.catalog()).extract(data: data, path: "示例.txt")
  }

  @Test func binaryAndEmptyInputGiveAMessageNotACrash() throws {
    for data in [Data(), Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), Data(repeating: 0, count: 100)] {
      let result = try extract(data)
      #expect(result.report == nil)
      #expect(result.isPartial)
      let finding = try #require(result.diagnostics.first)
      #expect(finding.ruleID == "extract_unreadable")
      #expect(finding.severity == .error)
    }
  }

  @Test(arguments: [
    ("示例县人民政府2025年政府工作报告\n各位代表：现在，我代表县人民政府作政府工作报告。", "政府工作报告"),
    ("示例县2025年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。", "政府信息公开工作年度报告"),
  ])
  func reportsOfAnotherKind(text: String, kind: String) throws {
    let result = try extract(Data(text.utf8))
    #expect(result.report == nil)
    let finding = try #require(result.diagnostics.first { $0.ruleID == "extract_wrong_kind" })
    #expect(finding.message.contains(kind))
    #expect(finding.message.contains("不是法治政府建设情况报告"))
  }

  @Test func noHeadingsIsPartialWithWhatWasFound() throws {
    let result = try extract(Data("示例县2025年度法治政府建设情况报告\n2025年，示例县办结行政复议案件12件。".utf8))
    #expect(result.report != nil)
    #expect(result.isPartial)
    #expect(result.missing.contains("存在的不足和原因"))
    #expect(result.diagnostics.contains { $0.ruleID == "extract_no_headings" })
    #expect(result.summary.contains("未找到"))
    #expect(result.summary.contains("标题「示例县2025年度法治政府建设情况报告」"))
  }

  @Test func aTitleNotFoundIsNotReportedAsFound() throws {
    let result = try extract(Data("今天天气很好，我们去公园散步。\n没有任何标题的一段话。\n".utf8))
    #expect(result.missing.contains("标题"))
    #expect(!result.summary.contains("已提取：标题"), "\(result.summary)")
    #expect(!result.summary.contains("0年度"), "\(result.summary)")
  }

  @Test func onlyChromeGivesNoText() throws {
    let result = try extract(Data("当前位置：首页 > 政务公开\n版权所有：示例县人民政府\n网站地图".utf8))
    #expect(result.report == nil)
    #expect(result.diagnostics.first?.ruleID == "extract_no_text")
  }

  /// Empty report data is a finding of `validate`; an empty page has nothing to extract and is refused.
  @Test(arguments: [Data(), Data("  \n\r\n\t".utf8)])
  func emptyFileIsUnreadable(data: Data) throws {
    let result = try extract(data)
    #expect(result.report == nil)
    let finding = try #require(result.diagnostics.first)
    #expect(finding.ruleID == "extract_unreadable" && finding.message.contains("空"))
  }

  @Test func gb18030HTMLPage() throws {
    let html = """
      <html><body><div>您现在的位置：首页 &gt; 法治政府</div><h1>示例县2025年度法治政府建设情况报告</h1>
      <p>一、主要举措和成效</p><p>（一）深化复议改革。全年收到行政复议申请30件。</p>
      <p>二、存在的不足和原因</p><p>执法力量不足。</p><p>三、下一年度工作安排</p><p>（一）继续深化改革。</p></body></html>
      """
    let data = try #require(html.data(using: TextDecoder.gb18030))
    let result = try extract(data)
    #expect(result.encoding == .gb18030)
    #expect(result.report?.metadata.jurisdiction == "示例县")
    #expect(result.parts == [.achievements, .shortcomings, .nextYear])
    #expect(result.report?.indicator("reconsideration_received")?.quantity.value == 30)
    #expect(!result.cleanedText.contains("您现在的位置"))
  }

  /// A page with no full stops must not go quadratic: doubling the input should about double the time.
  @Test func longLineWithoutPunctuationStaysLinear() throws {
    func time(_ count: Int) throws -> Duration {
      let line = String(repeating: "示例县办理案件12件", count: count)
      return try ContinuousClock().measure { _ = try extract(Data(("示例县2025年度法治政府建设情况报告\n" + line).utf8)) }
    }
    _ = try time(500)
    let small = try time(5_000)
    let large = try time(10_000)
    #expect(large < small * 4, "5,000 段 \(small)，10,000 段 \(large)")
  }
}
