import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("部分、指标与事实")
struct PartsAndFiguresTests {
  static let unheaded = """
    示例县2025年度法治政府建设情况报告
    示例市人民政府：
    2025年，示例县深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。现将有关情况报告如下：
    一、深化行政复议体制改革
    2025年接收复议申请121件（含上年结转7件），其中受理100件，不予受理21件，审结99件。行政机关负责人出庭应诉率达100%。
    二、加强矛盾纠纷化解
    化解矛盾纠纷1350件，调解成功1312件，调解成功率97.2%。办结营商环境投诉举报20起，群众满意度由42.28%提升至99.95%，同比增长12%，参训4.3万余人次。
    2025年，示例县法治政府建设虽然取得了一定成绩，但还存在执法人员能力不足等问题。
    2026年，示例县将重点做好以下工作：一是深化复议改革，提升办案质量。二是加强执法监督。
    特此报告。
    示例县人民政府
    2026年2月20日
    """

  @Test func unheadedClosingPartsAndMetadata() throws {
    let result = try ExtractionFixture.extract(Self.unheaded)
    #expect(result.parts == [.achievements, .shortcomings, .nextYear])
    #expect(!result.isPartial)
    let report = try #require(result.report)
    #expect(report.metadata.jurisdiction == "示例县")
    #expect(report.metadata.year == 2025)
    #expect(report.metadata.level == .county)
    #expect(report.metadata.framework == "2021")
    #expect(report.metadata.recipients == ["示例市人民政府"])
    #expect(report.metadata.issuer == "示例县人民政府")
    #expect(report.metadata.date == ReportDate(year: 2026, month: 2, day: 20))
    #expect(report.shortcomings.count == 1)
    // The lead sentence and each enumerated item, which keeps its 一是/二是 (no invented titles).
    #expect(
      report.nextYearPlans.map(\.text) == ["2026年，示例县将重点做好以下工作：", "一是深化复议改革，提升办案质量。", "二是加强执法监督。"])
    #expect(report.nextYearPlans.allSatisfy { $0.title == nil })
    #expect(report.achievements.count == 2)
    // Inline items of an unheaded part are items, not headings.
    #expect(result.flatHeadings.count == 2)
  }

  /// A numbered item whose first sentence is too long for a title keeps the rest of that sentence in its text;
  /// its cause is split off, not left in the problem too.
  @Test func aLongFirstSentenceLosesNothingAfterItsTitle() throws {
    let text = """
      示例县2025年度法治政府建设情况报告
      一、主要举措和成效
      （一）行政执法
      评查执法案卷120份。
      二、存在的不足和原因
      （一）部分单位对法治政府建设重视程度不够均衡，个别乡镇和部门仍存在重业务轻法治的现象，少数单位的年度报告缺少具体措施和数据支撑。主要原因是一些领导干部认识不深；考核评价中法治建设分值偏低。
      """
    let report = try #require(try ExtractionFixture.extract(text).report)
    let shortcoming = try #require(report.shortcomings.first)
    #expect(
      shortcoming.problem == "部分单位对法治政府建设重视程度不够均衡。个别乡镇和部门仍存在重业务轻法治的现象，少数单位的年度报告缺少具体措施和数据支撑。")
    // The cause is the text from its sentence on, and is not repeated in the problem.
    #expect(shortcoming.cause == "主要原因是一些领导干部认识不深；考核评价中法治建设分值偏低。")
  }

  @Test func indicatorListSharingASubject() throws {
    let report = try #require(try ExtractionFixture.extract(Self.unheaded).report)
    let values = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.id, $0.quantity.value) })
    #expect(values["reconsideration_received"] == 121)
    #expect(values["reconsideration_accepted"] == 100)
    #expect(values["reconsideration_rejected"] == 21)
    #expect(values["reconsideration_concluded"] == 99)
    #expect(values["reconsideration_carried_over"] == 7)
    #expect(values["litigation_appearance_rate"] == 100)
    #expect(values["mediation_disputes"] == 1350)
    #expect(values["mediation_successes"] == 1312)
    #expect(values["mediation_success_rate"] == Decimal(string: "97.2"))
    let received = try #require(report.indicator("reconsideration_received"))
    #expect(received.location == TextLocation(file: "示例县.txt", line: 5, column: 12))
  }

  @Test func listsSharingANounOrAValue() throws {
    let result = try ExtractionFixture.extract(
      """
      示例县2025年度法治政府建设情况报告
      一、强化监督
      全年办理人大代表建议12件、政协提案8件，建议、提案的办结率、满意率均达到100%。
      二、完善制度
      对规范性文件进行集中清理，现行有效规范性文件6件、清理2件、修订1件。
      """)
    let report = try #require(result.report)
    let values = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.id, $0.quantity.value) })
    #expect(values["npc_suggestions"] == 12)
    #expect(values["cppcc_proposals"] == 8)
    // 提案的办结率 names the proposals' rate; 满意率 takes the list's first subject.
    #expect(values["cppcc_completion_rate"] == 100)
    #expect(values["normative_docs_cleaned"] == 2)
    #expect(values["normative_docs_amended"] == 1)
    // The rate shared by the list is one fact, not one per name.
    #expect(report.facts.filter { $0.quantity.unit == "%" }.count <= 1)
  }

  @Test func factsOutsideTheCatalog() throws {
    let report = try #require(try ExtractionFixture.extract(Self.unheaded).report)
    let complaint = try #require(report.facts.first { $0.label == "办结营商环境投诉举报" })
    #expect(complaint.quantity == Quantity(value: 20, unit: "起"))
    #expect(complaint.sentence.hasPrefix("办结营商环境投诉举报20起"))
    let approximate = try #require(report.facts.first { $0.quantity.unit == "人次" })
    #expect(approximate.quantity == Quantity(value: 43000, unit: "人次", approximation: .over))
    #expect(report.facts.contains { $0.label.hasSuffix("（原值）") && $0.quantity.value == Decimal(string: "42.28") })
    #expect(report.facts.contains { $0.quantity.value == Decimal(string: "99.95") })
    #expect(report.facts.contains { $0.label.hasSuffix("（增加）") && $0.quantity.value == 12 })
    // Years and dates are never facts.
    #expect(!report.facts.contains { $0.quantity.value == 2025 || $0.quantity.value == 2026 })
  }

  @Test func frameworkDetection() {
    let catalog = Catalog.bundled()
    func framework(_ text: String, _ year: Int?) -> String? {
      ReportExtractor.framework(text: text, year: year, catalog: catalog)?.id
    }
    #expect(framework("职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信", 2022) == "2015")
    #expect(framework("贯彻《法治政府建设实施纲要(2015-2020年)》", 2019) == "2015")
    #expect(framework("贯彻《法治政府建设实施纲要（2021—2025年）》", 2020) == "2021")
    #expect(framework("对照纲要（2015—2020年）和纲要（2021—2025年）", 2020) == "2015", "both named: by year")
    #expect(framework("无", 2020) == "2015")
    #expect(framework("无", 2023) == "2021")
    #expect(framework("无", nil) == "2021", "unknown year: the newest")
  }

  /// `framework` reads the body through `opening(of:)`, which joins only the lines it needs: whatever the lines —
  /// short, long, combining marks, a CR at a line end — it must read what it would from the whole body.
  @Test func frameworkReadsTheSameOpeningAsTheWholeBody() {
    var generator = SeededRandom(seed: 20_261_206)
    let pieces = ["示例县推进依法行政。", "a", "\u{301}", "\r", "😀", "职能科学、权责法定", String(repeating: "法治", count: 700)]
    for _ in 0..<60 {
      let lines = (0..<Int.random(in: 0...40, using: &generator)).map { number in
        let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        return SourceLine(text: text.joined(), line: number + 1)
      }
      let whole = lines.map(\.text).joined(separator: "\n")
      let opening = ReportExtractor.opening(of: lines)
      let window = ReportExtractor.frameworkWindow
      if whole.utf8.count <= window {
        #expect(opening == whole)
      } else {
        #expect(opening.utf8.count > window)
        #expect(opening.prefix(window) == whole.prefix(window))
      }
    }
  }

  @Test(arguments: [
    ("示例县", ReportLevel.county), ("示例区", .county), ("示例市", .city), ("示例省", .province), ("示例高新区", .zone),
    ("示例经济技术开发区", .zone), ("示例县司法局", .department), ("示例镇", .township),
  ])
  func levelFromSuffix(name: String, level: ReportLevel) {
    #expect(MetadataFragments.level(of: name) == level)
  }

  @Test func titleForms() {
    let parts = MetadataFragments.parseTitle("示例市人民政府关于示例市2025年度法治政府建设情况的报告")
    #expect(parts.jurisdiction == "示例市")
    #expect(parts.year == 2025)
    #expect(parts.issuer == "示例市人民政府")
    #expect(MetadataFragments.parseTitle("关于示例高新区2025年度法治政府建设情况的报告").jurisdiction == "示例高新区")
  }
}
