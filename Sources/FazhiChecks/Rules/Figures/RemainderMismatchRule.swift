import FazhiCore

/// 其余N that is not the total less the parts named.
struct RemainderMismatchRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "remainder_mismatch",
    name: "其余数与总数不符",
    severity: .warning,
    description: "「其余N个」应等于同一句中的总数减去已列出的分项（「发现问题27个，已整改25个，其余2个」）；不相等时报出，约数不比较。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 法治督察发现问题27个，已完成整改25个，其余2个已明确整改时限。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 法治督察发现问题27个，已完成整改23个，其余↓2个已明确整改时限。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.arithmeticSlips.compactMap { located in
      guard case .remainder(let total, let named, let expected) = located.slip.kind else { return nil }
      return context.diagnostic(
        Self.description, at: located.location,
        "「\(located.slip.raw)」与总数「\(total)」减去已列出的「\(named.joined(separator: "、"))」不符（应为 \(expected)）；请核对各数")
    }
  }
}
