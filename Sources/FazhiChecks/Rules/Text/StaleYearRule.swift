import FazhiCore
import FazhiInput

/// Years in the prose other than the report year and the next year (the copy-from-last-year mistake).
struct StaleYearRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "stale_year",
    name: "正文出现其他年份",
    severity: .warning,
    description: "正文中出现报告年度以前的年份，或下一年度安排以报告年度开头（「2025年，我县将……」），常见于照搬上一年报告忘记改年份。跨年度的说法（2021—2025年、2022年至今）、书名号内的文件名、比较（较2024年、与上年（2024年）相比、2024年同期）、起点（自2023年起、2022年以来）、法律的修订年份（行政处罚法（2021年修订）、2023年新修订的）和安排中修饰名词的本年度（深化2025年试点经验）不算。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 2025年，示例县落实《法治政府建设实施纲要（2021—2025年）》，案件数较2024年下降。
      下一年度主要安排: [2026年，示例县将持续深化法治政府建设。]
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 自2023年起，示例县推行行政执法“三项制度”，与上年（2024年）相比执法案件下降，严格执行行政处罚法（2021年修订）和2023年新修订的示例县河道管理条例；2022年以来累计培训执法人员900人次。
      下一年度主要安排: [深化2025年试点经验，在全县推广。]
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: ↓2024年，示例县深入学习贯彻习近平法治思想。
      下一年度主要安排: [↓2025年，示例县将持续深化法治政府建设。]
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 示例县2025年共办理行政复议案件40件，↓二〇二四年办理的12件已全部结案，截至↓2024年底累计培训900人次。
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let year = context.report.metadata.year
    guard year > 0 else { return [] }
    var findings: [Diagnostic] = []
    let plansKey = context.catalog.part(.nextYear).key
    for span in context.textSpans {
      let inPlans = span.path.hasPrefix(plansKey)
      var locator = context.positions.quoteLocator(for: span)
      for mention in YearMentions.find(in: span.text) where isStale(mention, year: year, inPlans: inPlans) {
        let expected = inPlans ? "下一年度安排应写 \(year + 1) 年" : "本报告年度为 \(year) 年"
        findings.append(
          context.diagnostic(
            Self.description, at: locator.location(of: mention.written, at: mention.offset),
            "正文出现了「\(mention.written)年」，\(expected)；是否照搬了往年的内容？"))
      }
    }
    return findings
  }

  /// Earlier years anywhere; in the plans also the report year, when it frames the time of its clause
  /// (`2025年，我县将…`), not when it qualifies a noun (`深化2025年试点经验`).
  func isStale(_ mention: YearMentions.Mention, year: Int, inPlans: Bool) -> Bool {
    guard !mention.isExempt else { return false }
    if mention.year < year { return true }
    return inPlans && mention.year == year && mention.opensClause
  }
}
