import FazhiCore

/// An area of 主要举措和成效 written without a single concrete figure.
///
/// Third-party evaluations and provincial guides name "泛化" (measures without numbers, `DOMAIN.md` §2.2, §4) as the
/// commonest weakness: a reviewer reads 加强、推进、完善 and asks how much. A figure is what `QuantityScanner` reads
/// as one (a count, an amount, a rate, a change); years, dates, ordinals (第三次) and set expressions (三项制度,
/// 一网通办) are not.
struct AreaWithoutFigureRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "area_without_figure",
    name: "领域没有具体数字",
    severity: .warning,
    description: "主要举措和成效的某个领域通篇没有一个具体数字（件数、人次、金额、比率、增减），只有「加强」「推进」「完善」一类的表述，审核时会被认为内容空泛。年份、日期、序数（第三次）和「三项制度」「一网通办」这类固定说法不算数字。请写明办了多少、覆盖多少、比上年如何。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 规范执法行为
              内容: 全面落实行政执法三项制度，评查执法案卷120份。
        - 领域: 行政决策
          概述: 严格落实重大行政决策程序。
          事项:
            - 内容: 对2项决策召开听证会，合法性审查率100%。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 规范执法行为
              内容: 全面落实行政执法三项制度，评查执法案卷120份。
        - ↓领域: 行政决策
          概述: 2025年，严格落实重大行政决策程序。
          事项:
            - 标题: 强化合法性审查
              内容: 第三次修订合法性审查办法，推动审查工作规范化。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let achievements = context.catalog.part(.achievements).key
    return context.report.achievements.enumerated().compactMap { index, area in
      let texts = [area.summary ?? ""] + area.items.flatMap { [$0.title ?? "", $0.text] }
      // An area with nothing written is empty_item's finding; one still being written has no figures yet.
      guard texts.contains(where: { !$0.isBlank }) else { return nil }
      // Most areas have a figure in their first text: looked for before the placeholders.
      guard !texts.contains(where: { QuantityScanner.scan($0).contains { $0.role.isFigure } }) else { return nil }
      let base = "\(achievements)[\(index)]"
      guard !context.hasPlaceholder(under: base), !texts.contains(where: context.isUnfinished) else { return nil }
      return context.diagnostic(
        Self.description, at: context.positions.location(base) ?? area.location,
        "领域「\(context.areaName(area))」通篇没有一个具体数字；审核时会认为只有表态、没有实绩，请写明办理了多少件、覆盖多少人次或单位、比上年增减多少")
    }
  }
}
