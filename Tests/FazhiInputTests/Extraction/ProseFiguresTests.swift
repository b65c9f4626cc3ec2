import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Which indicator each figure of a sentence is bound to in `validate` (issue 12, prose against data). All text
/// is fictional.
@Suite("正文数字与指标的绑定")
struct ProseFiguresTests {
  static func bound(_ text: String) throws -> [String: [Decimal]] {
    let finder = ProseFigures(catalog: try Fixtures.catalog())
    var result: [String: [Decimal]] = [:]
    for mention in finder.mentions(in: text) where mention.role == .value {
      result[mention.indicatorID, default: []].append(mention.quantity.value)
    }
    return result
  }

  /// A list names its subject once; its figures take it (issue 12: 受理, 不予受理 after 收到行政复议申请).
  @Test func listsShareTheirHeadsSubject() throws {
    let bound = try Self.bound("全年共收到行政复议申请95件，依法受理83件，不予受理12件。全年收到行政复议申请60件，其中受理40件。")
    #expect(bound["reconsideration_received"] == [95, 60])
    #expect(bound["reconsideration_accepted"] == [83, 40])
    #expect(bound["reconsideration_rejected"] == [12])
  }

  /// A part of a 其中 list that shares its total's indicator counts a narrower subject and is not bound.
  @Test func aPartOfTheSameIndicatorIsNotBound() throws {
    let bound = try Self.bound("行政机关负责人出庭应诉率为96.06%，其中，正职负责人出庭应诉率为29.13%。")
    #expect(bound["litigation_appearance_rate"] == [Decimal(9606) / 100])
  }

  /// Names whose parts lie apart in one clause may name a narrower subject: extraction binds them, validate not.
  @Test func splitNamesAreNotFirm() throws {
    let bound = try Self.bound("共收到区政府作为被申请人的行政复议案件26件。")
    #expect(bound["reconsideration_received"] == nil)
  }
}
