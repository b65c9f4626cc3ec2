import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// The substance rules (issue 12, class 2) beyond their own examples: how they agree with the older rules.
@Suite struct SubstanceRuleTests {
  static let header = """
    年度: 2025
    报告主体: 示例县
    纲要: 2021

    """

  /// The 2021 纲要's areas, each with one written item, except `empty`, which is listed with `事项: []`.
  static func allAreas(emptying empty: String) throws -> String {
    let catalog = try Fixtures.catalog()
    let framework = try #require(catalog.framework(id: "2021"))
    let areas = framework.areas.map { area in
      area.short == empty
        ? "  - 领域: \(area.short)\n    事项: []"
        : "  - 领域: \(area.short)\n    事项:\n      - 内容: 示例县在这一领域开展了工作，办理事项12件。"
    }
    return header + "主要举措和成效:\n" + areas.joined(separator: "\n") + "\n"
  }

  @Test func anAreaWithNoItemsIsNotCoveredAndIsPointedAt() throws {
    let findings = try Fixtures.findings(Self.allAreas(emptying: "行政决策"))
    let coverage = try #require(findings.first { $0.ruleID == "area_coverage" })
    #expect(coverage.message.contains("「行政决策」"))
    #expect(coverage.message.contains("1个领域"))
    let empty = findings.filter { $0.ruleID == "empty_item" }
    #expect(empty.count == 1)
    #expect(empty.first?.message.contains("领域「行政决策」") == true)
  }

  @Test func everyAreaWrittenIsCovered() throws {
    let findings = try Fixtures.findings(Self.allAreas(emptying: "（无）"))
    #expect(!findings.contains { $0.ruleID == "area_coverage" || $0.ruleID == "empty_item" })
  }

  @Test func aScaffoldIsThePlaceholderRulesFindingNotAnEmptyItem() throws {
    let text = Self.header + """
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 【待填】
              内容: 【待填】
      下一年度主要安排: 【待填】
      """
    let findings = try Fixtures.findings(text)
    #expect(!findings.contains { $0.ruleID == "empty_item" })
    #expect(findings.contains { $0.ruleID == "placeholder" })
  }
}
