import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// A report kept as Markdown (.md) is read with its syntax removed: headings, emphasis, links, lists, quotes,
/// tables and comments leave only the text a reader sees.
@Suite("Markdown reports")
struct MarkdownExtractionTests {
  static let report = """
    <!-- 示例县 内部草稿，发布前删除 -->
    # 示例县2025年法治政府建设情况报告 #

    > 示例市人民政府：

    2025年，示例县坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：

    ## 一、主要举措和成效

    ### （一）深化行政执法改革

    **1.规范行政执法行为**。全年办理行政处罚案件126件，行政执法案卷评查合格率*全部*达标。
    详见[执法公示平台](https://example.invalid/gongshi)。![现场照片](zhaopian.png)

    ### 规范行政复议工作

    - 全年收到行政复议申请48件，注：带*的为约束性指标。
    1. 行政机关负责人出庭应诉率100%。

    | 指标 | 数值 |
    |------|-----:|
    | 法律顾问 | 36名 |

    ---

    ## 二、存在的不足和原因

    行政执法`队伍`力量仍显不足。

    ## 三、下一年度推进法治政府建设的主要安排

    继续深化行政执法改革。

    示例县人民政府  
    2026年2月20日
    """

  @Test func markdownSyntaxIsRemovedFromTheExtraction() throws {
    let result = try ExtractionFixture.extract(Self.report, path: "示例县.md")
    let report = try #require(result.report)
    #expect(report.metadata.title == "示例县2025年法治政府建设情况报告")
    #expect(report.metadata.jurisdiction == "示例县")
    #expect(report.metadata.issuer == "示例县人民政府")
    #expect(report.metadata.year == 2025)
    #expect(report.metadata.recipients == ["示例市人民政府"])
    #expect(result.parts.contains(.achievements) && result.parts.contains(.shortcomings))
    let headings = ExtractionFixture.headingLines(result)
    #expect(headings.contains("1 一、主要举措和成效"))
    #expect(headings.contains("2 （一）深化行政执法改革"))
    // A 标题 3 with no written number sits where （二） would, as a Word heading style does.
    #expect(headings.contains { $0.hasPrefix("2 ") && $0.hasSuffix("规范行政复议工作") })
    #expect(headings.contains("3 1.规范行政执法行为"))
    #expect(!headings.contains { $0.contains("#") || $0.contains("*") })
    #expect(report.indicator("litigation_appearance_rate")?.raw == "100%")
    #expect(report.indicator("administrative_penalties")?.raw == "126件")
    let cleaned = result.cleanedText
    for syntax in ["#", "**", "](", "![", "<!--", "|", "`", "---", "> "] {
      #expect(!cleaned.contains(syntax), "left \(syntax) in: \(cleaned)")
    }
    #expect(cleaned.contains("详见执法公示平台。"))
    #expect(cleaned.contains("行政执法案卷评查合格率全部达标"))
    // An unpaired * in prose is text.
    #expect(cleaned.contains("注：带*的为约束性指标。"))
    // A Markdown list number is not a heading number.
    #expect(cleaned.contains("\n行政机关负责人出庭应诉率100%。"))
    #expect(cleaned.contains("\n法律顾问 36名"))
    #expect(cleaned.contains("\n行政执法队伍力量仍显不足。"))
  }

  @Test func theSameTextReadAsPlainTextKeepsTheSyntax() throws {
    let result = try ExtractionFixture.extract(Self.report, path: "示例县.txt")
    #expect(result.report?.metadata.title?.hasPrefix("#") == true)
  }

  @Test func inlineSyntax() {
    func inline(_ text: String) -> String { String(MarkdownText.inlineText(Array(text)[...])) }
    #expect(inline("**1.规范行政执法行为**。全年") == "1.规范行政执法行为。全年")
    #expect(inline("__重点__与_一般_") == "重点与一般")
    #expect(inline("见 report_2025_final.md") == "见 report_2025_final.md")
    #expect(inline("3 * 4 和 5 * 6") == "3 * 4 和 5 * 6")
    #expect(inline("带*的为约束性指标") == "带*的为约束性指标")
    #expect(inline("`a*b*c` 与 \\*号\\") == "a*b*c 与 *号")
    #expect(inline("见[《条例》第[3]条](https://example.invalid)和<https://example.invalid/x>") == "见《条例》第[3]条和https://example.invalid/x")
    #expect(inline("图![图一](a.png)后<br/>换行") == "图后换行")
    #expect(inline("***加粗斜体***") == "加粗斜体")
  }

  @Test func blockSyntax() {
    let lines = MarkdownText.lines(
      "#### 四级 ####\n##### 五级\n#无空格\n1) 列表\n2.不是列表\n* * *\n===\n[ref]: https://example.invalid\n```\n**代码**\n```\n<!-- a\nb -->c")
    #expect(lines.map(\.text) == ["四级", "五级", "#无空格", "列表", "2.不是列表", "**代码**", "c"])
    #expect(lines.map(\.outlineLevel) == [3, nil, nil, nil, nil, nil, nil])
    #expect(lines.map(\.line) == [1, 2, 3, 4, 5, 10, 13])
  }
}
