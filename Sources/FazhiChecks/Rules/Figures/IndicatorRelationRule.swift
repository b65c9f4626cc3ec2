import Foundation
import FazhiCore

/// Arithmetic relations between indicators, declared as data in Schemas/catalog/relations.yaml.
/// Each relation reports under its own id; this rule is the engine.
struct IndicatorRelationRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "indicator_relation",
    name: "指标算术关系",
    severity: .error,
    description: "按 Schemas/catalog/relations.yaml 声明的关系核对指标：求和（受理 + 不予受理 ≤ 收到）、相等（优秀 + 合格 + 不合格 = 评查数）、常数上限（胜诉率 + 败诉率 ≤ 100%）、比率（调解成功率 = 调解成功 ÷ 受理纠纷；综合化解率 = (直接纠错 + 调解和解) ÷ 审结）。每条关系以自己的 id 报告；约数（200余）不参与核对。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议收到申请: 120
        行政复议受理: 100
        行政复议不予受理: 20
      """,
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议审结: 200
        行政复议直接纠错: 30
        行政复议调解和解: 50
        行政复议综合化解率: 40%
        行政诉讼胜诉率: 85%
        行政诉讼败诉率: 15%
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议收到申请: ↓120
        行政复议受理: 101
        行政复议不予受理: 20
      """,
      """
      年度: 2025
      报告主体: 示例县
      主要指标:
        行政复议审结: 200
        行政复议直接纠错: 30
        行政复议调解和解: 50
        行政复议综合化解率: ↓15%
        行政诉讼胜诉率: 92%
        行政诉讼败诉率: ↓12%
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    // A bound already broken makes the matching balance warning (same terms, same total) noise.
    var broken = Set<[String]>()
    for relation in context.catalog.relations {
      let rule = RuleDescription(
        identifier: relation.id, name: relation.name, severity: relation.severity, description: relation.name)
      switch relation.kind {
      case .sumAtMost, .sumEquals:
        findings += checkSum(relation, rule: rule, broken: &broken, context)
      case .rate:
        findings += checkRate(relation, rule: rule, context)
      }
    }
    return findings
  }

  /// The stated value of `id`, when it is exact (an approximation like 200余 is not checked).
  private func value(_ id: String?, _ context: ValidationContext) -> IndicatorValue? {
    guard let id, let v = context.report.indicator(id), v.quantity.approximation == nil else { return nil }
    return v
  }

  private func label(_ id: String, _ context: ValidationContext) -> String {
    context.catalog.indicator(id: id)?.label ?? id
  }

  /// The values of every id, or nil when one is missing or approximate.
  private func values(_ ids: [String], _ context: ValidationContext) -> [IndicatorValue]? {
    let found = ids.compactMap { value($0, context) }
    return found.count == ids.count ? found : nil
  }

  /// 甲、乙之和 (or 甲 alone).
  private func sumName(_ ids: [String], _ context: ValidationContext) -> String {
    let names = ids.map { label($0, context) }
    return names.count == 1 ? names[0] : names.joined(separator: "、") + "之和"
  }

  private func checkSum(
    _ relation: RelationSpec, rule: RuleDescription, broken: inout Set<[String]>, _ context: ValidationContext
  ) -> [Diagnostic] {
    guard let termIDs = relation.terms, let terms = values(termIDs, context) else { return [] }
    // The bound: an indicator, or a constant (胜诉率 + 败诉率 ≤ 100%), located at the last term.
    let bound: (value: Decimal, text: String, location: TextLocation?, unit: String)
    if let total = value(relation.total, context) {
      bound = (total.quantity.value, label(total.id, context), total.location, total.quantity.unit ?? "")
    } else if relation.total == nil, let limit = relation.limit, let last = terms.last {
      bound = (limit, "上限", last.location, last.quantity.unit ?? "")
    } else {
      return []
    }
    let sum = terms.reduce(Decimal(0)) { $0 + $1.quantity.value }
    let sumText = sumName(termIDs, context)
    let figures = terms.map { $0.quantity.value.plainText }.joined(separator: " + ")
    let notes = ["\(figures) = \(sum.plainText)"]
    let key = termIDs.sorted() + [relation.total ?? ""]
    // 121 件, but 110%: a percent sign follows its number directly.
    func amount(_ value: Decimal) -> String { bound.unit == "%" ? "\(value.plainText)%" : "\(value.plainText) \(bound.unit)" }
    let (total, unit) = (bound.value.plainText, bound.unit)
    if relation.kind == .sumAtMost, sum > bound.value + (relation.tolerance ?? 0) {
      broken.insert(key)
      let message = "\(sumText) \(amount(sum))超过\(bound.text) \(amount(bound.value))（\(relation.name)）；请核对数字"
      return [context.diagnostic(rule, at: bound.location, message, notes: notes)]
    }
    if relation.kind == .sumEquals, !broken.contains(key),
      abs((sum - bound.value).doubleValue) > (relation.tolerance ?? 0).doubleValue
    {
      let message = "\(sumText) \(sum.plainText) \(unit)与\(bound.text) \(total) \(unit)不一致（\(relation.name)）；请核对数字或口径"
      return [context.diagnostic(rule, at: bound.location, message, notes: notes)]
    }
    return []
  }

  private func checkRate(_ relation: RelationSpec, rule: RuleDescription, _ context: ValidationContext) -> [Diagnostic] {
    guard let rate = value(relation.rate, context), let numeratorIDs = relation.numerator,
      let numerators = values(numeratorIDs, context), let denominator = value(relation.denominator, context),
      denominator.quantity.value > 0
    else { return [] }
    let numerator = numerators.reduce(Decimal(0)) { $0 + $1.quantity.value }
    let implied = numerator.doubleValue / denominator.quantity.value.doubleValue * 100
    let tolerance = relation.tolerance?.doubleValue ?? 0.1
    guard abs(implied - rate.quantity.value.doubleValue) > tolerance else { return [] }
    let numeratorText = numeratorIDs.count == 1
      ? "\(label(numeratorIDs[0], context)) \(numerator.plainText)"
      : "（\(numeratorIDs.map { label($0, context) }.joined(separator: " + "))）\(numerator.plainText)"
    let impliedText = String(format: "%.2f", implied)
    let message =
      "\(label(rate.id, context)) \(rate.raw) 与 \(numeratorText) ÷ \(label(denominator.id, context)) \(denominator.quantity.value.plainText) = \(impliedText)% 不符（\(relation.name)）；请核对数字或口径"
    return [context.diagnostic(rule, at: rate.location, message, notes: ["允许误差 ±\(String(format: "%g", tolerance)) 个百分点"])]
  }
}
