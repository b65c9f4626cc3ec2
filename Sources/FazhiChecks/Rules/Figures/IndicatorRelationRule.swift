import Foundation
import FazhiCore

/// Arithmetic relations between indicators, declared as data in Schemas/catalog/relations.yaml.
/// Each relation reports under its own id; this rule is the engine.
struct IndicatorRelationRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "indicator_relation",
    name: "指标算术关系",
    severity: .error,
    description: "按 Schemas/catalog/relations.yaml 声明的关系核对指标：求和（受理 + 不予受理 ≤ 收到）、相等（优秀 + 合格 + 不合格 = 评查数）、比率（调解成功率 = 调解成功 ÷ 受理纠纷）。每条关系以自己的 id 报告；约数（200余）不参与核对。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议收到申请: 120
        行政复议受理: 100
        行政复议不予受理: 20
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议收到申请: ↓120
        行政复议受理: 101
        行政复议不予受理: 20
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let report = context.report
    // A bound already broken makes the matching balance warning (same terms, same total) noise.
    var broken = Set<[String]>()
    for relation in context.catalog.relations {
      func value(_ id: String?) -> IndicatorValue? {
        guard let id, let v = report.indicator(id), v.quantity.approximation == nil else { return nil }
        return v
      }
      func label(_ id: String) -> String { context.catalog.indicator(id: id)?.label ?? id }
      let rule = RuleDescription(
        identifier: relation.id, name: relation.name, severity: relation.severity, description: relation.name)
      switch relation.kind {
      case .sumAtMost, .sumEquals:
        guard let termIDs = relation.terms, let total = value(relation.total) else { continue }
        let terms = termIDs.compactMap(value)
        guard terms.count == termIDs.count else { continue }
        let sum = terms.reduce(Decimal(0)) { $0 + $1.quantity.value }
        let tolerance = relation.tolerance ?? 0
        let unit = total.quantity.unit ?? ""
        let names = termIDs.map(label)
        let sumText = names.count == 1 ? names[0] : names.joined(separator: "、") + "之和"
        let figures = terms.map { $0.quantity.value.plainText }.joined(separator: " + ")
        let key = termIDs.sorted() + [total.id]
        if relation.kind == .sumAtMost, sum > total.quantity.value + tolerance {
          broken.insert(key)
          findings.append(
            context.diagnostic(
              rule, at: total.location,
              "\(sumText) \(sum.plainText) \(unit)超过\(label(total.id)) \(total.quantity.value.plainText) \(unit)（\(relation.name)）；请核对数字",
              notes: ["\(figures) = \(sum.plainText)"]))
        } else if relation.kind == .sumEquals, !broken.contains(key),
          abs((sum - total.quantity.value).doubleValue) > tolerance.doubleValue
        {
          findings.append(
            context.diagnostic(
              rule, at: total.location,
              "\(sumText) \(sum.plainText) \(unit)与\(label(total.id)) \(total.quantity.value.plainText) \(unit)不一致（\(relation.name)）；请核对数字或口径",
              notes: ["\(figures) = \(sum.plainText)"]))
        }
      case .rate:
        guard let rate = value(relation.rate), let numerator = value(relation.numerator),
          let denominator = value(relation.denominator), denominator.quantity.value > 0
        else { continue }
        let implied = numerator.quantity.value.doubleValue / denominator.quantity.value.doubleValue * 100
        let stated = rate.quantity.value.doubleValue
        let tolerance = relation.tolerance?.doubleValue ?? 0.1
        if abs(implied - stated) > tolerance {
          let impliedText = String(format: "%.2f", implied)
          findings.append(
            context.diagnostic(
              rule, at: rate.location,
              "\(label(rate.id)) \(rate.raw) 与 \(label(numerator.id)) \(numerator.quantity.value.plainText) ÷ \(label(denominator.id)) \(denominator.quantity.value.plainText) = \(impliedText)% 不符（\(relation.name)）；请核对数字或口径",
              notes: ["允许误差 ±\(String(format: "%g", tolerance)) 个百分点"]))
        }
      }
    }
    return findings
  }
}
