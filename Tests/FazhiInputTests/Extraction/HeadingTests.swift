import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("标题识别")
struct HeadingTests {
  @Test func treeOfEveryStyle() throws {
    let result = try ExtractionFixture.extract(
      """
      示例县2025年度法治政府建设情况报告
      2025年，示例县坚持依法行政，现将有关情况报告如下：
      一、主要举措和成效
      （一）深化放管服改革
      1.优化审批流程。压减审批时限，全年办结行政许可事项320件。
      (1)推行告知承诺。实行告知承诺制证明事项12项。
      (2)推行容缺受理。办结事项30件。
      2、强化监管。开展双随机抽查15次。
      (二)强化行政执法
      全年工作中，一是规范执法程序。制定执法指引。二是加强执法监督。评查案卷80份。
      二、存在的不足和原因
      执法力量不足，原因是编制紧张。
      三、2026年工作安排
      (一)深化改革。继续推进。
      """)
    #expect(
      ExtractionFixture.headingLines(result) == [
        "1 一、主要举措和成效", "2 （一）深化放管服改革", "3 1.优化审批流程", "4 （1）推行告知承诺", "4 （2）推行容缺受理", "3 2.强化监管",
        "2 （二）强化行政执法", "3 一是规范执法程序", "3 二是加强执法监督", "1 二、存在的不足和原因", "1 三、2026年工作安排", "2 （一）深化改革",
      ])
    #expect(result.parts == [.achievements, .shortcomings, .nextYear])
    #expect(result.flatHeadings[2].location == TextLocation(file: "示例县.txt", line: 5, column: 1))
  }

  @Test func leadSentencesActAsSubHeadings() throws {
    let result = try ExtractionFixture.extract(
      """
      示例县2025年度法治政府建设情况报告
      一、坚持依法决策，提升治理水平
      聚焦良法善治，推动政府履职规范有序。
      严格规范行政决策。落实重大行政决策程序，公布决策事项目录。
      充分发挥法律顾问作用。法律顾问全年出具法律意见书45份。
      二、存在的问题
      示例县法治政府建设虽然取得了一定成绩，但仍存在基层执法力量不足等问题。
      2026年，示例县将继续深化法治政府建设。
      """)
    #expect(
      ExtractionFixture.headingLines(result) == [
        "1 一、坚持依法决策，提升治理水平", "2 严格规范行政决策", "2 充分发挥法律顾问作用", "1 二、存在的问题",
      ])
  }

  @Test func malformedMarkerIsRecoveredAndReported() throws {
    let result = try ExtractionFixture.extract(
      """
      示例县2025年度法治政府建设情况报告
      一、全面推进法治政府建设
      (一)研究重点问题。年度报告经常务会议审议。
      (二)打造示范标杆。印发示范创建方案。
      )统筹谋划法治政府建设。印发工作要点，明确7项任务。
      """)
    let third = try #require(result.flatHeadings.last)
    #expect(third.marker == "（三）")
    #expect(third.text == "统筹谋划法治政府建设")
    #expect(third.isRecovered)
    let finding = try #require(result.diagnostics.first { $0.ruleID == "extract_malformed_heading" })
    #expect(finding.location == TextLocation(file: "示例县.txt", line: 5, column: 1))
    #expect(finding.message.contains("（三）"))
  }
}
