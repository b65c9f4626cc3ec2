import FazhiCore

/// A rate outside 0–100%.
struct RateRangeRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "rate_range",
    name: "比率超出范围",
    severity: .error,
    description: "比率类指标（…率）必须在 0% 到 100% 之间；超过 100% 通常是录入错误（如 20230%）或把增长率填成了比率。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        人民调解成功率: 97.2%
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        人民调解成功率: ↓102%
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.report.indicators.compactMap { value in
      guard context.catalog.indicator(id: value.id)?.kind == .rate, value.quantity.isPercent else { return nil }
      guard value.quantity.value < 0 || value.quantity.value > 100 else { return nil }
      return context.diagnostic(
        Self.description, at: value.location, "「\(value.label)」为 \(value.raw)，比率应在 0% 到 100% 之间；请核对")
    }
  }
}
