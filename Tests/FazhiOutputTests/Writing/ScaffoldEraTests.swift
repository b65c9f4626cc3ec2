import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

/// `init --from` across 纲要 eras: last year's 2015-纲要 areas go under the 2021 areas that carry them on
/// (Schemas/catalog/framework-2021.yaml `continues`), never beside them as extra 自定义领域.
@Suite struct ScaffoldEraTests {
  /// A fictional 示例县 report of 2020, written under the 2015 纲要.
  static let report2020 = """
    年度: 2020
    报告主体: 示例县
    层级: 县级
    纲要: 2015
    主要举措和成效:
      - 领域: 依法全面履行政府职能
        事项:
          - 标题: 深化放管服改革
            内容: 精简审批事项12项。
      - 领域: 坚持严格规范公正文明执法
        事项:
          - 标题: 推行三项制度
            内容: 全面推行行政执法公示制度。
      - 领域: 全面提高政府工作人员法治思维和依法行政能力
        事项:
          - 标题: 领导干部学法
            内容: 组织会前学法4次。
      - 领域: 组织保障和落实机制
        事项:
          - 标题: 落实第一责任人职责
            内容: 县长专题听取法治建设汇报。
      - 领域: 乡村振兴法治保障
        事项:
          - 标题: 送法下乡
            内容: 开展送法下乡活动20场。
    存在的不足和原因:
      - 不足: 执法能力不足。
        原因: 培训不够。
    党政主要负责人履行推进法治建设第一责任人职责情况: 县长带头学法。
    下一年度主要安排: [深化执法改革。]

    """

  func scaffold(from text: String, year: Int) throws -> (text: String, loaded: LoadedReport) {
    let catalog = try Fixtures.catalog()
    let previous = try #require(ReportLoader(catalog: catalog).load(text: text, file: "示例县-2020.yaml").report)
    let options = ScaffoldWriter.Options(
      jurisdiction: "示例县", level: .county, year: year, previous: previous, schemaPath: "report.schema.json")
    let written = ScaffoldWriter(catalog: catalog).scaffold(options)
    return (written, ReportLoader(catalog: catalog).load(text: written, file: "示例县-\(year).yaml"))
  }

  @Test func earlierAreasGoUnderTheirSuccessors() throws {
    let (text, loaded) = try scaffold(from: Self.report2020, year: 2021)
    let report = try #require(loaded.report)
    #expect(report.metadata.framework == "2021")
    func titles(_ areaID: String) -> [String?] {
      report.achievements.filter { $0.areaID == areaID }.flatMap(\.items).map(\.title)
    }
    #expect(titles("functions") == ["深化放管服改革", Scaffold.marker])
    #expect(titles("enforcement") == ["推行三项制度", Scaffold.marker])
    #expect(titles("party_leadership") == ["领导干部学法", "落实第一责任人职责"])
    // The one area no 2021 area carries on stays a custom area; the 2015 titles do not come back as areas.
    #expect(report.achievements.filter { $0.areaID == nil }.map(\.title) == ["乡村振兴法治保障"])
    #expect(!text.contains("- 领域: 坚持严格规范公正文明执法"))
    #expect(text.contains("# 上年：「坚持严格规范公正文明执法」，按纲要的对应关系归入本领域"))
    #expect(text.contains("# 上年：全面推行行政执法公示制度。"))
    // One section per area: no two areas draft under the same heading.
    let findings = Validator(catalog: try Fixtures.catalog()).validate(loaded)
    #expect(!findings.contains { $0.ruleID == "duplicate_heading" }, "\(findings.map(\.message))")
    #expect(findings.filter { $0.ruleID == "custom_area" }.count == 1)
  }

  @Test func sameEraAreasKeepTheirOwnTitleAndAllTheirItems() throws {
    let text2024 = """
      年度: 2024
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          标题: 推进严格规范公正文明执法
          事项:
            - 标题: 推行三项制度
              内容: 全面推行。
        - 领域: 行政执法
          事项:
            - 标题: 开展案卷评查
              内容: 评查案卷100卷。

      """
    let (text, loaded) = try scaffold(from: text2024, year: 2025)
    let report = try #require(loaded.report)
    let enforcement = report.achievements.filter { $0.areaID == "enforcement" }
    #expect(enforcement.count == 1)
    #expect(enforcement.first?.title == "推进严格规范公正文明执法")
    #expect(enforcement.first?.items.map(\.title) == ["推行三项制度", "开展案卷评查"])
    #expect(!text.contains("按纲要的对应关系归入本领域"))
  }
}
