import FazhiCore

/// An item with a heading and nothing under it, or an area of 主要举措和成效 with no items: the draft would print a
/// numbered heading followed by the next heading, the first thing a reviewer sends back as hollow.
///
/// Covers 事项 without 内容, with an empty 内容, a plan of 下一年度主要安排 that is a title only, and an area whose
/// 事项 list is empty (and that has no 概述 either; such an area is not covered, see `area_coverage`). A value still
/// holding a scaffold placeholder is the placeholder rule's finding, not this one's.
struct EmptyItemRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "empty_item",
    name: "事项没有内容",
    severity: .error,
    description: "事项只有标题、没有「内容」（或内容为空），下一年度主要安排只写了标题，或领域下没有任何事项（也没有概述）：起草后只剩一个小标题，审核时会作为空洞内容退回。请写明具体内容，或删去这一项。没有内容的领域不算覆盖了该领域（见 area_coverage）。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 规范执法行为
              内容: 全面推行行政执法三项制度，评查执法案卷120份。
        - 领域: 行政决策
          概述: 只有概述、没有事项的领域写了内容，不算空。
      下一年度主要安排:
        - 标题: 深化执法规范化
          内容: 开展执法案卷评查。
        - 没有标题的一段文字也是完整的一项。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - ↓标题: 规范执法行为
            - 标题: 加强执法监督
              内容: ↓""
            - 标题: 开展案卷评查
              内容: 评查执法案卷120份。
        - ↓领域: 行政决策
          事项: []
      党政主要负责人履行推进法治建设第一责任人职责情况:
        - ↓标题: 带头学法
      下一年度主要安排:
        - 标题: 深化执法规范化
          内容: 开展执法案卷评查，每季度通报一次。
        - ↓标题: 推进复议体制改革
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let report = context.report
    let achievements = context.catalog.part(.achievements).key
    var findings: [Diagnostic] = []
    for (index, area) in report.achievements.enumerated() {
      let base = "\(achievements)[\(index)]"
      let itemsPath = "\(base).\(ReportKey.Area.items)"
      if area.items.isEmpty && (area.summary ?? "").isBlank && !context.hasPlaceholder(under: itemsPath)
        && !context.hasOmission(under: base)
      {
        findings.append(
          context.diagnostic(
            Self.description, at: context.positions.location(base) ?? area.location,
            "领域「\(context.areaName(area))」下没有任何事项；请写明这一领域采取的措施和取得的成效，确无相关工作的删去这一领域"))
      }
      findings += empty(area.items, at: itemsPath, hint: ReportPart.achievements.expectedContent, context)
    }
    let itemParts: [(ReportPart, [Item])] = [
      (.firstResponsible, report.firstResponsible), (.nextYear, report.nextYearPlans), (.other, report.otherMatters),
    ]
    for (part, items) in itemParts {
      findings += empty(items, at: context.catalog.part(part).key, hint: part.expectedContent, context)
    }
    return findings
  }

  /// A finding at every item of `items` (the part or area at `base`) whose 内容 is missing or blank.
  private func empty(_ items: [Item], at base: String, hint: String, _ context: ValidationContext) -> [Diagnostic] {
    items.enumerated().compactMap { index, item in
      guard item.text.isBlank else { return nil }
      let itemPath = "\(base)[\(index)]"
      let textPath = "\(itemPath).\(ReportKey.ItemKey.text)"
      // A 内容 in a wrong shape is not empty: wrong_type points at it.
      guard !context.hasPlaceholder(under: itemPath), !context.hasOmission(under: itemPath) else { return nil }
      let name = item.title.map { "事项「\($0)」" } ?? "第\(index + 1)项"
      // An empty 内容 is pointed at where the text belongs; a missing one at the item.
      if let written = context.positions.location(textPath) {
        return context.diagnostic(Self.description, at: written, "\(name)的内容是空的；请\(hint)，或删去这一项")
      }
      return context.diagnostic(
        Self.description, at: context.positions.location(itemPath) ?? item.location,
        "\(name)只有标题，没有「内容」；请\(hint)，或删去这一项")
    }
  }
}
