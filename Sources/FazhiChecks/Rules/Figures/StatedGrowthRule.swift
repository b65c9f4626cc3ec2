import Foundation
import FazhiCore

/// A stated year-on-year change that disagrees with this year's and last year's values (needs `--last`).
struct StatedGrowthRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "stated_growth",
    name: "同比变化与两年数值不符",
    severity: .warning,
    description: "正文写明的同比增减（「同比增长20%」「提高3.5个百分点」）与本年度、上年度（validate --last 指定的文件）的指标数值算出的变化不一致（允许 0.5 个百分点的误差）。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年受理行政复议申请100件，同比增长25%。
      主要指标:
        行政复议受理: 100
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年受理行政复议申请100件，同比增长↓40%。
      主要指标:
        行政复议受理: 100
      """
    ],
    lastYearExample: """
      年度: 2024
      报告主体: 示例县
      主要指标:
        行政复议受理: 80
      """)

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    guard let last = context.options.lastYear else { return [] }
    return context.proseMentions.compactMap { located in
      let mention = located.mention
      guard mention.role == .changeIncrease || mention.role == .changeDecrease,
        let now = context.report.indicator(mention.indicatorID), let before = last.indicator(mention.indicatorID),
        now.quantity.approximation == nil, before.quantity.approximation == nil
      else { return nil }
      let sign: Double = mention.role == .changeDecrease ? -1 : 1
      let stated = sign * mention.quantity.value.doubleValue
      let actual: Double
      let unitText: String
      if mention.quantity.unit == "个百分点" {
        actual = now.quantity.value.doubleValue - before.quantity.value.doubleValue
        unitText = "个百分点"
      } else {
        guard before.quantity.value != 0 else { return nil }
        actual = (now.quantity.value.doubleValue - before.quantity.value.doubleValue) / before.quantity.value.doubleValue * 100
        unitText = "%"
      }
      guard abs(actual - stated) > 0.5 else { return nil }
      return context.diagnostic(
        Self.description, at: located.location,
        "正文写「\(mention.raw)」的变化，但「\(now.label)」从上年的 \(before.raw) 到今年的 \(now.raw)，实际变化为 \(String(format: "%+.1f", actual))\(unitText)；请核对")
    }
  }
}
