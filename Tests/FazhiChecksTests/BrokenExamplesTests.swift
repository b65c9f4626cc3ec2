import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// Examples/broken/ holds realistic mistakes; each must produce exactly these (rule id, line) findings.
@Suite struct BrokenExamplesTests {
  struct Expectation: Sendable, CustomTestStringConvertible {
    var file: String
    var findings: [String]
    var testDescription: String { file }
  }

  static let expectations: [Expectation] = [
    Expectation(
      file: "照搬上年-2025.yaml",
      findings: [
        "report_too_short@1", "deadline@8", "stale_year@9", "area_coverage@10", "area_without_figure@11",
        "stale_year@14", "first_responsible_brief@15", "stale_year@20",
      ]),
    Expectation(
      file: "算术不符-2025.yaml",
      findings: [
        "report_too_short@1", "area_coverage@7", "first_responsible_brief@11", "reconsideration_intake@18",
        "mediation_success_rate_formula@23",
      ]),
    Expectation(
      file: "缺项占位-2025.yaml",
      findings: [
        "missing_part@1", "placeholder@7", "area_coverage@8", "manual_numbering@10", "manual_numbering@12",
        "placeholder@13", "shortcoming_without_cause@15",
      ]),
    Expectation(
      file: "中文输入法-2025.yaml",
      findings: [
        "missing_part@1", "missing_part@1", "missing_part@1", "missing_part@1", "fullwidth_colon@2",
        "fullwidth_digits@2", "fullwidth_colon@6", "date_format@6", "fullwidth_space@8", "fullwidth_digits@8",
        "fullwidth_space@9", "number_format@9",
      ]),
  ]

  static func validate(_ path: String) throws -> [Diagnostic] {
    let catalog = try Fixtures.catalog()
    return Validator(catalog: catalog).validate(try ReportLoader(catalog: catalog).load(path: path))
      .filter { $0.severity != .note }
  }

  @Test(arguments: expectations)
  func brokenFile(_ expectation: Expectation) throws {
    let findings = try Self.validate(Fixtures.url("Examples/broken/\(expectation.file)").path)
    let actual = findings.map { "\($0.ruleID)@\($0.location?.line ?? 0)" }.sorted()
    #expect(actual == expectation.findings.sorted())
  }

  @Test func everyBrokenFileIsCovered() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Examples/broken").path)
      .filter { $0.hasSuffix(".yaml") }
    #expect(Set(names) == Set(Self.expectations.map(\.file)))
  }

  @Test func bundledExampleIsClean() throws {
    let findings = try Self.validate(Fixtures.examplePath)
    #expect(findings.isEmpty, "\(findings.map { "\($0.location?.description ?? "") [\($0.ruleID)] \($0.message)" })")
  }
}
