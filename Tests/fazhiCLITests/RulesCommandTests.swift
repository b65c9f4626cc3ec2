import Foundation
import Testing

@testable import FazhiChecks

/// `fazhi rules --format markdown` prints the registry's table, the one README.md carries.
@Suite struct RulesCommandTests {
  @Test func markdownIsTheRegistrysTable() throws {
    let run = try CLITests.run(["rules", "--format", "markdown"])
    #expect(run.status == 0)
    #expect(run.stdout == RuleRegistry.markdownTable())
    let readme = try String(contentsOf: CLITests.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(run.stdout))
  }

  @Test func markdownWithRelationsAddsTheirTable() throws {
    let run = try CLITests.run(["rules", "--format", "markdown", "--relations"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix(RuleRegistry.markdownTable()))
    #expect(run.stdout.contains("\n| 关系 | 级别 | 名称 |\n| --- | --- | --- |\n| `"))
  }

  /// `fazhi rules ID` shows one rule with its examples, the texts the example tests run.
  @Test func oneRuleShowsItsPassingAndFailingExamples() throws {
    let rule = try #require(RuleRegistry.descriptions.first { $0.identifier == "report_too_short" })
    let run = try CLITests.run(["rules", "report_too_short"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("report_too_short  [warning]  报告篇幅过短\n"))
    let passing = try #require(run.stdout.range(of: "\n正确示例：\n"))
    let failing = try #require(run.stdout.range(of: "\n错误示例（↓ 标出报告问题的位置）：\n"))
    #expect(passing.upperBound < failing.lowerBound)
    // Every line of each example, indented.
    for example in rule.passingExamples + rule.failingExamples {
      for line in example.split(separator: "\n") { #expect(run.stdout.contains("    \(line)\n"), "\(line)") }
    }
  }

  @Test func oneRuleInMarkdownFencesItsExamples() throws {
    let run = try CLITests.run(["rules", "--format", "markdown", "missing_part"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("## `missing_part` 缺少法定部分（error）\n"))
    #expect(run.stdout.components(separatedBy: "```yaml\n").count - 1 == 3, "one passing and two failing examples")
  }

  @Test func anUnknownRuleIsAUsageErrorWithASuggestion() throws {
    let run = try CLITests.run(["rules", "report_to_short"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("没有规则「report_to_short」，是否要找「report_too_short」"))
  }
}
