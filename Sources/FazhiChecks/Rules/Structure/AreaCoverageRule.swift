import FazhiCore

/// Framework areas not covered by 主要举措和成效.
struct AreaCoverageRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "area_coverage",
    name: "纲要领域未覆盖",
    severity: .warning,
    description: "主要举措和成效一般按《法治政府建设实施纲要》的领域组织；某个领域完全没有写到时给出警告，提醒是否遗漏（确无相关工作可忽略）。列出了领域、但其下没有任何事项内容也没有概述的，不算写到。",
    passingExamples: [],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      纲要: 2021
      ↓主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法三项制度。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    guard let spec = context.catalog.framework(for: context.report.metadata) else { return [] }
    // An area listed with no item text and no 概述 says nothing about that area: it is not covered (empty_item
    // points at it). One still holding a scaffold placeholder is being written, and counts.
    let achievements = context.catalog.part(.achievements).key
    let covered = Set(
      context.report.achievements.enumerated().compactMap { index, area in
        let written =
          area.items.contains { !$0.text.isBlank } || !(area.summary ?? "").isBlank
          || context.hasPlaceholder(under: "\(achievements)[\(index)]")
        return written ? area.areaID : nil
      })
    let missing = spec.areas.filter { !covered.contains($0.id) }
    let location = context.positions.keyLocation(achievements)
    guard !missing.isEmpty, !context.report.achievements.isEmpty || location != nil else { return [] }
    let names = missing.map { "「\($0.short)」" }.joined(separator: "、")
    return [
      context.diagnostic(
        Self.description, at: location,
        "主要举措和成效没有涉及纲要\(spec.id)的\(missing.count)个领域：\(names)；如有相关工作请补充",
        notes: missing.map { "\($0.short)：\($0.title)" })
    ]
  }
}
