import Foundation
import Testing

@testable import FazhiCore

/// The one JSON writer: typed values and plain trees come out in the same bytes.
@Suite struct JSONOutputTests {
  struct Sample: Encodable {
    var 名称: String
    var count: Int
    var rate: Double
    var amount: Decimal
    var tags: [String]
    var nested: [String: Int]
    var missing: String?
  }

  @Test func typedValuesAndTreesWriteTheSameBytes() throws {
    let sample = Sample(
      名称: "示例县/司法局 \"复议\"\n\u{1}", count: 121, rate: 97.5, amount: Decimal(string: "1836.25")!, tags: [],
      nested: ["z": 1, "a": 2, "行政": 3], missing: nil)
    let tree: [String: Any] = [
      "名称": sample.名称, "count": 121, "rate": 97.5, "amount": Decimal(string: "1836.25")!, "tags": [String](),
      "nested": ["z": 1, "a": 2, "行政": 3],
    ]
    let typed = try JSONOutput.text(sample)
    #expect(typed == JSONOutput.text(tree: tree))
    #expect(typed.hasSuffix("}\n"))
    #expect(typed.contains("\"名称\" : \"示例县/司法局 \\\"复议\\\"\\n\\u0001\""))
    #expect(!typed.contains("missing"))
    // Keys sorted by their UTF-8 bytes: ASCII before Chinese.
    let keys = ["\"a\"", "\"z\"", "\"行政\""].map { typed.range(of: $0)!.lowerBound }
    #expect(keys == keys.sorted())
  }

  @Test func nonFiniteNumbersThrow() {
    #expect(throws: EncodingError.self) { try JSONOutput.data([Double.nan]) }
  }

  @Test func validationJSONKeepsItsShape() throws {
    let located = Diagnostic(
      ruleID: "reconsideration_sum", severity: .error, location: TextLocation(file: "示例县-2025.yaml", line: 12, column: 9),
      message: "受理与不予受理之和 121 件超过收到的 120 件")
    let unlocated = Diagnostic(ruleID: "deadline", severity: .note, location: nil, message: "报送期限", notes: ["3月1日前"])
    let findings = [located, unlocated]
    let json = DiagnosticReporter.json(findings, summary: ValidationSummary(diagnostics: findings, files: 1))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let items = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(Set(items[0].keys) == ["rule", "severity", "message", "notes", "file", "line", "column"])
    #expect(Set(items[1].keys) == ["rule", "severity", "message", "notes"])
    #expect(items[0]["column"] as? Int == 9 && items[1]["notes"] as? [String] == ["3月1日前"])
    #expect((object["summary"] as? [String: Int]) == ["files": 1, "errors": 1, "warnings": 0, "notes": 1])
  }
}
