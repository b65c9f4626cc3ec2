import FazhiCore

// Findings about a value of the wrong shape.
// Each rule: its description (`fazhi rules`, the example tests) and the messages the loader words with it.

private let header = LoadingRules.header

/// 类型不对: a value of the wrong shape (a list where text belongs, text where a number belongs).
package enum WrongTypeRule {
  package static let description = RuleDescription(
    identifier: "wrong_type", name: "类型不对", severity: .error,
    description: "值的类型与要求不符：该写文字的地方写成了列表、该写数字的地方写成了文字等。",
    passingExamples: [header],
    failingExamples: ["年度: ↓二零二五年度\n报告主体: 示例县\n", header + "导语:\n  ↓- 第一段\n"])

  /// `expectation` says what belongs there (「导语」应为文字); `found` names what was written.
  static func message(_ expectation: String, found: String) -> String { "\(expectation)，这里写成了\(found)" }

  /// A year outside `range` or not a number at all.
  static func year(range: ClosedRange<Int>, text: String) -> String {
    "「年度」应为 \(range.lowerBound)—\(range.upperBound) 之间的四位年份数字，如 2025；这里是「\(text)」"
  }

  static let recipients = "「主送」应为机关名称或名称列表"
  static let customIndicators = "「其他指标」应为「名称: 数值和单位」的键值对，如「办结投诉举报: 20起」"
  static let facts = "「数据事实」应为列表，每项含「名称」「数值」「原文」"
}
