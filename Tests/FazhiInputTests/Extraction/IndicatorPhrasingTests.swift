import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Phrasings of catalog indicators beyond the aliases' own word order: other verbs, counts before their noun,
/// subjects and objects stated once for several figures. All text is fictional.
@Suite("指标的多种写法")
struct IndicatorPhrasingTests {
  /// The catalog indicators found in `body`, placed under one heading of a minimal report.
  static func values(_ body: String) throws -> [String: Decimal] {
    let report = try #require(
      try ExtractionFixture.extract(
        """
        示例县2025年度法治政府建设情况报告
        一、主要举措和成效
        \(body)
        """
      ).report)
    return Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.id, $0.quantity.value) })
  }

  @Test func reconsiderationWithCaseVerbs() throws {
    let values = try Self.values("全年共接到行政复议申请42件，调解3件，立案36件，结案30件，正在审理6件。")
    #expect(values["reconsideration_received"] == 42)
    #expect(values["reconsideration_mediated"] == 3)
    #expect(values["reconsideration_accepted"] == 36)
    #expect(values["reconsideration_concluded"] == 30)
    // Cases still under way are not the number under review.
    #expect(values["reconsideration_under_review"] == nil)
  }

  @Test func countsWrittenBeforeTheirNoun() throws {
    let values = try Self.values(
      "开展行政执法监督，重点抽查了城管、市场监管等9个执法部门150本案卷。组织320名执法人员参加了专题培训。")
    #expect(values["case_file_reviews"] == 150)
    #expect(values["enforcement_training"] == 320)
    let reviewed = try Self.values("全县执法单位62本行政处罚案卷参加了评查。")
    #expect(reviewed["case_file_reviews"] == 62)
    let exam = try Self.values("组织学法用法考试，全县600名国家工作人员参加考试。")
    #expect(exam["law_exam_participants"] == 600)
  }

  @Test func contractReviewAndLitigationWordings() throws {
    let values = try Self.values("审核县政府各类协议86件，参与合同谈判12次。以县政府为被告的一审行政案件23件。")
    #expect(values["legality_review_contracts"] == 86)
    #expect(values["litigation_cases"] == 23)
    let short = try Self.values("全年合同审查45件，提出修改意见建议130条。")
    #expect(short["legality_review_contracts"] == 45)
    #expect(short["legality_review_opinions"] == 130)
  }

  @Test func subjectsSharedByARateList() throws {
    let values = try Self.values("办理人大代表建议31件、政协提案27件，建议、提案的办结率、满意率均为100%。")
    #expect(values["npc_completion_rate"] == 100)
    #expect(values["cppcc_completion_rate"] == 100)
    #expect(values["npc_satisfaction_rate"] == 100)
    #expect(values["cppcc_satisfaction_rate"] == 100)
  }

  @Test func objectStatedOnceForTwoCounts() throws {
    let values = try Self.values("县委常委会研究法治政府建设3次，县政府常务会议研究5次。")
    #expect(values["committee_meeting_topics"] == 3)
    #expect(values["executive_meeting_topics"] == 5)
  }

  @Test func attendanceAfterTheEventCount() throws {
    let values = try Self.values("组织国家工作人员开展旁听庭审活动6场，1200余人次参加。")
    #expect(values["trial_observation"] == 1200)
  }

  @Test func otherStudyAndEducationWordings() throws {
    let values = try Self.values(
      "开展区级集中学法活动4场次。开展法治宣传教育260余场次，受教育干部群众5万余人次。通过县政府信息公开平台公开信息1830条。")
    #expect(values["collective_study"] == 4)
    #expect(values["legal_education_events"] == 260)
    #expect(values["legal_education_audience"] == 50000)
    #expect(values["disclosure_proactive"] == 1830)
  }

  @Test func verbsOfAnotherMeaningDoNotStandIn() throws {
    // 梳理 lists items; it does not handle permit applications (办理行政许可事项).
    let values = try Self.values("梳理行政许可事项318项，编制办事指南。")
    #expect(values["permits_handled"] == nil)
  }

  /// 全部办结, 均已报送备案: the clause after a count says all of them were done, so the count is the done count too.
  @Test func allOfThemDoneInTheNextClause() throws {
    let values = try Self.values(
      "承办人大代表建议45件，人大代表建议全部办结；承办政协提案38件，全部按期办结。县政府制定行政规范性文件7件，均已在15个工作日内报送备案。")
    #expect(values["npc_suggestions"] == 45)
    #expect(values["npc_suggestions_completed"] == 45)
    #expect(values["cppcc_proposals_completed"] == 38)
    #expect(values["normative_docs_issued"] == 7)
    #expect(values["normative_docs_filed"] == 7)
  }

  /// A clause with a count or rate of its own states that count, and 平均 is not 均.
  @Test func aClauseWithItsOwnFigureIsNotAllOfThem() throws {
    let values = try Self.values("承办政协提案38件，全部办结率100%。制定行政规范性文件7件，平均报送备案时间为5天。")
    #expect(values["cppcc_proposals"] == 38)
    #expect(values["cppcc_proposals_completed"] == nil)
    #expect(values["normative_docs_filed"] == nil)
  }
}
