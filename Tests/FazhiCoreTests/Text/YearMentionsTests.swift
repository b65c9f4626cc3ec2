import Testing

@testable import FazhiCore

@Suite struct YearMentionsTests {
  /// The non-exempt years of `text`, as written.
  func stale(_ text: String) -> [String] {
    YearMentions.find(in: text).filter { !$0.isExempt }.map(\.written)
  }

  func exemptions(_ text: String) -> [YearMentions.Exemption?] {
    YearMentions.find(in: text).map(\.exemption)
  }

  @Test func plainYearsInArabicAndChineseDigitsAreFound() {
    #expect(stale("截至2024年底，二〇二四年完成，二零二三年开展。") == ["2024", "二〇二四", "二零二三"])
    let mention = YearMentions.find(in: "示例县2024年共办理").first
    #expect(mention?.year == 2024 && mention?.offset == 3)
  }

  @Test func numbersThatAreNotYearsAreSkipped() {
    #expect(YearMentions.find(in: "共12024件，2024件次，20245年，1989年，3000年").isEmpty)
  }

  @Test func spansAreExempt() {
    #expect(exemptions("《规划（2021—2024年）》") == [.span, .span])
    #expect(exemptions("2021年至2024年持续推进") == [.span, .span])
    #expect(exemptions("2022年至今") == [.span])
    #expect(stale("截至2024年底") == ["2024"])
  }

  @Test func comparisonsAndStartingPointsAreExempt() {
    #expect(exemptions("较2024年增长，与2024年相比，2024年同期") == [.comparison, .comparison, .comparison])
    #expect(exemptions("与上年（2024年）相比") == [.comparison])
    #expect(exemptions("自2023年起，2022年以来，从2021年开始") == [.startingPoint, .startingPoint, .startingPoint])
  }

  @Test func titlesAndDocumentDatesAreExempt() {
    #expect(exemptions("《示例县2024年度法治政府建设情况报告》") == [.title])
    #expect(exemptions("行政处罚法（2021年修订）、2023年新修订的示例县条例、2019年印发的规定") ==
      [.documentDate, .documentDate, .documentDate])
    #expect(stale("2024年制定规范性文件10件") == ["2024"])
  }

  @Test func aYearOpeningItsClauseIsMarked() {
    let mentions = YearMentions.find(in: "2025年，示例县将深化2025年试点经验；在2026年，推广。")
    #expect(mentions.map(\.opensClause) == [true, false, true])
  }
}
