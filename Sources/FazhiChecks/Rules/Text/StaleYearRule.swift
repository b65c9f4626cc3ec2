import FazhiCore

/// Years in the prose other than the report year and the next year (the copy-from-last-year mistake).
struct StaleYearRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "stale_year",
    name: "正文出现其他年份",
    severity: .warning,
    description: "正文中出现报告年度和下一年度以外的年份，常见于照搬上一年报告忘记改年份。跨年度的说法（2021—2025年、“十四五”）、书名号内的文件名、与往年的比较（较2024年、比2024年）不算。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 2025年，示例县落实《法治政府建设实施纲要（2021—2025年）》，案件数较2024年下降。
      下一年度主要安排: [2026年，示例县将持续深化法治政府建设。]
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: ↓2024年，示例县深入学习贯彻习近平法治思想。
      下一年度主要安排: [↓2025年，示例县将持续深化法治政府建设。]
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let year = context.report.metadata.year
    guard year > 0 else { return [] }
    var findings: [Diagnostic] = []
    let plansKey = context.catalog.part(.nextYear).key
    for span in context.textSpans {
      let inPlans = span.path.hasPrefix(plansKey)
      var counts: [String: Int] = [:]
      for mention in YearMentions.find(in: span.text) {
        let text = String(mention.year)
        let occurrence = counts[text, default: 0]
        counts[text] = occurrence + 1
        guard !mention.isExempt else { continue }
        // In next-year plans the report year itself is stale (`2025年，我县将…` in a 2025 report).
        let allowed: Set<Int> = inPlans ? [year + 1] : [year, year + 1]
        if allowed.contains(mention.year) { continue }
        if mention.year > year + 1 && !inPlans { continue }
        let expected = inPlans ? "下一年度安排应写 \(year + 1) 年" : "本报告年度为 \(year) 年"
        findings.append(
          context.diagnostic(
            Self.description, at: context.positions.locate(text, occurrence: occurrence, in: span.path),
            "正文出现了「\(mention.year)年」，\(expected)；是否照搬了往年的内容？"))
      }
    }
    return findings
  }
}

/// Four-digit years in prose, with whether the context makes them legitimate.
public enum YearMentions {
  public struct Mention: Sendable, Hashable {
    public var year: Int
    /// Inside a span (2021—2025年), a 书名号 title, or a comparison (较2024年).
    public var isExempt: Bool
  }

  public static func find(in text: String) -> [Mention] {
    // Unicode scalars, not Characters: every test below is on single scalars, and grapheme breaking was most
    // of this rule's cost.
    let chars = Array(text.unicodeScalars)
    var result: [Mention] = []
    var bookDepth = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "《" { bookDepth += 1 }
      if c == "》" { bookDepth = max(0, bookDepth - 1) }
      if isDigit(c), i + 3 < chars.count, i == 0 || !isDigit(chars[i - 1]),
        isDigit(chars[i + 1]), isDigit(chars[i + 2]), isDigit(chars[i + 3]),
        i + 4 >= chars.count || !isDigit(chars[i + 4])
      {
        let year = chars[i...i + 3].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        guard (1990...2099).contains(year) else {
          i += 1
          continue
        }
        let after: Unicode.Scalar = i + 4 < chars.count ? chars[i + 4] : " "
        let before: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
        let isSpanEnd = spanMarks.contains(before) && i >= 5 && isDigit(chars[i - 2])
        let isSpanStart = spanMarks.contains(after) && i + 5 < chars.count && isDigit(chars[i + 5])
        let counted = after == "年" || isSpanStart || isSpanEnd
        guard counted else {
          i += 4
          continue
        }
        let lead = chars[max(0, i - 4)..<i]
        let comparison = comparisonWords.contains { word in
          word.count <= lead.count && lead.suffix(word.count).elementsEqual(word)
        }
        let exempt = bookDepth > 0 || isSpanStart || isSpanEnd || comparison
        result.append(Mention(year: year, isExempt: exempt))
        i += 4
        continue
      }
      i += 1
    }
    return result
  }

  @inline(__always) private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
  /// Marks joining the two ends of a span of years (2021—2025年, 2021至2025年).
  private static let spanMarks: Set<Unicode.Scalar> = Set("—-－–~～至到".unicodeScalars)
  /// Words before a year that make it a comparison with an earlier year (较2024年).
  private static let comparisonWords: [[Unicode.Scalar]] = ["较", "比", "同比", "相比", "对比", "与", "和", "上年", "超过"].map {
    Array($0.unicodeScalars)
  }
}
