import Testing

@testable import FazhiChecks
@testable import FazhiCore
@testable import FazhiTestSupport

/// era_marker finds a hit's clause from the clause marks found once per text (issue 10); it must be the clause
/// the plain outward reading finds: from just after the last mark before the hit to the first mark after it.
@Suite struct EraClauseTests {
  static func plainClause(around hit: EraMarkerRule.Hit, in scalars: [Unicode.Scalar]) -> Range<Int> {
    var start = hit.start
    while start > 0, !EraMarkerRule.clauseEnds.contains(scalars[start - 1]) { start -= 1 }
    var end = hit.end
    while end < scalars.count, !EraMarkerRule.clauseEnds.contains(scalars[end]) { end += 1 }
    return start..<end
  }

  @Test(arguments: 1...20 as ClosedRange<UInt64>)
  func clausesAgreeWithThePlainReadingOnRandomText(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    // Clause marks are frequent, and a hit may hold one (EraText skips punctuation inside an era word).
    let alphabet: [Unicode.Scalar] = ["十", "三", "五", "，", "。", "\n", "规", "划", ":"]
    let scalars = (0..<Int.random(in: 0...200, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
    let clauses = EraMarkerRule.Clauses(scalars)
    let marker = EraMarkerSpec(words: ["十三五"], current: 2016...2020, successor: "十四五")
    for _ in 0..<50 where !scalars.isEmpty {
      let start = Int.random(in: 0..<scalars.count, using: &random)
      let end = Int.random(in: (start + 1)...min(scalars.count, start + 4), using: &random)
      let hit = EraMarkerRule.Hit(start: start, end: end, marker: marker)
      #expect(clauses.range(around: hit) == Self.plainClause(around: hit, in: scalars), "seed \(seed), \(start)..<\(end)")
    }
  }

  /// A word split over two lines of a literal block is the end of one paragraph and the start of the next.
  @Test func aWordBrokenByALineBreakIsNoEraWord() throws {
    let header = "年度: 2023\n报告主体: 示例县\n"
    let broken = try Fixtures.findings(header + "导语: |\n  推动第十\n  三五项规划落地。\n")
    #expect(!broken.contains { $0.ruleID == "era_marker" })
    let whole = try Fixtures.findings(header + "导语: |\n  推动“十三五”\n  规划落地。\n")
    #expect(whole.filter { $0.ruleID == "era_marker" }.map(\.location?.line) == [4])
  }
}
