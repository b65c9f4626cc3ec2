import FazhiCore

/// A catalog figure quoted in the prose but absent from 主要指标.
struct FigureNotInIndicatorsRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "figure_not_in_indicators",
    name: "正文数字未列入指标",
    severity: .warning,
    description: "正文中引用了目录指标的数字，但「主要指标」中没有这个指标；列入后 fazhi 才能核对算术关系、与上年对比。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共受理行政复议申请100件。
      主要指标:
        行政复议受理: 100
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共受理行政复议申请↓100件。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var reported = Set<String>()
    return context.proseMentions.compactMap { (located) -> Diagnostic? in
      let mention = located.mention
      guard mention.role == .value || mention.role == .rangeTo, context.report.indicator(mention.indicatorID) == nil,
        !context.loaded.placeholderPaths.contains(where: { $0.hasPrefix(ReportKey.indicators) }),
        let spec = context.catalog.indicator(id: mention.indicatorID), reported.insert(spec.id).inserted
      else { return nil }
      let value = QuantityFormatter.yamlValue(mention.quantity, catalogUnit: spec.unit)
      return context.diagnostic(
        Self.description, at: located.location,
        "正文提到「\(mention.raw)」（\(spec.label)），但「主要指标」中没有这个指标；建议加上「\(spec.label): \(value)」")
    }
  }
}
