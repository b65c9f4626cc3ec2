import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Extraction neither loses nor invents: the subject and the year wherever the report states them, the kind
/// decided from the whole text, no copied sections, enumerators kept, facts with names.
@Suite("提取：不丢不编")
struct ExtractionFidelityTests {
  static let body = """
    一、主要举措和成效
    （一）深化行政复议体制改革
    全年办结行政复议案件12件。
    二、存在的不足和原因
    执法人员能力不足，原因是培训不够。
    三、下一年度主要安排
    加强执法监督。
    """

  static func extract(_ text: String) throws -> Report {
    try #require(try ExtractionFixture.extract(text).report)
  }

  @Test(arguments: [
    ("2025年，示例县司法局坚持依法行政。\n", "示例县司法局", ReportLevel.department),
    ("2025年，在县委、县政府的坚强领导下，示例县深入推进法治政府建设。\n", "示例县", .county),
    ("2025年以来，示例县人民政府全面落实纲要。\n", "示例县", .county),
    ("示例市人民政府：\n现将示例县2025年度法治政府建设情况报告如下。\n", "示例县", .county),
  ])
  func subjectAndYearWithoutATitle(opening: String, subject: String, level: ReportLevel) throws {
    let report = try Self.extract(opening + Self.body)
    #expect(report.metadata.jurisdiction == subject)
    #expect(report.metadata.year == 2025)
    #expect(report.metadata.level == level)
  }

  @Test func theRecipientIsNotTheSubject() throws {
    let report = try Self.extract("示例市人民政府：\n2025年，我县坚持依法行政。\n" + Self.body)
    #expect(report.metadata.recipients == ["示例市人民政府"])
    #expect(report.metadata.jurisdiction == "", "我县 names no one and 主送 is the recipient")
    let result = try ExtractionFixture.extract("示例市人民政府：\n2025年，我县坚持依法行政。\n" + Self.body)
    #expect(result.missing.contains("报告主体"))
  }

  @Test func theSignatureNamesTheSubject() throws {
    let report = try Self.extract("2025年，全县坚持依法行政。\n" + Self.body + "\n示例县人民政府\n2026年2月20日")
    #expect(report.metadata.jurisdiction == "示例县")
    #expect(report.metadata.issuer == "示例县人民政府")
  }

  @Test(arguments: ["我市", "全县", "市政府", "县委", "自治区", "本局", "区司法局"])
  func genericNamesAreNoEvidence(name: String) {
    #expect(IssuerEvidence.isGeneric(name))
  }

  @Test(arguments: ["示例县", "示例市", "市中区", "示例县司法局", "示例自治县"])
  func properNamesAreEvidence(name: String) {
    #expect(!IssuerEvidence.isGeneric(name))
  }

  @Test func documentNumberGivesTheYearBefore() {
    #expect(IssuerEvidence.year(fromDocumentNumber: "示府〔2026〕3号") == 2025)
    #expect(IssuerEvidence.year(fromDocumentNumber: "无") == nil)
  }

  @Test func anOfficeReportMentioningDisclosureIsExtracted() throws {
    let text = "示例县人民政府办公室2025年度法治政府建设情况报告\n2025年，示例县人民政府办公室认真贯彻《中华人民共和国政府信息公开条例》，依申请公开办理及时。\n"
      + Self.body
    let result = try ExtractionFixture.extract(text)
    #expect(result.report != nil)
    #expect(!result.diagnostics.contains { $0.ruleID == "extract_wrong_kind" })
  }

  @Test func mixedEvidenceIsExtractedWithAWarning() throws {
    let lines = [
      "2025年，示例县推进法治政府建设，依法行政水平提升。",
      "主动公开政府信息情况：依据《政府信息公开条例》主动公开信息300条，依申请公开20件。",
      "收到和处理政府信息公开申请情况：收到申请20件。",
    ].map { SourceLine(text: $0, line: 1) }
    #expect(ReportKindJudge.judge(title: nil, lines: lines) == .uncertain(ReportKindJudge.informationDisclosure))
  }

  @Test func aMissingFirstResponsiblePartIsNotInvented() throws {
    let text = """
      示例县2025年度法治政府建设情况报告
      一、主要举措和成效
      （一）切实履行推进法治建设第一责任人职责
      县长带头学法，专题研究法治工作3次。
      二、存在的不足和原因
      执法人员能力不足，原因是培训不够。
      三、下一年度主要安排
      加强执法监督。
      """
    let result = try ExtractionFixture.extract(text)
    let report = try #require(result.report)
    #expect(report.firstResponsible.isEmpty)
    #expect(!result.parts.contains(.firstResponsible))
    let allTitles = report.achievements.map(\.title) + report.achievements.flatMap { $0.items.compactMap(\.title) }
    #expect(allTitles.filter { $0.contains("第一责任人") }.count == 1, "the item stays once, where it was written")
    let note = try #require(result.diagnostics.first { $0.ruleID == "extract_part_missing" && $0.message.contains("第一责任人职责") })
    #expect(note.location?.line == 3)
  }

  @Test func enumeratorsStayInTheText() throws {
    let text = """
      示例县2025年度法治政府建设情况报告
      一、主要举措和成效
      全年办结行政复议案件12件。
      二、存在的不足和原因
      执法人员能力不足，原因是培训不够。
      三、下一年度主要安排
      2026年，示例县将做好以下工作：一是深化复议改革，提升办案质量；二是加强执法监督。
      """
    let plans = try Self.extract(text).nextYearPlans.map(\.text).joined()
    #expect(plans.contains("一是深化复议改革"))
    #expect(plans.contains("二是加强执法监督"))
    #expect(plans.contains("2026年，示例县将做好以下工作"))
  }

  @Test func factsNameWhatTheyCount() throws {
    let text = """
      示例县2025年度法治政府建设情况报告
      一、主要举措和成效
      2025年度提拔任用干部12名。全县对3个乡镇开展督察，公示176条行政处罚信息。各乡镇于5月31前完成自查。全县完成清理等9项。完成清理等9项。
      二、存在的不足和原因
      执法人员能力不足，原因是培训不够。
      三、下一年度主要安排
      加强执法监督。
      """
    let facts = try Self.extract(text).facts
    let labels = facts.map(\.label)
    #expect(!labels.contains { $0.isEmpty || $0.hasPrefix("度") || FactLabel.weakWords.contains($0) }, "\(labels)")
    #expect(labels.contains("公示行政处罚信息"), "\(labels)")
    #expect(!facts.contains { $0.quantity.value == 31 }, "5月31前 is a date")
    #expect(labels.filter { $0 == "完成清理" }.count == 1, "one fact once: \(labels)")
  }

  @Test(arguments: [
    ("等", "", nil), ("公示", "条行政处罚信息", "公示行政处罚信息"), ("2025年", "", nil), ("全市", "个乡镇", "乡镇"),
    ("改革等", "", "改革"), ("区党工委先后", "", "区党工委"),
  ] as [(String, String, String?)])
  func factLabels(label: String, trailing: String, expected: String?) {
    #expect(FactLabel.label(label, trailing: trailing) == expected)
  }

  @Test func longLabelsAreCutAtABoundary() {
    let label = "示例县各乡镇人民政府和县直各部门的行政执法人员参加的法律知识培训考试"
    let clipped = FactLabel.clipped(label)
    #expect(clipped == "法律知识培训考试")
  }

  @Test(arguments: [
    ("县级市", ReportLevel.county), ("自治县", .county), ("旗", .county), ("林区", .county), ("特区", .county),
    ("新区", .zone), ("开发区", .zone), ("地级市", .city),
  ])
  func chineseLevelNames(name: String, level: ReportLevel) {
    #expect(ReportLevel.parse(name) == level)
  }

  @Test func aCityReportingToAnotherCityIsCountyLevel() throws {
    let text = "示例市人民政府2025年度法治政府建设情况报告\n甲市人民政府：\n" + Self.body
    #expect(try Self.extract(text).metadata.level == .county)
    let stated = "示例市2025年度法治政府建设情况报告\n示例市是县级市，坚持依法行政。\n" + Self.body
    #expect(try Self.extract(stated).metadata.level == .county)
    let prefecture = "示例市2025年度法治政府建设情况报告\n示例省人民政府：\n" + Self.body
    #expect(try Self.extract(prefecture).metadata.level == .city)
  }
}
