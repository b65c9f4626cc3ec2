import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// Issue 12 class 5: numbers in prose (GB/T 15835) and half-width marks in Chinese text. Each sentence is a
/// 导语 of its own; a caught case must give exactly one finding of its rule, a clean case none of the three.
@Suite struct ProseNumberCaseTests {
  static let ids: Set<String> = ["number_format", "fullwidth_digits", "halfwidth_punctuation"]

  static let caught: [(text: String, rule: String)] = [
    ("全年办结行政复议案件一千二百件。", "number_format"),
    ("人民调解成功率达到百分之九十九点一。", "number_format"),
    ("行政调解成功率为百分之八十五。", "number_format"),
    ("全年受理各类纠纷4千余件。", "number_format"),
    ("组织3百人参加旁听庭审。", "number_format"),
    ("开展普法活动惠及两千余人次。", "number_format"),
    ("罚没款一万二千元全部上缴。", "number_format"),
    ("全年共罚没3万4千元。", "number_format"),
    ("２０２５年，示例县推进依法行政。", "fullwidth_digits"),
    ("全年办结案件１２０件。", "fullwidth_digits"),
    ("示例县推进依法行政,全年办结案件120件。", "halfwidth_punctuation"),
    ("印发《示例县行政执法办法(试行)》。", "halfwidth_punctuation"),
    ("示例县完善制度.全年办结案件120件。", "halfwidth_punctuation"),
  ]

  static let clean: [String] = [
    "一是推行三项制度，二是落实一把手责任。", "第一批两个项目实现一站式办理。", "完成七五普法总结验收，启动“十四五”规划中期评估。",
    "出台优化营商环境二十条措施。", "办结十几件积案，三五百人参加。", "问题整改百分之百落实到位。", "全年罚没38,472元。",
    "行政复议纠错率为12.5%。", "庆祝建党一百周年系列活动。", "普法宣传走进千家万户。", "适用第一百二十条规定。",
    "开展“一百天攻坚”行动。", "推行一件事一次办。", "详见 www.example.gov.cn (PDF)。", "2025年1月1日起施行。",
    "深入推进“两个确立”，增强“四个意识”。", "落实行政执法三项制度。", "下发通知三份，召开会议两次。",
  ]

  static func findings(_ sentence: String) throws -> [Diagnostic] {
    let text = "年度: 2025\n报告主体: 示例县\n导语: \(sentence)\n"
    return try Fixtures.findings(text).filter { ids.contains($0.ruleID) }
  }

  @Test(arguments: caught.indices)
  func caughtCase(_ index: Int) throws {
    let (sentence, rule) = Self.caught[index]
    let found = try Self.findings(sentence)
    #expect(found.map(\.ruleID) == [rule], "\(sentence): \(found.map(\.message))")
    #expect(found.allSatisfy { $0.severity == .warning && $0.location?.line == 3 })
  }

  @Test(arguments: clean)
  func cleanCase(_ sentence: String) throws {
    let found = try Self.findings(sentence)
    #expect(found.isEmpty, "\(sentence): \(found.map(\.message))")
  }

  /// The messages say what to write instead.
  @Test func messagesGiveTheArabicForm() throws {
    #expect(try Self.findings("全年办结行政复议案件一千二百件。").first?.message.contains("1200件") == true)
    #expect(try Self.findings("成功率达到百分之九十九点一。").first?.message.contains("99.1%") == true)
    #expect(try Self.findings("受理各类纠纷4千余件。").first?.message.contains("4000余件") == true)
    #expect(try Self.findings("全年办结案件１２０件。").first?.message.contains("120") == true)
  }

  /// A number written badly in the prose never blocks a draft: warnings only, also in a data value's neighbour.
  @Test func proseFindingsAreWarnings() throws {
    let all = try Self.caught.flatMap { try Self.findings($0.text) }
    #expect(!all.isEmpty && all.allSatisfy { $0.severity == .warning })
  }

  /// The byte test for full-width digits answers as looking at every scalar does.
  @Test func fullwidthDigitsAreFoundByTheirBytes() {
    let pieces = ["０", "９", "１２", "，", "（", "）", "：", "ｏ", "／", "示例县", "12", "\u{FF0F}", "\u{FF1A}", "a"]
    var random = SeededRandom(seed: 15835)
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
        pieces[Int.random(in: pieces.indices, using: &random)]
      }
      .joined()
      let plain = text.unicodeScalars.contains(where: ProseNumberRule.isFullwidthDigit)
      #expect(ProseNumberRule.hasFullwidthDigit(text) == plain, "\(text)")
    }
  }
}
