import Testing

@testable import FazhiCore

@Suite struct ReportingDeadlineTests {
  @Test func departmentsSignBySubmissionDeadlineGovernmentsByPublication() {
    #expect(ReportingDeadline.signing(.department).date(reportYear: 2025) == ReportDate(year: 2026, month: 3, day: 1))
    for level in ReportLevel.allCases where level != .department {
      #expect(ReportingDeadline.signing(level) == .publication)
    }
    #expect(ReportingDeadline.signing(nil) == .publication)
    #expect(ReportingDeadline.publication.date(reportYear: 2025) == ReportDate(year: 2026, month: 4, day: 1))
  }

  @Test func requirementsNameTheActAndTheDate() {
    #expect(ReportingDeadline.departmentSubmission.requirement(reportYear: 2025) == "政府部门的年度报告应于2026年3月1日前报送")
    #expect(ReportingDeadline.publication.requirement(reportYear: 2025) == "年度报告应于2026年4月1日前公开")
  }
}
