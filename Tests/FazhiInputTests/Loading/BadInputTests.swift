import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Every bad input the issue lists: a located Chinese finding with its own rule id, never a crash or a hang.
@Suite struct BadInputTests {
  static let header = "年度: 2025\n报告主体: 示例县\n"

  /// One bad text and the (rule id, line:col) findings expected among the loader's and rules' findings.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: [String: [Position]]
    /// Rule ids that must not appear (the generic errors a specific one should replace).
    var absent: [String] = ["yaml_syntax"]

    var testDescription: String { name }
  }

  static func p(_ line: Int, _ column: Int) -> Position { Position(line: line, column: column) }

  static let cases: [Case] = [
    Case(name: "empty file", text: "", expected: ["empty_file": [p(1, 1)]]),
    Case(name: "only blank lines", text: "\n  \n\n", expected: ["empty_file": [p(1, 1)]]),
    Case(
      name: "prose, not YAML", text: "示例县2025年法治政府建设情况报告。全文如下。\n",
      expected: ["yaml_not_mapping": [p(1, 1)]]),
    Case(
      name: "broken YAML", text: "年度: 2025\n报告主体: [示例县\n导语: 文字\n",
      expected: ["yaml_syntax": [p(3, 3)]], absent: []),
    Case(
      name: "list at top level", text: "- 年度: 2025\n- 报告主体: 示例县\n",
      expected: ["yaml_not_mapping": [p(1, 1)]]),
    Case(
      name: "tab indentation", text: header + "主送:\n\t- 示例市人民政府\n",
      expected: ["yaml_tab_indent": [p(4, 1)]]),
    Case(
      name: "duplicate key", text: "年度: 2025\n报告主体: 示例县\n年度: 2024\n",
      expected: ["yaml_duplicate_key": [p(1, 1)]]),
    Case(
      name: "duplicate key, once quoted", text: "年度: 2025\n报告主体: 示例县\n\"年度\": 2024\n",
      expected: ["yaml_duplicate_key": [p(1, 1)]]),
    Case(name: "string for the year", text: "年度: 今年\n报告主体: 示例县\n", expected: ["wrong_type": [p(1, 5)]]),
    Case(
      name: "string for a count", text: header + "主要指标:\n  行政复议受理: 很多\n",
      expected: ["indicator_value": [p(4, 11)]]),
    Case(
      name: "list for the preamble", text: header + "导语:\n  - 第一段\n",
      expected: ["wrong_type": [p(4, 3)]]),
    Case(
      name: "rate without percent", text: header + "主要指标:\n  人民调解成功率: 97.2\n",
      expected: ["rate_without_percent": [p(4, 12)]]),
    Case(
      name: "rate in Chinese numerals", text: header + "主要指标:\n  人民调解成功率: 百分之九十七\n",
      expected: ["number_format": [p(4, 12)]]),
    Case(
      name: "rate in percentage points", text: header + "主要指标:\n  人民调解成功率: 97.2个百分点\n",
      expected: ["indicator_value": [p(4, 12)]]),
    Case(
      name: "compound multipliers", text: header + "主要指标:\n  罚没金额: 3万4000\n",
      expected: ["number_format": [p(4, 9)]]),
    Case(
      name: "count in Chinese numerals", text: header + "主要指标:\n  行政复议受理: 两千\n",
      expected: ["number_format": [p(4, 11)]]),
    Case(name: "year in Chinese numerals", text: "年度: 二〇二五\n报告主体: 示例县\n", expected: ["number_format": [p(1, 5)]]),
    Case(
      name: "date with slashes", text: header + "成文日期: 2026/2/20\n", expected: ["date_format": [p(3, 7)]]),
    Case(
      name: "date that does not exist", text: header + "成文日期: 2026-02-30\n",
      expected: ["invalid_date": [p(3, 7)]]),
    Case(name: "full-width colon", text: "年度：2025\n报告主体: 示例县\n", expected: ["fullwidth_colon": [p(1, 3)]]),
    Case(
      name: "full-width colon before a value with a position", text: "年度: 2025\n报告主体：示例县\n成文日期：２０２６年２月２０日\n",
      expected: ["fullwidth_colon": [p(2, 5), p(3, 5)]]),
    Case(
      name: "full-width colon, then a finding on the value", text: "年度：２０２５\n报告主体: 示例县\n",
      expected: ["fullwidth_colon": [p(1, 3)], "fullwidth_digits": [p(1, 4)]]),
    Case(
      name: "no space after a key's colon, mid-file", text: "报告主体: 示例县\n年度:2025\n导语: 示例县推进依法行政。\n",
      expected: ["colon_without_space": [p(2, 3)]]),
    Case(
      name: "no space after an indicator's colon", text: header + "主要指标:\n  行政复议受理:100\n",
      expected: ["colon_without_space": [p(4, 9)]]),
    Case(
      name: "full-width spaces", text: header + "主送:\n　- 示例市人民政府\n",
      expected: ["fullwidth_space": [p(4, 1)]]),
    Case(
      name: "full-width space, then a finding on the value", text: header + "主要指标:\n　行政复议受理: 很多\n",
      expected: ["fullwidth_space": [p(4, 1)], "indicator_value": [p(4, 10)]]),
    Case(
      name: "tab, then a finding on the value", text: header + "主要指标:\n\t行政复议受理: 很多\n",
      expected: ["yaml_tab_indent": [p(4, 1)], "indicator_value": [p(4, 10)]]),
    Case(name: "full-width digits", text: "年度: ２０２５\n报告主体: 示例县\n", expected: ["fullwidth_digits": [p(1, 5)]]),
    Case(
      name: "unknown key", text: header + "导言: 2025年，示例县……\n", expected: ["unknown_key": [p(3, 1)]]),
    Case(
      name: "anchor and alias", text: header + "主送: &a 示例市人民政府\n落款: *a\n",
      expected: ["yaml_anchor": [p(3, 5)]]),
    // Numbers too large for Int, and years in other forms, are findings: every form goes through one range.
    Case(
      name: "date with a twenty-digit month", text: header + "成文日期: 2026-99999999999999999999-01\n",
      expected: ["invalid_date": [p(3, 7)]]),
    Case(
      name: "date with a twenty-digit year", text: header + "成文日期: 99999999999999999999年2月1日\n",
      expected: ["invalid_date": [p(3, 7)]]),
    Case(
      name: "huge full-width year", text: "年度: ９９９９９９９９９９９９９９９９９９９９９\n报告主体: 示例县\n",
      expected: ["wrong_type": [p(1, 5)]]),
    Case(name: "negative full-width year", text: "年度: －２０２４\n报告主体: 示例县\n", expected: ["wrong_type": [p(1, 5)]]),
    Case(name: "full-width year out of range", text: "年度: ３０２５\n报告主体: 示例县\n", expected: ["wrong_type": [p(1, 5)]]),
    Case(name: "Chinese-numeral year out of range", text: "年度: 九九九九\n报告主体: 示例县\n", expected: ["wrong_type": [p(1, 5)]]),
    Case(name: "negative year", text: "年度: -2024\n报告主体: 示例县\n", expected: ["wrong_type": [p(1, 5)]]),
  ]

  /// A Chinese numeral repeating 亿 multiplied past Decimal's range into NaN, which the count check read as a
  /// negative number (「不能为负数」): it is a value that cannot be read.
  @Test func aNumeralRepeatingYiIsUnreadableNotNegative() throws {
    let text = Self.header + "主要指标:\n  行政复议受理: " + String(repeating: "一亿一万", count: 40) + "件\n"
    let findings = try Fixtures.findings(text).filter { $0.location?.line == 4 }
    #expect(findings.map(\.ruleID) == ["indicator_value"], "\(findings)")
    #expect(findings.allSatisfy { $0.message.contains("无法识别") && !$0.message.contains("负数") }, "\(findings)")
  }

  @Test(arguments: cases)
  func badInput(_ c: Case) throws {
    let findings = try Fixtures.findings(c.text)
    let listing = Comment(rawValue: findings.map { "\($0.location.map(\.description) ?? "-") [\($0.ruleID)] \($0.message)" }.joined(separator: "\n"))
    for (rule, positions) in c.expected {
      let found = findings.filter { $0.ruleID == rule }.compactMap { Position($0.location) }.sorted()
      #expect(found == positions, "\(rule): \(listing.rawValue)")
    }
    for rule in c.absent where c.expected[rule] == nil {
      #expect(!findings.contains { $0.ruleID == rule }, listing)
    }
    for finding in findings {
      #expect(finding.location != nil)
      #expect(!finding.message.hasSuffix("。"))
      #expect(finding.message.unicodeScalars.contains { $0.isHan }, "message is in Chinese")
    }
    #expect(findings.contains { $0.severity == .error || $0.severity == .warning })
  }

  /// A file saved with Windows line ends (CR LF) gets the same findings at the same places.
  @Test(arguments: cases)
  func crlfLineEnds(_ c: Case) throws {
    let listing: ([Diagnostic]) -> [String] = { findings in
      findings.map { "\($0.location.map(\.description) ?? "-") [\($0.ruleID)] \($0.message)" }
    }
    let lf = listing(try Fixtures.findings(c.text))
    let crlf = listing(try Fixtures.findings(c.text.replacingOccurrences(of: "\n", with: "\r\n")))
    #expect(crlf == lf)
  }

  @Test func crlfFileStartingWithACommentIsNotEmpty() throws {
    let text = "# 示例县 2025 年度报告\r\n年度: 2025\r\n报告主体: 示例县\r\n"
    let findings = try Fixtures.findings(text)
    #expect(!findings.contains { $0.ruleID == "empty_file" })
    #expect(try Fixtures.load(text).report?.metadata.jurisdiction == "示例县")
  }

  @Test func rateWithPercentIsClean() throws {
    let findings = try Fixtures.findings(Self.header + "主要指标:\n  人民调解成功率: 97.2%\n")
    #expect(!findings.contains { $0.ruleID.hasPrefix("indicator") || $0.ruleID.hasPrefix("rate") || $0.ruleID == "number_format" })
    let report = try #require(try Fixtures.load(Self.header + "主要指标:\n  人民调解成功率: 97.2%\n").report)
    #expect(report.indicators.first?.quantity.value == Decimal(string: "97.2"))
  }

  /// GB/T 15835-2011 5.1.3 allows grouping digits in threes (分节); a full-width comma is still a full-width
  /// character.
  @Test func thousandsSeparatorsAreAllowed() throws {
    let findings = try Fixtures.findings(Self.header + "主要指标:\n  罚没金额: 1,100万\n  行政复议受理: 38,472\n")
    #expect(!findings.contains { $0.ruleID == "number_format" || $0.ruleID == "indicator_value" })
    let report = try #require(try Fixtures.load(Self.header + "主要指标:\n  行政复议受理: 38,472\n").report)
    #expect(report.indicators.first?.quantity.value == 38472)
    let fullwidth = try Fixtures.findings(Self.header + "主要指标:\n  行政复议受理: 38，472\n")
    #expect(fullwidth.map(\.ruleID).contains("fullwidth_digits"))
  }

  /// Only keys fazhi knows are repaired: a colon inside running text stays text.
  @Test func colonInRunningTextIsNotAKey() throws {
    let text = Self.header + "导语: 示例县召开会议，\n  会议要求:依法行政，详见 http://example.gov.cn/a\n"
    let loaded = try Fixtures.load(text)
    #expect(!loaded.diagnostics.contains { $0.ruleID == "colon_without_space" || $0.ruleID == "yaml_syntax" })
    #expect(loaded.report?.preamble?.contains("会议要求:依法行政") == true)
    let fixed = try #require(try Fixtures.load("年度:2025\n报告主体: 示例县\n").report)
    #expect(fixed.metadata.year == 2025)
  }

  @Test func valuesWrittenBadlyAreStillRead() throws {
    let report = try #require(
      try Fixtures.load(Self.header + "主要指标:\n  人民调解成功率: 百分之九十七\n  行政复议受理: 两千\n  罚没金额: 3万4000\n").report)
    let values = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.label, $0.quantity.value) })
    #expect(values["人民调解成功率"] == 97)
    #expect(values["行政复议受理"] == 2000)
    #expect(values["罚没金额"] == 34000)
    #expect(try Fixtures.load("年度: 二〇二五\n报告主体: 示例县\n").report?.metadata.year == 2025)
  }

  @Test func unknownKeySuggestsTheRightOne() throws {
    let findings = try Fixtures.findings(Self.header + "导言: 2025年，示例县……\n存在的问题: 执法力量薄弱\n")
    let unknown = findings.filter { $0.ruleID == "unknown_key" }
    #expect(unknown.count == 2)
    #expect(unknown.contains { ($0.message + $0.notes.joined()).contains("「导语」") })
    #expect(unknown.contains { ($0.message + $0.notes.joined()).contains("「存在的不足和原因」") })
  }

  /// A clerk's YAML saved as GBK by a Windows editor is read, and its findings are located in characters, as in
  /// a UTF-8 file.
  @Test func gb18030FileIsReadWithTheSameFindings() throws {
    let text = "年度: 2025\n报告主体: 示例县\n导语: 示例县深入推进法治政府建设。\n存在的问题: 执法力量薄弱\n"
    let data = try #require(text.data(using: TextDecoder.gb18030))
    let loader = ReportLoader(catalog: try Fixtures.catalog())
    let gbk = try loader.load(data: data, file: "gbk.yaml")
    let utf8 = try loader.load(data: Data(text.utf8), file: "gbk.yaml")
    #expect(gbk.report?.metadata.jurisdiction == "示例县")
    #expect(gbk.diagnostics == utf8.diagnostics)
    #expect(gbk.diagnostics.contains { $0.ruleID == "unknown_key" && $0.location?.line == 4 })
  }

  @Test func hugeFileIsRefusedQuickly() throws {
    let line = Data("导语: 示例县深入推进法治政府建设，全面提升依法行政水平。\n".utf8)
    var data = Data(capacity: 20 * 1024 * 1024 + line.count)
    while data.count < 20 * 1024 * 1024 { data.append(line) }
    let start = Date()
    let error = try #require(throws: FazhiError.self) {
      try ReportLoader(catalog: try Fixtures.catalog()).load(data: data, file: "big.yaml")
    }
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(error.kind == .unreadableInput)
    #expect(error.message.contains("MB"))
  }

  @Test func billionLaughsIsRefusedQuickly() throws {
    var text = "年度: 2025\n报告主体: 示例县\na: &a [\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\"]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
      previous = name
    }
    text += "导语: *i\n主要举措和成效: *i\n"
    let start = Date()
    let findings = try Fixtures.findings(text)
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(findings.contains { $0.ruleID == "yaml_anchor" && $0.location?.line == 3 })
  }

  @Test func missingPathIsUnreadable() throws {
    let error = try #require(throws: FazhiError.self) {
      try ReportLoader(catalog: try Fixtures.catalog()).load(path: "/nonexistent/示例县-2025.yaml")
    }
    #expect(error.kind == .unreadableInput)
    #expect(error.path == "/nonexistent/示例县-2025.yaml")
    #expect(error.message.contains("不存在"))
  }

  /// Binary data is refused; UTF-16 with its byte-order mark (Windows Notepad's 「Unicode」) is read like UTF-8.
  @Test func binaryIsUnreadableAndUTF16IsRead() throws {
    let loader = ReportLoader(catalog: try Fixtures.catalog())
    #expect(throws: FazhiError.self) { try loader.load(data: Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]), file: "x.yaml") }
    let utf16 = try #require("年度: 2025\n".data(using: .utf16))
    let loaded = try loader.load(data: utf16, file: "x.yaml")
    #expect(loaded.report?.metadata.year == 2025)
    #expect(loaded.diagnostics == (try loader.load(data: Data("年度: 2025\n".utf8), file: "x.yaml")).diagnostics)
  }
}
