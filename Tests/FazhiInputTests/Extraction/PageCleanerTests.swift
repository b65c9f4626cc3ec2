import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("PageCleaner 网页杂项")
struct PageCleanerTests {
  static let page = """
    示例县人民政府欢迎您!
    您现在的位置:首页 >> 政务公开 >> 法治政府建设
    索引号: 000000000/2026-00001 发布机构: 示例县司法局
    公开方式: 主动公开 组配分类: 通知公告
    成文日期: 2026-02-20 失效日期:
    示例县2025年度法治政府建设情况报告 | ||||
    发布时间:2026/3/1 10:00:00 来源:示例县司法局 | 【字体:大 中 小】 打印 | |||
    2025年，示例县坚持依法行政。现将有关情况报告如下：
    一、主要举措和成效
    全年审结行政复议案件12件。
    | ||||
    示例县人民政府
    2026年2月20日
    打印本页 | 关闭窗口
    分享到:
    网站地图
    版权所有:示例县人民政府 | 示ICP备00000000号 | 网站标识码:0000000000
    主办单位:示例县人民政府办公室 | 联系地址:示例县示例路1号
    """

  @Test func stripsChromeKeepsMetadata() throws {
    let cleaned = PageCleaner().clean(PlainText.lines(Self.page))
    #expect(cleaned.title?.text == "示例县2025年度法治政府建设情况报告")
    #expect(cleaned.title?.line == 6)
    #expect(
      cleaned.lines.map(\.text) == [
        "2025年，示例县坚持依法行政。现将有关情况报告如下：", "一、主要举措和成效", "全年审结行政复议案件12件。", "示例县人民政府", "2026年2月20日",
      ])
    #expect(cleaned.metadata.publishedDate == ReportDate(year: 2026, month: 3, day: 1))
    #expect(cleaned.metadata.writtenDate == ReportDate(year: 2026, month: 2, day: 20))
    #expect(cleaned.metadata.source == "示例县司法局")
  }

  @Test func keepsOriginalLineNumbers() throws {
    let cleaned = PageCleaner().clean(PlainText.lines(Self.page))
    let heading = try #require(cleaned.lines.first { $0.text == "一、主要举措和成效" })
    #expect(heading.line == 9)
  }

  @Test func titleFieldOfDisclosurePages() {
    let text = "文 号:无 |\n名 称:示例县2025年度法治政府建设工作报告 |\n2025年，示例县坚持依法行政。"
    let cleaned = PageCleaner().clean(PlainText.lines(text))
    #expect(cleaned.metadata.titleField == "示例县2025年度法治政府建设工作报告")
    #expect(cleaned.metadata.documentNumber == nil)
  }

  @Test func crlfAndBreadcrumbSplitOverTwoLines() {
    let text = "当前位置:\r\n首页-法治政府建设\r\n示例县2025年度法治政府建设情况报告\r\n正文第一段。"
    let cleaned = PageCleaner().clean(PlainText.lines(text))
    #expect(cleaned.title?.text == "示例县2025年度法治政府建设情况报告")
    #expect(cleaned.lines.map(\.text) == ["正文第一段。"])
  }
}
