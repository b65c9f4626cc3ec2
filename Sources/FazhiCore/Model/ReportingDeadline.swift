/// 报送与公开期限：the two deadlines of 《法治政府建设与责任落实督察工作规定》 for a year's report, the one source
/// for the scaffold's hint and the `deadline` rule.
///
/// - 报送 (art. 25): government departments at county level and above send their report to 本级党委和政府 by
///   3月1日 of the following year. Governments report in the same first-quarter cycle, before publication.
/// - 公开 (art. 26): every report — governments' and departments' alike — is published by 4月1日.
///
/// Each date of a report is held against its own deadline: the 成文日期 (the report cannot be sent before it is
/// signed) against the level's submission deadline, the 发布日期 against the publication deadline.
public struct ReportingDeadline: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// 报送: the report reaches its recipients.
    case submission
    /// 公开: the report is published.
    case publication
  }

  public var kind: Kind
  public var month: Int
  public var day: Int

  /// 县级以上政府部门 3月1日前报送.
  public static let departmentSubmission = ReportingDeadline(kind: .submission, month: 3, day: 1)
  /// 各级年度报告 4月1日前公开.
  public static let publication = ReportingDeadline(kind: .publication, month: 4, day: 1)

  /// The deadline a report of `level` must be signed (成文) by: a department's is its submission deadline; a
  /// government's (or a report of unknown level), which has no earlier date of its own, the publication deadline.
  public static func signing(_ level: ReportLevel?) -> ReportingDeadline {
    level == .department ? departmentSubmission : publication
  }

  /// The last day allowed for the report of `reportYear` (the deadline falls in the following year).
  public func date(reportYear: Int) -> ReportDate {
    ReportDate(year: reportYear + 1, month: month, day: day)
  }

  /// What the rule requires, for messages: `政府部门的年度报告应于2026年3月1日前报送`.
  public func requirement(reportYear: Int) -> String {
    let date = date(reportYear: reportYear).chinese
    switch kind {
    case .submission: return "政府部门的年度报告应于\(date)前报送"
    case .publication: return "年度报告应于\(date)前公开"
    }
  }
}
