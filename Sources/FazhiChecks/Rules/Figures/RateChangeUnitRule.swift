import FazhiCore

/// A change in a rate written in %, or a change in a count written in 个百分点.
struct RateChangeUnitRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "rate_change_unit",
    name: "比率变化应写个百分点",
    severity: .warning,
    description: "比率（%）的增减应写作「个百分点」（「满意率98%，较上年提高2个百分点」），写成「提高2%」会被读作相对增长；数量的增减则写「%」，不写「个百分点」。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 政务服务事项网上可办率达到98.6%，较上年提高1.9个百分点；全年受理行政复议申请100件，同比增长25%。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 政务服务事项网上可办率达到98.6%，较上年提高↓1.9%；全年受理行政复议申请100件，同比增长↓25个百分点。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.arithmeticSlips.compactMap { located in
      guard case .changeUnit(let subject, let subjectIsRate) = located.slip.kind else { return nil }
      let message =
        subjectIsRate
        ? "「\(subject)」是比率，它的变化「\(located.slip.raw)」应写作「个百分点」；若指相对增幅，请写明"
        : "「\(subject)」是数量，它的变化「\(located.slip.raw)」应写作「%」，「个百分点」只用于比率的变化"
      return context.diagnostic(Self.description, at: located.location, message)
    }
  }
}
