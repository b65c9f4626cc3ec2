import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// The identity and era rules on the five real reports of `../shared/seeds` (read, never copied into the repo):
/// honest reports raise none of them, and the same reports filed under another 报告主体 are caught.
@Suite(.enabled(if: SeedCorpus.isAvailable, "../shared/seeds 不存在，跳过种子语料测试"))
struct SeedIdentityTests {
  static let ruleIDs: Set<String> = [
    "jurisdiction_mismatch", "self_reference", "department_issuer", "department_recipients", "era_marker",
    "impossible_date", "date_order",
  ]

  /// Each seed extracted, with its text; `jurisdiction` replaces the extracted 报告主体 (and drops the 落款, whose
  /// own words a report may use) when given.
  static func findings(jurisdiction: String? = nil) throws -> [(name: String, text: String, ids: [String])] {
    let catalog = try Fixtures.catalog()
    let extractor = ReportExtractor(catalog: catalog)
    let validator = Validator(catalog: catalog)
    return try SeedCorpus.files().map { file in
      let data = try Data(contentsOf: file)
      var report = try #require(extractor.extract(data: data, path: file.lastPathComponent).report)
      if let jurisdiction {
        report.metadata.jurisdiction = jurisdiction
        report.metadata.issuer = nil
      }
      let loaded = LoadedReport(extracted: report, file: file.lastPathComponent, text: "", catalog: catalog)
      let ids = validator.validate(loaded).map(\.ruleID).filter(ruleIDs.contains)
      return (file.lastPathComponent, String(decoding: data, as: UTF8.self), ids)
    }
  }

  @Test func honestReportsRaiseNone() throws {
    let results = try Self.findings()
    #expect(results.count == 5)
    for result in results {
      #expect(result.ids.isEmpty, "\(result.name): \(result.ids)")
    }
  }

  @Test func aReportFiledUnderAnotherPlaceIsCaught() throws {
    // No seed is a 旗: its title or opening names another place, and 我区 is no 旗's word for itself.
    for result in try Self.findings(jurisdiction: "示例旗") {
      #expect(result.ids.contains("jurisdiction_mismatch"), "\(result.name): \(result.ids)")
      if result.text.contains("我区") {
        #expect(result.ids.contains("self_reference"), "\(result.name): \(result.ids)")
      }
    }
  }
}
