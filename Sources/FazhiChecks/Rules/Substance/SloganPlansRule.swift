import FazhiCore

/// 下一年度主要安排 written as pledges: most of its sentences carry a slogan (再上新台阶, 以更实举措……, the catalog's
/// `slogans`) and not one names a figure, a deadline or a document, so nothing in the part can be checked next year.
struct SloganPlansRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "slogan_plans",
    name: "安排只有口号",
    severity: .warning,
    description: "下一年度主要安排至少有两句话，其中三分之二以上带有口号式表述（「再上新台阶」「以更实举措」等，见 Schemas/catalog/wordlists.yaml 的 slogans），而整个部分没有一个数字、时限（年底前、上半年、每季度……）或文件名称（《……》）：这样的安排明年无从检查落实，审核时会要求改写。只在结尾用一句口号、其余是具体安排的，不提示；只有一句话的安排证据太少，也不提示。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      下一年度主要安排:
        - 标题: 深化执法规范化
          内容: 开展执法案卷评查，每季度通报一次评查结果。
        - 标题: 提升复议质效
          内容: 以更实举措推进行政复议体制改革，推动法治政府建设再上新台阶。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      ↓下一年度主要安排:
        - 一是聚焦依法行政，以更强担当推动法治政府建设彰显新作为。
        - 二是聚焦执法规范，以更实作风推动严格执法增添新成效。
        - 三是聚焦矛盾化解，推进行政复议规范化建设。
      """
    ])

  /// Two in three sentences carrying a slogan: a part where slogans are the rule, not a closing flourish. At least
  /// two sentences: a slogan in a one-sentence plan is not yet a pattern.
  static let sloganShare = (numerator: 2, denominator: 3)
  static let minimumSentences = 2

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let plans = context.report.nextYearPlans.flatMap { [$0.title ?? "", $0.text] }.filter { !$0.isBlank }
    guard !plans.isEmpty, !plans.contains(where: context.isUnfinished) else { return [] }
    let sentences = plans.flatMap { ReportProse.split($0).map(\.text) }
    let slogans = context.catalog.slogans.filter { !$0.isEmpty }.map(LiteralSearch.Needle.init)
    let withSlogan = sentences.filter { sentence in
      let plain = LiteralSearch.isCanonicallyPlain(sentence)
      return slogans.contains { LiteralSearch.contains(sentence, $0, textIsPlain: plain) }
    }
    let deadlineWords = context.catalog.deadlineWords.map(LiteralSearch.Needle.init)
    guard sentences.count >= Self.minimumSentences,
      withSlogan.count * Self.sloganShare.denominator >= sentences.count * Self.sloganShare.numerator,
      !plans.contains(where: { Self.isCheckable($0, deadlineWords: deadlineWords) })
    else { return [] }
    let key = context.catalog.part(.nextYear).key
    return [
      context.diagnostic(
        Self.description, at: context.positions.keyLocation(key),
        "下一年度主要安排的\(sentences.count)句话中有\(withSlogan.count)句是口号式表述，没有一个数字、时限或文件名称；请写明明年具体做哪些事、做到什么程度、何时完成，以便来年检查落实")
    ]
  }

  /// A plan with something a reviewer can check next year: a figure, a deadline (one of the catalog's
  /// `deadlineWords`) or a named document.
  static func isCheckable(_ plan: String, deadlineWords: [LiteralSearch.Needle]) -> Bool {
    let plain = LiteralSearch.isCanonicallyPlain(plan)
    return plan.contains("《") || deadlineWords.contains { LiteralSearch.contains(plan, $0, textIsPlain: plain) }
      || QuantityScanner.scan(plan).contains { $0.role.isFigure }
  }
}
