import FazhiCore

/// A figure quoted in the prose contradicts the indicator value in the data.
struct TextFigureMismatchRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "text_figure_mismatch",
    name: "正文数字与指标不一致",
    severity: .error,
    description: "正文中引用的目录指标数字（如「受理行政复议申请100件」）与「主要指标」中的数值不一致，位置标在正文处。约数按其隐含的取整范围比较（3100余件与3142件相符，2.6万余人次与3.6万余人次不符）；指标值在正文其他地方出现过时（「其中……」的分项数字）不报。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共受理行政复议申请100件。
      主要指标:
        行政复议受理: 100
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共受理行政复议申请3100余件。
      主要指标:
        行政复议受理: 3142
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共受理行政复议申请↓100件。
      主要指标:
        行政复议受理: 102
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 组织国家工作人员旁听庭审↓2.6万余人次。
      主要指标:
        旁听庭审: 3.6万余
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let mentions = context.proseMentions
    // Prose often quotes the same phrase for a subset (「其中正职负责人出庭应诉率为29.13%」): a figure is called
    // wrong only when the indicator's value is quoted nowhere in the text.
    let confirmed = Set(
      mentions.compactMap { located -> String? in
        guard let stated = context.report.indicator(located.mention.indicatorID),
          stated.quantity.value == located.mention.quantity.value
        else { return nil }
        return stated.id
      })
    return mentions.compactMap { located in
      let mention = located.mention
      guard !confirmed.contains(mention.indicatorID) else { return nil }
      // Approximations are compared within the rounding they imply (3100余件 fits 3142; 2.6万余 does not fit
      // 3.6万余).
      guard mention.role == .value || mention.role == .rangeTo,
        let stated = context.report.indicator(mention.indicatorID),
        !mention.quantity.isCompatible(with: stated.quantity)
      else { return nil }
      return context.diagnostic(
        Self.description, at: located.location,
        "正文写的是「\(mention.raw)」，但「主要指标」中的「\(stated.label)」为 \(stated.raw)；请核对，使两处一致",
        notes: stated.location.map { ["指标位于 \($0)"] } ?? [])
    }
  }
}
