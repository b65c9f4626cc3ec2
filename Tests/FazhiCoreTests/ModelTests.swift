import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct ModelTests {
  @Test func chineseDateHasNoLeadingZeros() {
    #expect(ReportDate(year: 2026, month: 2, day: 5).chinese == "2026年2月5日")
    #expect(ReportDate(year: 2026, month: 2, day: 5).iso == "2026-02-05")
    #expect(!ReportDate(year: 2025, month: 2, day: 29).isValid)
    #expect(ReportDate(year: 2024, month: 2, day: 29).isValid)
  }

  @Test func titleAndIssuerDefaults() {
    let meta = ReportMetadata(jurisdiction: "示例县", level: .county, year: 2025)
    #expect(meta.effectiveTitle == "示例县2025年度法治政府建设情况报告")
    #expect(meta.effectiveIssuer == "示例县人民政府")
    #expect(meta.framework == nil, "the catalog decides the 纲要 of a report that does not name one")
    #expect(ReportMetadata(jurisdiction: "示例县司法局", level: .department, year: 2019).effectiveIssuer == "示例县司法局")
  }
}
