import FazhiCore

/// A part named after 其中 larger than its total.
struct PartExceedsTotalRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "part_exceeds_total",
    name: "分项数大于总数",
    severity: .error,
    description: "「其中」之后列出的分项数字大于同一句中它所属的总数（同一计量类别：件与项、名与人），算术上不可能。约数按其取整范围比较。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共收到行政复议申请95件，其中依法受理83件，不予受理12件。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全县共有行政执法人员86名，其中持证↓102名。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.arithmeticSlips.compactMap { located in
      guard case .partExceedsTotal(let total) = located.slip.kind else { return nil }
      return context.diagnostic(
        Self.description, at: located.location,
        "「其中」之后的「\(located.slip.raw)」大于总数「\(total)」；请核对总数或分项数")
    }
  }
}
