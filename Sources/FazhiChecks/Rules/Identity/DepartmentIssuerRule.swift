import FazhiCore

/// A department's report (层级 部门) signed by a 人民政府.
struct DepartmentIssuerRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "department_issuer",
    name: "部门报告由政府落款",
    severity: .error,
    description: "政府部门的年度报告以本部门的名义报送（督察工作规定），落款应为本部门，不应是人民政府；若这是政府的报告，请改正「层级」。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      主送: [中共示例县委, 示例县人民政府]
      落款: 示例县司法局
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      主送: [中共示例县委, 示例县人民政府]
      落款: ↓示例县人民政府
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard meta.level == .department, let issuer = meta.issuer else { return [] }
    return JurisdictionMismatchRule.organs(issuer).filter { $0.hasSuffix("政府") }.map { organ in
      context.diagnostic(
        Self.description, at: context.positions.locate(organ, in: ReportKey.issuer),
        "部门的报告应以本部门落款（如「\(meta.jurisdiction)」），不应由「\(organ)」落款；如果这是政府的报告，请改正「层级」")
    }
  }
}
