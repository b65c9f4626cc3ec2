import FazhiCore

/// Half-width `, . ( )` inside Chinese text (GB/T 15834: Chinese text takes full-width marks, ，。（）).
struct HalfwidthPunctuationRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "halfwidth_punctuation",
    name: "中文中的半角标点",
    severity: .warning,
    description: "中文正文应使用全角标点（GB/T 15834）：两个汉字之间的半角逗号「,」、句点「.」，以及紧跟汉字、括着汉字的半角括号「(…)」给出提示。每个文件只报一次，位置为第一处，并给出总数和其他位置。数字中的小数点和千分位（97.2、38,472）、网址、英文括注（PDF）不提示。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 示例县出台《行政执法办法（试行）》，调解成功率97.2%，罚没38,472元，详见 www.example.gov.cn (PDF)。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 示例县出台《行政执法办法↓(试行)》,推进依法行政.全年办结案件120件。
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 示例县推进依法行政↓,全年办结案件120件。
      """,
    ])

  /// One finding per file, at the first mark, counting the rest: text pasted from a converted page can hold
  /// hundreds, and one search-and-replace fixes them all.
  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var found: [(location: TextLocation?, mark: Unicode.Scalar, replacement: String)] = []
    for span in context.textSpans {
      // Only ASCII , . ( matter: a text without them (most Chinese prose) is ruled out by a byte test.
      guard span.text.utf8.contains(where: { $0 == 0x2C || $0 == 0x2E || $0 == 0x28 }) else { continue }
      let scalars = Array(span.text.unicodeScalars)
      var locator = context.positions.quoteLocator(for: span)
      for (i, scalar) in scalars.enumerated() where scalar == "," || scalar == "." || scalar == "(" {
        guard let replacement = Self.problem(at: i, in: scalars) else { continue }
        found.append((locator.location(of: String(scalar), at: i), scalar, replacement))
      }
    }
    guard let first = found.first else { return [] }
    var message = Self.message(first.mark, first.replacement)
    var notes: [String] = []
    if found.count > 1 {
      message += "；正文中共有 \(found.count) 处，可用查找替换一并改正"
      let others = found.dropFirst().prefix(10).compactMap { $0.location.map { "\($0.line):\($0.column)" } }
      notes.append("其他位置（行:列）：\(others.joined(separator: "、"))\(found.count > 11 ? " 等" : "")")
    }
    return [context.diagnostic(Self.description, at: first.location, message, notes: notes)]
  }

  /// The full-width mark to use when the half-width one at `i` sits in Chinese text, else nil.
  static func problem(at i: Int, in scalars: [Unicode.Scalar]) -> String? {
    let before = i > 0 ? scalars[i - 1] : nil
    let after = i + 1 < scalars.count ? scalars[i + 1] : nil
    switch scalars[i] {
    case ",": return endsChinese(before) && startsChinese(after) ? "，" : nil
    case ".": return endsChinese(before) && startsChinese(after) ? "。" : nil
    case "(":
      // The bracket follows Chinese text and holds some: 办法(试行), 《条例》(2021年修订).
      guard endsChinese(before) else { return nil }
      var j = i + 1
      while j < scalars.count, scalars[j] != ")", j - i <= 40 {
        if scalars[j].isHan { return "（）" }
        j += 1
      }
      return nil
    default: return nil
    }
  }

  static func message(_ mark: Unicode.Scalar, _ replacement: String) -> String {
    mark == "("
      ? "中文中用了半角括号「()」，请改为全角括号「（）」"
      : "汉字之间用了半角标点「\(mark)」，请改为全角「\(replacement)」"
  }

  /// A Chinese character, or a full-width closing mark that ends Chinese text (》」”）).
  static func endsChinese(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.isHan || "》」』”）】".unicodeScalars.contains(scalar)
  }

  /// A Chinese character, or a full-width opening mark that starts Chinese text (《「“（).
  static func startsChinese(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.isHan || "《「『“（【".unicodeScalars.contains(scalar)
  }
}
