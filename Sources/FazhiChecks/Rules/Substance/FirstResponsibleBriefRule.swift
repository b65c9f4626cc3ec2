import FazhiCore

/// 党政主要负责人履行推进法治建设第一责任人职责情况 in a single sentence.
///
/// The part reports how the principal leaders discharged the duties that the 第一责任人职责规定 lists (deciding and
/// deploying, studying law, reporting on it (述法), supervising problems); one sentence can at most assert that they
/// did, which is what a reviewer sends back.
struct FirstResponsibleBriefRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "first_responsible_brief",
    name: "第一责任人部分只有一句话",
    severity: .warning,
    description: "「党政主要负责人履行推进法治建设第一责任人职责情况」整个部分只有一句话。这一部分要报告主要负责人如何履行职责（研究部署、带头学法、述法、督办问题等），一句话最多只能表态「认真履行了职责」，审核时会要求补充具体情况。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      党政主要负责人履行推进法治建设第一责任人职责情况: 县长主持县政府常务会议研究法治议题9次。县委书记带头述法，并对督察发现的问题逐项督办。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      ↓党政主要负责人履行推进法治建设第一责任人职责情况: 县委、县政府主要负责人认真履行推进法治建设第一责任人职责。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let items = context.report.firstResponsible
    let texts = items.map(\.text).filter { !$0.isBlank }
    guard !texts.isEmpty, !texts.contains(where: context.isUnfinished) else { return [] }
    let sentences = texts.reduce(0) { $0 + ReportProse.split($1).count }
    guard sentences == 1 else { return [] }
    return [
      context.diagnostic(
        Self.description, at: context.positions.keyLocation(context.catalog.part(.firstResponsible).key),
        "第一责任人职责情况只有一句话；请写明党政主要负责人履职的具体情况：主持研究法治工作几次、带头学法述法、督办了哪些问题")
    ]
  }
}
