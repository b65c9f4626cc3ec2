import FazhiCore

/// Framework areas not covered by 主要举措和成效.
struct AreaCoverageRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "area_coverage",
    name: "纲要领域未覆盖",
    severity: .warning,
    description: "主要举措和成效一般按《法治政府建设实施纲要》的领域组织；某个领域完全没有写到时给出警告，提醒是否遗漏（确无相关工作可忽略）。列出了领域、但其下没有任何事项内容也没有概述的，不算写到。",
    passingExamples: [
      // Every area of the 2021 纲要, each with one item.
      """
      年度: 2025
      报告主体: 示例县
      纲要: 2021
      主要举措和成效:
        - 领域: 党的领导
          事项: [县政府常务会议会前学法12次。]
        - 领域: 政府机构职能
          事项: [修订县级部门权责清单。]
        - 领域: 依法行政制度
          事项: [清理行政规范性文件9件。]
        - 领域: 行政决策
          事项: [公布重大行政决策事项目录6项。]
        - 领域: 行政执法
          事项: [评查行政执法案卷320份。]
        - 领域: 突发事件应对
          事项: [修订专项应急预案14部。]
        - 领域: 矛盾纠纷化解
          事项: [调解矛盾纠纷2360件。]
        - 领域: 行政权力制约监督
          事项: [办理人大代表建议58件。]
        - 领域: 数字法治政府
          事项: [建成县级行政执法监督平台。]
      """
    ],
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
    // The part, an area or an area's name written in a shape that could not be read (wrong_type): which areas the
    // part covers is unknown until that error is fixed.
    let unreadArea = context.loaded.omissions.contains { omission in
      guard let path = omission.path else { return false }
      if path == achievements { return true }
      guard path.hasPrefix(achievements + "[") else { return false }
      return !path.contains(".") || path.hasSuffix(".\(ReportKey.Area.area)")
    }
    guard !unreadArea else { return [] }
    let covered = Set(
      context.report.achievements.enumerated().compactMap { index, area in
        let path = "\(achievements)[\(index)]"
        // Content left out for a wrong type was written all the same (wrong_type points at it).
        let written =
          area.items.contains { !$0.text.isBlank } || !(area.summary ?? "").isBlank
          || context.hasPlaceholder(under: path) || context.hasOmission(under: path)
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
