import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// duplicate_text points at the repeated sentence itself (issue 10 moved it to the one-pass `QuoteLocator`).
@Suite struct DuplicateTextLocationTests {
  /// A repeated sentence that also stands inside a longer, earlier sentence is located at its own place, and
  /// so is its first occurrence (counting equal sentences and then taking that many occurrences of the text in
  /// the file pointed into the longer sentence).
  @Test func aRepeatedSentenceIsLocatedAtItsOwnPlace() throws {
    let yaml = """
      年度: 2025
      报告主体: 示例县
      导语: |
        全年共受理行政复议申请案件一百二十件，依法办结。
        受理行政复议申请案件一百二十件
        受理行政复议申请案件一百二十件

      """
    let findings = try Fixtures.findings(yaml).filter { $0.ruleID == "duplicate_text" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.location.map { "\($0.line):\($0.column)" } == "6:3")
    #expect(finding.notes == ["第一次出现在 t.yaml:5:3"])
  }
}
