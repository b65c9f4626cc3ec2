import FazhiCore

/// A shortcoming is stated without its cause.
struct ShortcomingWithoutCauseRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "shortcoming_without_cause",
    name: "不足未写明原因",
    severity: .error,
    description: "督察工作规定要求报告「存在的不足和原因」，每一条不足都应写明原因，而不只是罗列问题。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 编制和经费保障不足。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓不足: 基层执法力量薄弱。
        - 不足: 行政复议案件增多。
          原因: 群众维权意识增强。
      """,
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓基层执法力量薄弱。
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.report.shortcomings.compactMap { item in
      guard !item.problem.isBlank, (item.cause ?? "").isBlank else { return nil }
      let snippet = String(item.problem.prefix(16))
      return context.diagnostic(
        Self.description, at: item.location,
        "不足「\(snippet)\(item.problem.count > 16 ? "…" : "")」没有写明原因；请加上「原因:」一项")
    }
  }
}
