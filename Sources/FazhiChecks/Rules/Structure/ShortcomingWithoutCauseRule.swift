import FazhiCore

/// A shortcoming is stated without its cause.
struct ShortcomingWithoutCauseRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "shortcoming_without_cause",
    name: "不足未写明原因",
    severity: .error,
    description: "督察工作规定要求报告「存在的不足和原因」，每一条不足都应写明原因，而不只是罗列问题。原因只写「无」「略」「暂无」「—」或只是重复不足的，同样视为未写；不足正文中以「究其原因」「原因是」等写明原因的，视为已写。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 编制和经费保障不足。
      """,
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - 基层执法力量薄弱，乡镇执法人员平均不足3人。究其原因，编制和经费保障不足。
      """,
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
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓不足: 基层执法力量薄弱。
          原因: 暂无
        - ↓不足: 行政复议案件增多。
          原因: 行政复议案件增多
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.report.shortcomings.compactMap { item in
      guard !item.problem.isBlank else { return nil }
      let snippet = String(item.problem.prefix(16)) + (item.problem.count > 16 ? "…" : "")
      let cause = item.cause ?? ""
      if cause.isBlank {
        // A 不足 written as one paragraph may give its cause inline (「……。究其原因，……」).
        guard !Self.statesCauseInline(item.problem) else { return nil }
        return context.diagnostic(
          Self.description, at: item.location, "不足「\(snippet)」没有写明原因；请加上「原因:」一项")
      }
      guard Self.isHollow(cause, problem: item.problem) else { return nil }
      return context.diagnostic(
        Self.description, at: item.location,
        "不足「\(snippet)」的原因「\(String(cause.prefix(16)))」没有说明为什么；请写出造成这一不足的具体原因")
    }
  }

  /// Phrases that introduce a cause inside the 不足 itself.
  static let inlineCauseMarkers = ["究其原因", "原因是", "原因在于", "原因主要", "主要原因", "原因：", "原因:"]

  static func statesCauseInline(_ problem: String) -> Bool {
    inlineCauseMarkers.contains { problem.contains($0) }
  }

  /// A cause that says nothing: fewer than three characters once punctuation is dropped (无, 略, 暂无, —), or the
  /// 不足 restated.
  static func isHollow(_ cause: String, problem: String) -> Bool {
    let core = String(cause.unicodeScalars.filter { $0.properties.isIdeographic || $0.properties.isAlphabetic })
    if core.count < 3 { return true }
    let problemCore = String(problem.unicodeScalars.filter { $0.properties.isIdeographic || $0.properties.isAlphabetic })
    return problemCore.contains(core)
  }
}
