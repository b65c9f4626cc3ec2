import Foundation
import FazhiCore

/// 占X% that is not the share the two counts give.
struct ShareMismatchRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "share_mismatch",
    name: "占比与两数不符",
    severity: .warning,
    description: "「占X%」与同一句中分项数除以总数算出的比例不符（按写出的小数位比较，四舍五入或截位都算相符）。总数取「其中」之前的同类数字，没有「其中」时取句中唯一的另一个同类数字。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共收到行政复议申请95件，其中依法受理83件，占87.4%。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共收到行政复议申请95件，其中依法受理83件，占↓78.4%。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.arithmeticSlips.compactMap { located in
      guard case .share(let part, let total, let computed) = located.slip.kind else { return nil }
      return context.diagnostic(
        Self.description, at: located.location,
        "「\(located.slip.raw)」与「\(part)」占「\(total)」的比例 \(String(format: "%.2f", computed))% 不符；请核对")
    }
  }
}
