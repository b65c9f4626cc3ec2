import FazhiCore

/// 成文日期 (or the publication date) after the deadline for the reporting level.
struct DeadlineRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "deadline",
    name: "超过报送公开期限",
    severity: .warning,
    description: "地方各级政府的年度报告应于次年4月1日前公开，县级以上政府部门应于次年3月1日前报送（督察工作规定）。成文日期晚于本层级的期限（部门为报送期限，政府为公开期限）、发布日期晚于公开期限、成文日期早于报告年度结束，或未填写成文日期时给出警告。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      层级: 县级
      成文日期: 2026-02-20
      """,
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      成文日期: 2026-02-26
      发布日期: 2026-03-20
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      层级: 县级
      成文日期: ↓2026-04-15
      """,
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      成文日期: ↓2026年3月5日
      """,
      """
      ↓年度: 2025
      报告主体: 示例县
      层级: 县级
      """,
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      成文日期: 2026-02-26
      发布日期: ↓2026-04-08
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard meta.year > 0 else { return [] }
    // Each date against its own deadline: signing before the level's submission (or publication) deadline,
    // publishing before the publication deadline, whatever the level.
    let signing = ReportingDeadline.signing(meta.level)
    var findings: [Diagnostic] = []
    if let date = meta.date {
      if date > signing.date(reportYear: meta.year) {
        findings.append(
          context.diagnostic(
            Self.description, at: context.positions.location(ReportKey.date),
            "成文日期\(date.chinese)晚于期限：\(signing.requirement(reportYear: meta.year))"))
      } else if date < ReportDate(year: meta.year, month: 12, day: 1) {
        findings.append(
          context.diagnostic(
            Self.description, at: context.positions.location(ReportKey.date),
            "成文日期\(date.chinese)早于\(meta.year)年度结束，请核对年度或成文日期"))
      }
    } else if !context.loaded.placeholderPaths.contains(ReportKey.date), !context.hasOmission(under: ReportKey.date) {
      // A date written but unreadable (2025-02-30) is invalid_date's finding: "not filled in" would be wrong.
      findings.append(
        context.diagnostic(
          Self.description, at: context.positions.keyLocation(ReportKey.year),
          "未填写成文日期；请补上「成文日期: \(signing.date(reportYear: meta.year).year)-02-20」这样的日期"))
    }
    let publication = ReportingDeadline.publication
    if let published = meta.publishedDate, published > publication.date(reportYear: meta.year) {
      findings.append(
        context.diagnostic(
          Self.description, at: context.positions.location(ReportKey.publishedDate),
          "发布日期\(published.chinese)晚于期限：\(publication.requirement(reportYear: meta.year))"))
    }
    return findings
  }
}
