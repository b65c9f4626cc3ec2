import FazhiCore
import FazhiInput

/// A department's report (层级 部门) without 主送.
struct DepartmentRecipientsRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "department_recipients",
    name: "部门报告缺少主送",
    severity: .warning,
    description: "县级以上政府部门的年度报告报送本级党委和政府（及上一级政府有关部门），须写明主送机关（督察工作规定）；政府的报告可以不写。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      主送: [中共示例县委, 示例县人民政府]
      """,
      """
      年度: 2025
      报告主体: 示例县
      层级: 县级
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县司法局
      ↓层级: 部门
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard meta.level == .department, meta.recipients.isEmpty,
      !context.loaded.placeholderPaths.contains(ReportKey.recipients)
    else { return [] }
    let example = IssuerName(meta.jurisdiction).place.map { "「主送: [中共\($0.text)委, \($0.text)人民政府]」这样的" } ?? ""
    return [
      context.diagnostic(
        Self.description, at: context.positions.keyLocation(ReportKey.level),
        "部门的年度报告须写明主送机关：请补上\(example)本级党委和政府")
    ]
  }
}
