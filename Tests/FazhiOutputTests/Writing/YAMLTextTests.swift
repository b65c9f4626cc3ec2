import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct YAMLTextTests {
  /// The quoting rule as first written (Foundation searches, Character tests), kept as the definition.
  static func needsQuote(_ value: String) -> Bool {
    if value.isEmpty { return true }
    let specialStart: Set<Character> = [
      "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "~",
    ]
    let reserved: Set<String> = [
      "true", "false", "yes", "no", "on", "off", "null", "~", "True", "False", "Null", "NULL", "TRUE", "FALSE",
      "Yes", "No", "y", "n", "Y", "N",
    ]
    return specialStart.contains(value.first!) || value.last == " " || value.contains(": ") || value.contains(" #")
      || value.hasSuffix(":") || reserved.contains(value) || Double(value) != nil
      || value.unicodeScalars.contains {
        $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{FEFF}" || $0 == "\u{2028}" || $0 == "\u{2029}"
      }
      || value.contains("\t")
  }

  @Test(arguments: [
    "", "法治政府", "- 列表", "-\u{0301}组合", "\u{1FEF}开头", "结尾 ", "结尾 \u{0301}", "键: 值", "键：值", "a #b", "a#b",
    "以冒号结尾:", "以冒号结尾:\u{0301}", "true", "No", "12", "97.2", "1e5", "tab\there", "行一\n行二", "~", "`代码`",
    "“引号”", "\u{FEFF}bom", "Ｅ", "e\u{0301}: x", "全角空格\u{3000}",
  ])
  func quotesExactlyWhereTheRuleSays(value: String) {
    let written = YAMLText.scalar(value)
    #expect(written == (Self.needsQuote(value) ? YAMLText.quoted(value) : value), "\(value)")
  }

  @Test(arguments: ["一行", "两行\n第二行\n", "含: 冒号\n下一行", "e\u{0301}\n组合", "\u{1FEF}\n"])
  func linesAreSplitWhereFoundationFindsNewlines(value: String) {
    #expect(YAMLText.contains(value, "\n") == value.contains("\n"))
    #expect(YAMLText.contains(value, ": ") == value.contains(": "))
  }
}
