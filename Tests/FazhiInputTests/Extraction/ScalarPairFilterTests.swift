import Testing

@testable import FazhiInput

@Suite("标量对过滤")
struct ScalarPairFilterTests {
  /// Every substring of a text passes the filter, whatever the scalars (CJK, ASCII, emoji, combining marks).
  @Test func neverRulesOutANeedleThatOccurs() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("法治政府建设依法行政复议诉讼abc12，。😀e\u{301}".unicodeScalars)
    for _ in 0..<200 {
      let scalars = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator) ?? "a"
      }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars)
      let filter = ScalarPairFilter(String(text))
      for start in scalars.indices {
        for end in (start + 1)...scalars.count {
          var needle = String.UnicodeScalarView()
          needle.append(contentsOf: scalars[start..<end])
          #expect(filter.mayContain(opening: ScalarPairFilter.opening(String(needle))))
        }
      }
    }
  }

  /// Most needles that do not occur are ruled out: the filter is worth its test.
  @Test func rulesOutAbsentPairs() {
    let filter = ScalarPairFilter("示例县全年办理行政复议案件126件")
    #expect(!filter.mayContain(opening: ScalarPairFilter.opening("执法监督")))
    #expect(!filter.mayContain(opening: ScalarPairFilter.opening("依法决策")))
    #expect(filter.mayContain(opening: ScalarPairFilter.opening("复议")))
    #expect(filter.mayContain(opening: ScalarPairFilter.opening("法")))  // one scalar: never ruled out
  }
}
