import FazhiCore

/// A figure quoted in the prose contradicts the indicator value in the data.
struct TextFigureMismatchRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "text_figure_mismatch",
    name: "正文数字与指标不一致",
    severity: .error,
    description: "正文中引用的目录指标数字（如「受理行政复议申请100件」）与「主要指标」中的数值不一致，位置标在正文处。每个数字按它所在的位置与它所指的指标比较，即使指标值在正文其他地方出现过；列表只在开头写一次主语时（「共收到行政复议申请95件，依法受理83件，不予受理12件」「……其中受理40件」），后面的数字承接这一主语。约数按其隐含的取整范围比较（3100余件与3142件相符，2.6万余人次与3.6万余人次不符）。「其中」之后与总数同一指标的分项（「出庭应诉率为96%，其中正职负责人出庭应诉率为29%」）说的是更窄的对象，不比较；同一句中同一指标另有与数据一致的数字时，其余数字视为分列的不同对象，不报；指标值在正文别处出现过时，这里的不一致降为警告（可能说的是另一对象），单位不同（别处「500余次」、这里「4800余人次」）时视为另一量，不报。",
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
      """
      年度: 2025
      报告主体: 示例县
      导语: 行政机关负责人出庭应诉率为96%，其中，正职负责人出庭应诉率为29.13%。
      主要指标:
        行政机关负责人出庭应诉率: 96%
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
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年共收到行政复议申请95件，依法受理↓83件，不予受理↓12件。
      主要指标:
        行政复议收到申请: 95
        行政复议受理: 80
        行政复议不予受理: 15
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    // Each figure is held against the indicator it is bound to where it stands; the parts of a 其中 list that
    // share their total's indicator are left out when the mentions are found (`ProseFigures.isPart`).
    let mentions = context.proseMentions
    // Where the indicator's value is quoted: a sentence that quotes it names its subjects one by one
    // (领导干部法治专题培训1次，领导班子法治专题讲座2次), and a report that quotes it elsewhere may be speaking of
    // another subject here, a question to the writer rather than an error.
    var agreeing: [String: Set<String>] = [:]
    var agreeingUnits: [String: Set<String>] = [:]
    for located in mentions {
      guard let stated = context.report.indicator(located.mention.indicatorID),
        located.mention.quantity.isCompatible(with: stated.quantity)
      else { continue }
      agreeing[stated.id, default: []].insert(located.mention.sentence)
      agreeingUnits[stated.id, default: []].insert(located.mention.quantity.unit ?? "")
    }
    return mentions.compactMap { located in
      let mention = located.mention
      // Approximations are compared within the rounding they imply (3100余件 fits 3142; 2.6万余 does not fit
      // 3.6万余).
      guard mention.role == .value || mention.role == .rangeTo,
        let stated = context.report.indicator(mention.indicatorID),
        !mention.quantity.isCompatible(with: stated.quantity)
      else { return nil }
      let elsewhere = agreeing[stated.id] ?? []
      guard !elsewhere.contains(mention.sentence) else { return nil }
      // The value quoted elsewhere in one unit, and here in another (法律咨询500余次 there, 4800余人次 here): a
      // measure of its own, not the indicator.
      if !elsewhere.isEmpty, !(agreeingUnits[stated.id] ?? []).contains(mention.quantity.unit ?? "") { return nil }
      let notes = stated.location.map { ["指标位于 \($0)"] } ?? []
      if elsewhere.isEmpty {
        return context.diagnostic(
          Self.description, at: located.location,
          "正文写的是「\(mention.raw)」，但「主要指标」中的「\(stated.label)」为 \(stated.raw)；请核对，使两处一致", notes: notes)
      }
      return context.diagnostic(
        Self.description, at: located.location,
        "正文写的是「\(mention.raw)」，但「主要指标」中的「\(stated.label)」为 \(stated.raw)（正文别处写的与指标一致）；若这里说的是另一对象，请写明主语，否则改为一致",
        notes: notes, severity: .warning)
    }
  }
}
