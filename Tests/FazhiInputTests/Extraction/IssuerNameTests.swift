import Testing

@testable import FazhiInput

@Suite struct IssuerNameTests {
  @Test func splitsPlacesAndOrgans() {
    #expect(IssuerName("示例市示例区司法局").components.map(\.text) == ["示例市", "示例区", "司法局"])
    #expect(IssuerName("中共示例县委").components.map(\.text) == ["示例县", "委"])
    #expect(IssuerName("示例县人民政府办公室").components.map(\.text) == ["示例县", "人民政府办公室"])
    // 市场监督管理局 and 城市管理局 are organs, not places.
    #expect(IssuerName("示例县市场监督管理局").place?.text == "示例县")
    #expect(IssuerName("示例县城市管理局").place?.text == "示例县")
    #expect(IssuerName("示例经济技术开发区").place?.stem == "示例经济技术")
    // A zone word alone names no place.
    #expect(IssuerName("高新区党工委").place == nil)
  }

  @Test func comparesTheMostSpecificPlace() {
    #expect(IssuerName("示例区").samePlace(as: IssuerName("示例市示例区人民政府")) == true)
    #expect(IssuerName("示例自治县").samePlace(as: IssuerName("示例县")) == true)
    #expect(IssuerName("示例高新区").samePlace(as: IssuerName("示例高新技术产业开发区")) == true)
    #expect(IssuerName("示例县").samePlace(as: IssuerName("样板县")) == false)
    #expect(IssuerName("示例区").samePlace(as: IssuerName("示例市")) == false)
    #expect(IssuerName("司法局").samePlace(as: IssuerName("示例县")) == nil)
    // 全面依法治县委员会办公室 is the county's own office: 依法治县 names its task, not another county.
    #expect(IssuerName("示例县全面依法治县委员会办公室").place?.text == "示例县")
    #expect(IssuerName("示例县全面依法治县委员会办公室").samePlace(as: IssuerName("示例县")) == true)
    #expect(IssuerName("中共示例市委全面依法治市委员会").samePlace(as: IssuerName("示例市")) == true)
    #expect(IssuerName("样板县全面依法治县委员会办公室").samePlace(as: IssuerName("示例县")) == false)
  }

  @Test func selfWordsFollowTheEndings() {
    #expect(IssuerName("示例县司法局").selfWords == ["县", "局"])
    #expect(IssuerName("示例自治旗").selfWords == ["旗"])
    #expect(IssuerName("示例经济技术开发区").selfWords == ["区"])
  }

  @Test func readsSubjectsFromOpeningAndTitle() {
    #expect(IssuerEvidence.openingSubject("2025年，在市委的领导下，样板县坚持依法行政。") == "样板县")
    #expect(IssuerEvidence.openingSubject("样板县深入学习贯彻习近平法治思想。") == "样板县")
    #expect(IssuerEvidence.openingSubject("2025年，我县坚持依法行政。") == nil)
    #expect(IssuerEvidence.titleNames("中共样板县委 样板县人民政府关于2025年度法治政府建设情况的报告") == ["中共样板县委", "样板县"])
    #expect(IssuerEvidence.titleNames("关于示例县2025年度法治政府建设情况的报告") == ["示例县"])
  }
}
