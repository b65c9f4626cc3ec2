import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// The substance rules (issue 12, class 2) beyond their own examples: how they agree with the older rules.
@Suite struct SubstanceRuleTests {
  static let header = """
    年度: 2025
    报告主体: 示例县
    纲要: 2021

    """

  /// The 2021 纲要's areas, each with one written item, except `empty`, which is listed with `事项: []`.
  static func allAreas(emptying empty: String) throws -> String {
    let catalog = try Fixtures.catalog()
    let framework = try #require(catalog.framework(id: "2021"))
    let areas = framework.areas.map { area in
      area.short == empty
        ? "  - 领域: \(area.short)\n    事项: []"
        : "  - 领域: \(area.short)\n    事项:\n      - 内容: 示例县在这一领域开展了工作，办理事项12件。"
    }
    return header + "主要举措和成效:\n" + areas.joined(separator: "\n") + "\n"
  }

  @Test func anAreaWithNoItemsIsNotCoveredAndIsPointedAt() throws {
    let findings = try Fixtures.findings(Self.allAreas(emptying: "行政决策"))
    let coverage = try #require(findings.first { $0.ruleID == "area_coverage" })
    #expect(coverage.message.contains("「行政决策」"))
    #expect(coverage.message.contains("1个领域"))
    let empty = findings.filter { $0.ruleID == "empty_item" }
    #expect(empty.count == 1)
    #expect(empty.first?.message.contains("领域「行政决策」") == true)
  }

  @Test func everyAreaWrittenIsCovered() throws {
    let findings = try Fixtures.findings(Self.allAreas(emptying: "（无）"))
    #expect(!findings.contains { $0.ruleID == "area_coverage" || $0.ruleID == "empty_item" })
  }

  @Test func aScaffoldIsThePlaceholderRulesFindingNotAnEmptyItem() throws {
    let text = Self.header + """
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 【待填】
              内容: 【待填】
      下一年度主要安排: 【待填】
      """
    let findings = try Fixtures.findings(text)
    #expect(!findings.contains { $0.ruleID == "empty_item" })
    #expect(findings.contains { $0.ruleID == "placeholder" })
  }

  /// 原因 that only rewords its 不足 (caught) against causes that name something else (clean).
  static let restatedCauses: [(problem: String, cause: String)] = [
    ("部分复议案件审理期限偏长。", "主要原因是复议案件的审理期限较长。"),
    ("基层执法力量薄弱。", "由于基层执法力量薄弱"),
    ("行政规范性文件备案审查不够及时。", "原因在于规范性文件备案审查不及时。"),
  ]
  static let realCauses: [(problem: String, cause: String)] = [
    ("基层执法力量薄弱，执法人员不足。", "基层执法人员编制不足，经费保障跟不上。"),
    ("部分复议案件审理期限偏长。", "复议机构人员编制有限，案件增长后审理力量不足。"),
    ("行政执法规范化水平仍需提升。", "执法培训以会代训较多，实务演练不足。"),
    ("法治宣传的针对性不强。", "普法责任单位对群众需求调研不够，宣传内容多为法条罗列。"),
  ]

  @Test func aCauseThatRewordsItsShortcomingIsHollow() throws {
    let leadIns = try Fixtures.catalog().causeLeadIns
    #expect(leadIns.contains("主要原因是"))
    for pair in Self.restatedCauses {
      #expect(ShortcomingWithoutCauseRule.isHollow(pair.cause, problem: pair.problem, leadIns: leadIns), "\(pair)")
    }
    for pair in Self.realCauses {
      #expect(!ShortcomingWithoutCauseRule.isHollow(pair.cause, problem: pair.problem, leadIns: leadIns), "\(pair)")
    }
  }

  /// The quick answers for Chinese characters and ASCII against Unicode's properties, for every scalar.
  @Test func wordScalarsAreIdeographicOrAlphabetic() {
    let wrong = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
      let definition = scalar.properties.isIdeographic || scalar.properties.isAlphabetic
      return ShortcomingWithoutCauseRule.isWordScalar(scalar) != definition
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.value))")
  }

  /// A span's part is found by comparing its path's bytes, as `==` and `hasPrefix` answer.
  @Test func spansAreUnderTheirPartAsByPrefix() throws {
    let keys = try Fixtures.catalog().parts.map(\.key)
    let paths = keys.flatMap { [$0, "\($0)[0]", "\($0)[12].内容", "\($0)x", "\($0)", String($0.dropLast())] } + ["导语", ""]
    for key in keys {
      for path in paths {
        #expect(StockPhraseOnlyRule.isUnder(key, path) == (path == key || path.hasPrefix(key + "[")), "\(key) \(path)")
      }
    }
  }

  /// The characters a cause is weighed by are the same read from scalars as from characters.
  @Test func wordCharactersFromScalarsAreTheCharacters() {
    for text in ["主要原因是编制不足，经费保障跟不上。", "原因：\r\n培训ABC不足2次", "e\u{301}案件", "한국"] {
      let plain = text.filter { $0.unicodeScalars.allSatisfy(ShortcomingWithoutCauseRule.isWordScalar) }.map { $0 }
      #expect(ShortcomingWithoutCauseRule.ideographs(text) == plain, "\(text)")
    }
  }

  /// Pieces kept as scalar pairs are shared as the two-character strings are, whichever way each side is kept.
  @Test func bigramsAreSharedAsStringsAre() {
    func plainShared(_ a: [Character], _ b: [Character]) -> (shared: Int, count: Int) {
      func pieces(_ chars: [Character]) -> [String] {
        chars.count < 2 ? [] : (0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) }
      }
      let known = Set(pieces(b))
      return (pieces(a).filter(known.contains).count, pieces(a).count)
    }
    let alphabet: [Character] = ["行", "政", "复", "议", "案", "件", "a", "B", "é", "e\u{301}", "한", "\u{F900}", "\u{8C48}"]
    var random = SeededRandom(seed: 12)
    for round in 0..<400 {
      // Every other pair of texts from Chinese characters and ASCII only: the scalar pairs on both sides.
      let letters = round.isMultiple(of: 2) ? Array(alphabet.prefix(8)) : alphabet
      let a = (0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! }
      let b = (0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! }
      let pieces = ShortcomingWithoutCauseRule.Bigrams(a)
      let plain = plainShared(a, b)
      #expect(pieces.shared(with: ShortcomingWithoutCauseRule.Bigrams(b)) == plain.shared, "\(a) \(b)")
      #expect(pieces.count == plain.count)
    }
  }

  /// A report with its four mandated parts, of `length` counted characters in all (the preamble fills it up).
  static func report(ofLength length: Int) -> String {
    let parts = """
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 评查执法案卷120份。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县长主持研究法治工作4次。
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 乡镇执法编制不足。
      下一年度主要安排: 开展执法案卷评查。

      """
    let used = ReportTooShortRule.countedCharacters("评查执法案卷120份县长主持研究法治工作4次基层执法力量薄弱乡镇执法编制不足开展执法案卷评查")
    let sentence = Array("示例县全年办理行政复议案件依法化解行政争议")
    let text = String((0..<(length - used)).map { sentence[$0 % sentence.count] })
    return header + parts + "导语: " + text + "\n"
  }

  /// The word count answers the common scalars from ranges; every scalar must get the property answer.
  @Test func theWordCountsFastRangesAgreeWithUnicodeProperties() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if ReportTooShortRule.counts(scalar) != ReportTooShortRule.countsByProperties(scalar) {
        Issue.record("U+\(String(value, radix: 16, uppercase: true)) counted differently")
        return
      }
    }
    #expect(ReportTooShortRule.countedCharacters("示例县〇々，办理12件。") == 10)
    #expect(ReportTooShortRule.countedCharacters("示例县办理12件", upTo: 4) == 4)
  }

  @Test func aReportMissingAPartIsMissingPartsFindingNotTooShort() throws {
    let findings = try Fixtures.findings(Self.header + "导语: 示例县全年办理行政复议案件12件。\n")
    #expect(findings.contains { $0.ruleID == "missing_part" })
    #expect(!findings.contains { $0.ruleID == "report_too_short" })
  }

  @Test func theLengthFloorIsFifteenHundredCharacters() throws {
    let short = try Fixtures.findings(Self.report(ofLength: 1_499)).filter { $0.ruleID == "report_too_short" }
    #expect(short.count == 1)
    #expect(short.first?.message.contains("只有1499字") == true)
    let enough = try Fixtures.findings(Self.report(ofLength: 1_500))
    #expect(!enough.contains { $0.ruleID == "report_too_short" })
    let example = try Fixtures.findings(try Fixtures.text("Examples/示例县-2025.yaml"))
    #expect(!example.contains { $0.ruleID == "report_too_short" })
  }
}

/// Cases for the stock-phrase, slogan, first-responsible and duplicate rules beyond their rule examples: each a
/// fictional 示例县 text that a reviewer would send back (caught) or accept (clean).
@Suite struct SubstanceCaseTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var rule: String
    var caught: Bool
    var yaml: String
    var testDescription: String { "\(rule) \(caught ? "caught" : "clean"): \(yaml.prefix(40))" }
  }

  static let header = "年度: 2025\n报告主体: 示例县\n"

  static let cases: [Case] = [
    // 不足/原因 pairs of stock phrases only, and pairs with content.
    Case(rule: "stock_phrase_only", caught: true, yaml: """
      存在的不足和原因:
        - 不足: 部分单位依法行政意识有待加强，法治思维有待提高。
          原因: 学习不够深入，重视程度不够。
      """),
    Case(rule: "stock_phrase_only", caught: false, yaml: """
      存在的不足和原因:
        - 不足: 依法行政意识有待加强，3个乡镇的合法性审查仍由综合办兼管。
          原因: 乡镇没有专职法制审核人员。
      """),
    // An item or a whole part of stock phrases.
    Case(rule: "stock_phrase_only", caught: true, yaml: """
      其他需要报告的情况:
        - 坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，推动法治政府建设迈上新台阶。
      """),
    Case(rule: "stock_phrase_only", caught: false, yaml: """
      其他需要报告的情况:
        - 坚持以习近平新时代中国特色社会主义思想为指导，全年接受上级法治督察1次，反馈问题5个已全部整改。
      """),
    // 安排 of slogans, and 安排 with one closing slogan.
    Case(rule: "slogan_plans", caught: true, yaml: """
      下一年度主要安排:
        - 坚定不移推进依法行政，推动法治政府建设再上新台阶。
        - 以更高标准优化营商环境，奋力谱写法治示例县新篇章。
      """),
    Case(rule: "slogan_plans", caught: false, yaml: """
      下一年度主要安排:
        - 6月底前完成乡镇合法性审查人员配备。
        - 全面修订行政执法裁量基准，推动法治政府建设再上新台阶。
      """),
    Case(rule: "slogan_plans", caught: false, yaml: """
      下一年度主要安排:
        - 守正创新，推进行政复议规范化建设。
      """),
    // 第一责任人 of one sentence, and of two.
    Case(rule: "first_responsible_brief", caught: true, yaml: """
      党政主要负责人履行推进法治建设第一责任人职责情况:
        - 标题: 履行第一责任人职责
          内容: 县政府主要负责人全年主持研究法治议题9次，带头述法。
      """),
    Case(rule: "first_responsible_brief", caught: false, yaml: """
      党政主要负责人履行推进法治建设第一责任人职责情况:
        - 县政府主要负责人全年主持研究法治议题9次。
        - 县委书记带头述法，对督察反馈的5个问题逐项督办。
      """),
    // Duplicates: an item pasted into two parts, a sentence twice in one paragraph; short or stock sentences.
    Case(rule: "duplicate_text", caught: true, yaml: """
      党政主要负责人履行推进法治建设第一责任人职责情况:
        - 县政府主要负责人全年主持研究法治议题9次。
      其他需要报告的情况:
        - 县政府主要负责人全年主持研究法治议题9次。
      """),
    Case(rule: "duplicate_text", caught: true, yaml: """
      其他需要报告的情况: 全年接受上级法治督察1次，反馈问题已整改。全年接受上级法治督察1次，反馈问题已整改。
      """),
    Case(rule: "duplicate_text", caught: false, yaml: """
      其他需要报告的情况:
        - 全面完成年度任务。现将有关情况报告如下。
        - 全面完成年度任务。现将有关情况报告如下。
      """),
  ]

  @Test(arguments: cases)
  func substanceCase(_ example: Case) throws {
    let findings = try Fixtures.findings(Self.header + example.yaml + "\n").filter { $0.ruleID == example.rule }
    #expect(findings.isEmpty != example.caught, "\(findings.map(\.message))")
  }
}
