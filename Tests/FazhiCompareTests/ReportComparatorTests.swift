import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiCompare
@testable import FazhiTestSupport

@Suite struct ReportComparatorTests {
  func compare(
    _ this: Report = ComparisonFixtures.this, _ last: Report = ComparisonFixtures.last,
    options: ComparisonOptions = ComparisonOptions()
  ) throws -> ReportComparison {
    try ReportComparator(catalog: ComparisonFixtures.catalog, options: options)
      .compare(this: this, last: last, thisFile: "示例县-2025.yaml", lastFile: "示例县-2024.yaml")
  }

  @Test func partsAndAreasDroppedAndAdded() throws {
    let c = try compare()
    #expect(c.coverage.addedParts.map(\.id) == ["other"])
    #expect(c.coverage.droppedParts.isEmpty)
    #expect(c.coverage.droppedAreas.map(\.id) == ["emergency"])
    #expect(c.coverage.addedAreas.map(\.id) == ["digital"])
  }

  /// A 2015-纲要 area and the 2021 area that carries it on are one row (Schemas/catalog `continues`).
  @Test func areasAcrossErasAreOneRow() throws {
    let catalog = Catalog.bundled()
    func area(_ id: String, _ title: String, _ items: Int) -> AreaSection {
      AreaSection(
        areaID: id, title: title, summary: nil, items: (0..<items).map { Item(title: "\(title)\($0)", text: "。") },
        location: nil)
    }
    var last = Report(metadata: ReportMetadata(jurisdiction: "示例县", year: 2020, framework: "2015"))
    last.achievements = [
      area("f2015_enforcement", "坚持严格规范公正文明执法", 2), area("f2015_capacity", "全面提高依法行政能力", 1),
      area("f2015_organization", "组织保障和落实机制", 1), area("f2015_functions", "依法全面履行政府职能", 1),
    ]
    var this = Report(metadata: ReportMetadata(jurisdiction: "示例县", year: 2021))
    this.achievements = [
      area("party_leadership", "加强党的领导", 1), area("enforcement", "健全行政执法工作体系", 3),
      area("digital", "数字法治政府", 1),
    ]
    let c = try ReportComparator(catalog: catalog, options: ComparisonOptions())
      .compare(this: this, last: last, thisFile: "示例县-2021.yaml", lastFile: "示例县-2020.yaml")
    let rows = Dictionary(uniqueKeysWithValues: c.coverage.areas.map { ($0.id, $0) })
    #expect(rows["enforcement"]?.status == .kept)
    #expect(rows["enforcement"]?.lastCount == 2 && rows["enforcement"]?.thisCount == 3)
    #expect(rows["party_leadership"]?.status == .kept)
    #expect(rows["party_leadership"]?.lastCount == 2, "both 2015 areas it carries on")
    #expect(rows["functions"]?.status == .dropped, "carried on by functions, which this year lacks")
    #expect(rows["digital"]?.status == .added)
    #expect(!c.coverage.areas.contains { $0.id.hasPrefix("f2015_") })
  }

  @Test func itemsMatchedByTitleSimilarity() throws {
    let c = try compare()
    #expect(c.coverage.droppedItems.map(\.title) == ["规范涉企行政检查", "完善应急预案体系"])
    #expect(c.coverage.addedItems.map(\.title) == ["推行柔性执法", "强化执法监督", "建设智慧调解平台"])
    let lawyer = try #require(c.coverage.matchedItems.first { $0.this.title == "发挥法律顾问的作用" })
    #expect(lawyer.last.title == "发挥法律顾问作用")
    #expect(lawyer.score >= 0.5 && lawyer.score < 1)
  }

  @Test func indicatorDirectionsAndSwings() throws {
    let c = try compare()
    func change(_ id: String) throws -> IndicatorChange { try #require(c.indicators.first { $0.id == id }) }
    #expect(try change("reconsideration_correction_rate").assessment == .worse)  // 10% → 12%, lower is better
    #expect(try change("litigation_loss_rate").assessment == .better)  // 5% → 3%
    #expect(try change("litigation_appearance_rate").assessment == .better)  // 80% → 95%
    let aid = try change("legal_aid_cases")
    #expect(aid.change == 80)
    #expect(aid.percentChange == 80)
    #expect(aid.isSwing)
    #expect(aid.assessment == .neutral)
    #expect(try change("litigation_loss_rate").percentChange == -40)
    #expect(try !change("litigation_loss_rate").isSwing)
    #expect(try change("executive_meeting_topics").assessment == .unchanged)
    #expect(c.missingIndicators.map(\.id) == ["mediation_success_rate"])
    #expect(try change("pre_meeting_study").status == .new)
    let looser = try compare(options: ComparisonOptions(swingThreshold: 100))
    #expect(looser.swings.isEmpty)
  }

  @Test func factsMatchedByLabelWithScoreAndApproximation() throws {
    let c = try compare()
    #expect(c.facts.matched.count == 2)
    let talks = try #require(c.facts.matched.first { $0.this.label == "开展普法宣传活动" })
    #expect(talks.isApproximate)
    #expect(talks.change == 60)
    #expect(talks.score > 0.6 && talks.score < 1)
    #expect(c.facts.lastOnly.isEmpty && c.facts.thisOnly.isEmpty)
  }

  @Test func copiedAndNearlyCopiedSentencesAreReuse() throws {
    let c = try compare()
    let identical = c.reuse.matches.filter { $0.kind == .identical }
    #expect(identical.contains { $0.this.text == ComparisonFixtures.copiedParagraph })
    let copied = try #require(identical.first { $0.this.text == ComparisonFixtures.copiedParagraph })
    #expect(copied.this.location == TextLocation(file: "示例县-2025.yaml", line: 10, column: 5))
    #expect(copied.last.location == TextLocation(file: "示例县-2024.yaml", line: 10, column: 5))
    #expect(copied.this.sentenceIndex == 1)
    let near = try #require(c.reuse.matches.first { $0.this.text == ComparisonFixtures.nearlyCopiedThis })
    #expect(near.kind == .near)
    #expect(near.containment >= 0.8 && near.containment < 1)
    #expect(c.reuse.share > 0.2 && c.reuse.share < 0.8)
  }

  @Test func stockPhrasesDoNotCountAsReuse() throws {
    let c = try compare()
    #expect(!c.reuse.matches.contains { $0.this.part == .preamble })
    #expect(c.reuse.stockPhraseOccurrences >= 3)
    let stockOnly = try #require(c.thisSentences.first { $0.text.hasPrefix("2025年，示例县坚持") })
    #expect(stockOnly.countedCharacters == 10)  // 2025年示例县坚持
  }

  @Test func planReworkedInPastTenseIsFulfilledAndCopiedPlanIsReuse() throws {
    let c = try compare()
    let fulfilled = c.planFollowUps.filter { $0.status == .fulfilled }
    #expect(fulfilled.map(\.achievement.text) == ["推进了行政执法协调监督工作体系建设全面落实，实现县乡两级全覆盖。"])
    #expect(fulfilled.first?.plan.text == "将推进行政执法协调监督工作体系建设全面落实。")
    let copied = c.planFollowUps.filter { $0.status == .copied }
    #expect(copied.map(\.achievement.text) == ["建设县级智慧调解平台并接入全部乡镇。"])
    let reused = try #require(c.reuse.matches.first { $0.this.text == "建设县级智慧调解平台并接入全部乡镇。" })
    #expect(reused.last.part == .part(.nextYear))
    #expect(!c.reuse.matches.contains { $0.this.text.hasPrefix("推进了行政执法协调监督") })
  }

  @Test func planRestatedWithoutPastTenseCountsAsReuseBelowTheThreshold() throws {
    var this = ComparisonFixtures.this
    this.achievements[0].items[2].text = "持续推进行政执法协调监督体系建设全面落实。"
    let c = try compare(this)
    let match = try #require(c.reuse.matches.first { $0.this.text == "持续推进行政执法协调监督体系建设全面落实。" })
    #expect(match.kind == .planRestated)
    #expect(match.containment < 0.8)
    #expect(c.planFollowUps.contains { $0.status == .copied && $0.achievement.id == match.this.id })
  }

  @Test func staleYearAndMeetingCount() throws {
    let c = try compare()
    let years = c.staleReferences.filter { $0.kind == .lastYearNumber }
    #expect(years.map(\.excerpt) == ["2024年"])
    #expect(years.first?.sentence?.text.contains("2024年制定的清单") == true)
    let meetings = c.staleReferences.filter { $0.kind == .repeatedMeetingCount }
    #expect(meetings.contains { $0.sentence?.part == .part(.firstResponsible) })
    #expect(meetings.contains { $0.sentence == nil && $0.excerpt.contains("常务会议研究法治议题") })
  }

  @Test func meetingMinutesAreNotMeetingCounts() throws {
    let catalog = try Fixtures.catalog()
    let text = "年度: 2025\n报告主体: 示例县\n导语: 审查常务会议纪要12期，召开常务会议研究法治议题6次。\n"
    let report = try #require(ReportLoader(catalog: catalog).load(text: text, file: "t.yaml").report)
    let prose = ReportProse(report, catalog: catalog, stockPhrases: StockPhraseMatcher(catalog.stockPhrases))
    #expect(StaleReferenceFinder().meetingMentions(prose).map(\.count) == ["6次"])
  }

  /// Issue 12 class 7: 合法性审查会议纪要 counts documents reviewed, not meetings held.
  @Test func legalityReviewMinutesAreNotMeetingCounts() throws {
    let catalog = try Fixtures.catalog()
    let text = "年度: 2025\n报告主体: 示例县\n导语: 完成合法性审查会议纪要8件，召开政府常务会议学法4次。\n"
    let report = try #require(ReportLoader(catalog: catalog).load(text: text, file: "t.yaml").report)
    let prose = ReportProse(report, catalog: catalog, stockPhrases: StockPhraseMatcher(catalog.stockPhrases))
    #expect(StaleReferenceFinder().meetingMentions(prose).map(\.count) == ["4次"])
  }

  @Test func identicalReportsAreFullyReused() throws {
    let c = try compare(ComparisonFixtures.last, ComparisonFixtures.last)
    #expect(c.reuse.share == 1)
    #expect(c.reuse.reusedCharacters == c.reuse.totalCharacters)
    #expect(Set(c.warnings.map(\.code)) == ["same_year", "identical"])
    #expect(c.coverage.droppedItems.isEmpty && c.coverage.addedItems.isEmpty)
  }

  @Test func oddPairsWarn() throws {
    var other = ComparisonFixtures.last
    other.metadata.jurisdiction = "另一县"
    other.metadata.year = 2022
    let c = try compare(ComparisonFixtures.this, other)
    #expect(c.warnings.map(\.code) == ["different_jurisdiction", "year_gap"])
  }

  @Test func emptySideThrows() throws {
    let empty = Report(metadata: ReportMetadata(jurisdiction: "示例县", year: 2025))
    #expect(throws: FazhiError.self) { try compare(empty, ComparisonFixtures.last) }
    do {
      _ = try compare(ComparisonFixtures.this, empty)
    } catch let error as FazhiError {
      #expect(error.exitCode == 2)
      #expect(error.path == "示例县-2024.yaml")
    }
  }

  @Test func titleSimilarityIsBigramDice() {
    #expect(LabelSimilarity.dice("深化行政执法体制改革", "深化行政执法体制改革") == 1)
    #expect(LabelSimilarity.dice("行政执法", "法律援助") == 0)
    #expect(abs(LabelSimilarity.dice("发挥法律顾问作用", "发挥法律顾问的作用") - 12.0 / 15.0) < 1e-9)
  }
}
