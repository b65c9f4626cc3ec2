import FazhiCore

/// 成文日期 after 发布日期: a report cannot be published before it is signed.
struct DateOrderRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "date_order",
    name: "成文日期晚于发布日期",
    severity: .error,
    description: "报告须先成文（签发）后公开，成文日期不能晚于发布日期；两者之一写错了（常见于沿用往年数据时只改了一个）。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      成文日期: 2026-02-20
      发布日期: 2026-02-20
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      成文日期: ↓2026-03-10
      发布日期: 2026-02-28
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard let signed = meta.date, let published = meta.publishedDate, signed > published else { return [] }
    return [
      context.diagnostic(
        Self.description, at: context.positions.location(ReportKey.date),
        "成文日期\(signed.chinese)晚于发布日期\(published.chinese)：报告须先成文后公开，请核对两个日期")
    ]
  }
}
