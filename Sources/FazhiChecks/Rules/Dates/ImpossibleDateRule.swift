import FazhiCore
import FazhiInput

/// A date in the prose that does not exist (9月31日, 2月30日, 13月5日).
struct ImpossibleDateRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "impossible_date",
    name: "正文日期不存在",
    severity: .error,
    description: "正文中的日期不存在：月份不在1—12之间，或日数超过当月天数（9月31日、2月30日；写明年份时按该年判断2月29日）。多为笔误，请核对原始材料。",
    passingExamples: [
      """
      年度: 2024
      报告主体: 示例县
      导语: 示例县于2024年2月29日召开常务会议，9月30日前完成清理，12月31日通过验收，3月1日至31日开展专项检查。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 示例县于↓9月31日召开常务会议，↓2025年2月29日印发方案，↓2月30日前完成清理，↓13月5日通过验收。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for span in context.textSpans {
      let mentions = MonthDayMentions.find(in: span.text).filter { !$0.exists }
      guard !mentions.isEmpty else { continue }
      var locator = context.positions.quoteLocator(for: span)
      for mention in mentions {
        let why = (1...12).contains(mention.month) ? "\(mention.month)月没有\(mention.day)日" : "没有\(mention.month)月"
        findings.append(
          context.diagnostic(
            Self.description, at: locator.location(of: mention.written, at: mention.offset),
            "正文中的日期「\(mention.written)」不存在（\(why)）；请核对并改正"))
      }
    }
    return findings
  }
}
