import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct YAMLTextTests {
  /// The quoting rule, kept as the definition: on scalars and bytes, as a YAML reader sees the text.
  static func needsQuote(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return true }
    let specialStart: Set<Unicode.Scalar> = [
      "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "~",
    ]
    let reserved: Set<String> = [
      "true", "false", "yes", "no", "on", "off", "null", "~", "True", "False", "Null", "NULL", "TRUE", "FALSE",
      "Yes", "No", "y", "n", "Y", "N",
    ]
    let bytes = Array(value.utf8)
    func has(_ needle: String) -> Bool {
      let n = Array(needle.utf8)
      return bytes.count >= n.count && (0...(bytes.count - n.count)).contains { Array(bytes[$0..<$0 + n.count]) == n }
    }
    return specialStart.contains(first) || last == " " || last == ":" || has(": ") || has(" #")
      || reserved.contains(value) || Double(value) != nil
      || value.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || [0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029].contains($0.value)
      }
  }

  @Test(arguments: [
    "", "法治政府", "- 列表", "-\u{0301}组合", "\u{1FEF}开头", "结尾 ", "结尾 \u{0301}", "键: 值", "键：值", "a #b", "a#b",
    "以冒号结尾:", "以冒号结尾:\u{0301}", "true", "No", "12", "97.2", "1e5", "tab\there", "行一\n行二", "~", "`代码`",
    "“引号”", "\u{FEFF}bom", "Ｅ", "e\u{0301}: x", "全角空格\u{3000}", " \u{035D}空格加组合符", "键:\u{20}\u{0301}值",
    "下一行\u{85}", "行\u{2028}分隔", "\u{FFFF}", "\u{0}", "C1\u{9B}",
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
