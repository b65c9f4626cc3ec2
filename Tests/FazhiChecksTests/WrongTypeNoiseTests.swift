import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// A value written in the wrong shape gets one finding, `wrong_type`, at the value: the part it belongs to is not
/// also called empty (`missing_part`), its area not also uncovered (`area_coverage`) or without items (`empty_item`).
@Suite struct WrongTypeNoiseTests {
  static let header = "年度: 2025\n报告主体: 示例县\n纲要: 2021\n"
  static let plans = "下一年度主要安排: [深化执法规范化。]\n"
  static let firstResponsible = "党政主要负责人履行推进法治建设第一责任人职责情况: 县长主持研究法治工作4次。\n"
  static let achievements = "主要举措和成效:\n  - 领域: 行政执法\n    事项: [评查执法案卷120份。]\n"

  func ids(_ findings: [Diagnostic], at line: Int) -> [String] {
    findings.filter { $0.location?.line == line }.map(\.ruleID)
  }

  @Test func aShortcomingWrittenAsAListIsAWrongTypeNotAnEmptyPart() throws {
    let text = Self.header + Self.achievements + Self.firstResponsible
      + "存在的不足和原因:\n  - 不足: [执法力量薄弱]\n    原因: 乡镇执法编制不足。\n" + Self.plans
    let findings = try Fixtures.findings(text)
    #expect(ids(findings, at: 9) == ["wrong_type"])
    #expect(!findings.contains { $0.ruleID == "missing_part" }, "\(findings)")
  }

  @Test func aPartWrittenAsAMappingIsAWrongTypeNotAnEmptyPart() throws {
    let text = Self.header + Self.achievements + "党政主要负责人履行推进法治建设第一责任人职责情况: {主持: 4次}\n"
      + "存在的不足和原因:\n  - 不足: 执法力量薄弱。\n    原因: 乡镇执法编制不足。\n" + Self.plans
    let findings = try Fixtures.findings(text)
    #expect(ids(findings, at: 7) == ["wrong_type"])
    #expect(!findings.contains { $0.ruleID == "missing_part" }, "\(findings)")
  }

  /// A 成文日期 written but unreadable is an invalid_date at the value, not also "未填写成文日期"; one left out
  /// entirely still gets that warning.
  @Test func anUnreadableDateIsInvalidNotMissing() throws {
    let body = Self.achievements + Self.firstResponsible
      + "存在的不足和原因:\n  - 不足: 执法力量薄弱。\n    原因: 乡镇执法编制不足。\n" + Self.plans
    let unreadable = try Fixtures.findings(Self.header + "成文日期: 2026-02-30\n" + body)
    #expect(ids(unreadable, at: 4) == ["invalid_date"])
    #expect(!unreadable.contains { $0.ruleID == "deadline" }, "\(unreadable)")
    let missing = try Fixtures.findings(Self.header + body)
    #expect(missing.contains { $0.ruleID == "deadline" && $0.message.hasPrefix("未填写成文日期") }, "\(missing)")
  }

  /// The clean counterpart: a part written empty is still missing.
  @Test func aPartWrittenEmptyIsStillMissing() throws {
    let text = Self.header + Self.achievements + Self.firstResponsible + "存在的不足和原因: []\n" + Self.plans
    let findings = try Fixtures.findings(text)
    #expect(findings.filter { $0.ruleID == "missing_part" }.map(\.location?.line) == [8])
    #expect(!findings.contains { $0.ruleID == "wrong_type" })
  }

  @Test func achievementsWrittenAsANumberAreAWrongTypeNotUncoveredAreas() throws {
    let text = Self.header + "主要举措和成效: 123\n" + Self.firstResponsible
      + "存在的不足和原因:\n  - 不足: 执法力量薄弱。\n    原因: 乡镇执法编制不足。\n" + Self.plans
    let findings = try Fixtures.findings(text)
    #expect(ids(findings, at: 4) == ["wrong_type"])
    #expect(!findings.contains { $0.ruleID == "missing_part" || $0.ruleID == "area_coverage" }, "\(findings)")
  }

  /// An area whose 事项 is in the wrong shape counts as written: not uncovered, not without items. An area
  /// written with no items at all still is both.
  @Test func anAreaWithItemsOfTheWrongTypeIsCoveredButAnEmptyOneIsNot() throws {
    let catalog = try Fixtures.catalog()
    let framework = try #require(catalog.framework(id: "2021"))
    let areas = framework.areas.map { area -> String in
      switch area.short {
      case "行政执法": return "  - 领域: 行政执法\n    事项: {评查: 120份}"
      case "行政决策": return "  - 领域: 行政决策\n    事项: []"
      default: return "  - 领域: \(area.short)\n    事项: [示例县在这一领域办理事项12件。]"
      }
    }
    let text = Self.header + "主要举措和成效:\n" + areas.joined(separator: "\n") + "\n"
    let findings = try Fixtures.findings(text)
    let coverage = try #require(findings.first { $0.ruleID == "area_coverage" })
    #expect(coverage.message.contains("1个领域：「行政决策」"), "\(coverage.message)")
    let empty = findings.filter { $0.ruleID == "empty_item" }
    #expect(empty.map(\.message).allSatisfy { $0.contains("领域「行政决策」") } && empty.count == 1, "\(empty)")
    #expect(findings.contains { $0.ruleID == "wrong_type" })
  }

  /// An area listed as a bare word cannot say which area it is: coverage waits for the wrong_type to be fixed.
  @Test func anAreaOfTheWrongShapeLeavesCoverageUnjudged() throws {
    let text = Self.header + Self.achievements + "  - 行政决策\n" + Self.firstResponsible
      + "存在的不足和原因:\n  - 不足: 执法力量薄弱。\n    原因: 乡镇执法编制不足。\n" + Self.plans
    let findings = try Fixtures.findings(text)
    #expect(ids(findings, at: 7) == ["wrong_type"])
    #expect(!findings.contains { $0.ruleID == "area_coverage" }, "\(findings)")
  }

  /// An item's 内容 written as a list is a wrong type, not an empty 内容.
  @Test func anItemTextOfTheWrongTypeIsNotEmpty() throws {
    let text = Self.header + "主要举措和成效:\n  - 领域: 行政执法\n    事项:\n      - 标题: 规范执法\n        内容: [评查案卷]\n"
    let findings = try Fixtures.findings(text)
    #expect(ids(findings, at: 8) == ["wrong_type"])
    #expect(!findings.contains { $0.ruleID == "empty_item" }, "\(findings)")
  }
}
