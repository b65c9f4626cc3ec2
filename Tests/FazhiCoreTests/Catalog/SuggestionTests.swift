import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct SuggestionTests {
  /// The definition the pruned search must keep: every candidate's full edit distance over characters,
  /// containment counting as 1, the limit half the shorter name, the first of the nearest.
  static func referenceClosest(to input: String, in candidates: [String]) -> String? {
    let source = Array(TextKey.key(input))
    guard !source.isEmpty else { return nil }
    var best: (String, Int)?
    for candidate in candidates {
      let target = Array(TextKey.key(candidate))
      let distance = referenceDistance(source, target)
      let contains =
        target.count > 1 && (String(target).contains(String(source)) || String(source).contains(String(target)))
      let score = contains ? min(distance, 1) : distance
      let limit = max(1, min(source.count, target.count) / 2)
      if score <= limit, best.map({ score < $0.1 }) ?? true { best = (candidate, score) }
    }
    return best?.0
  }

  static func referenceDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  @Test func agreesWithTheFullSearchOnRandomNames() {
    // A small alphabet (with a full-width letter, a space and a quote the key drops) makes near misses,
    // containment and ties common.
    let alphabet = Array("行政复议受理案件执法ａa “")
    var random = SeededRandom(seed: 9)
    func name(_ lengths: ClosedRange<Int>) -> String {
      String((0..<Int(random.next() % UInt64(lengths.count)) + lengths.lowerBound).map { _ in
        alphabet[Int(random.next() % UInt64(alphabet.count))]
      })
    }
    for _ in 0..<400 {
      let candidates = (0..<8).map { _ in name(0...9) }
      let suggestion = Suggestion(candidates: candidates)
      for _ in 0..<10 {
        let input = name(0...12)
        #expect(
          suggestion.closest(to: input) == Self.referenceClosest(to: input, in: candidates),
          "\(input) in \(candidates)")
      }
    }
  }

  @Test func suggestsCatalogLabels() throws {
    let labels = try Fixtures.catalog().indicators.map(\.label)
    let suggestion = Suggestion(candidates: labels)
    #expect(suggestion.closest(to: "行政复议受里") == "行政复议受理")
    #expect(suggestion.closest(to: "复议受理").map { labels.contains($0) } == true)
    #expect(suggestion.closest(to: "完全无关的名称") == nil)
  }

  @Test func aNameFarLongerThanEveryLabelComputesNoDistance() throws {
    let labels = try Fixtures.catalog().indicators.map(\.label)
    let search = Suggestion(candidates: labels).search(String(repeating: "乙", count: 100_000))
    #expect(search.match == nil)
    #expect(search.distancesComputed == 0)
    #expect(search.cellsComputed == 0)
  }

  @Test func distancesStayInTheBandOfWhatCanStillWin() throws {
    let labels = try Fixtures.catalog().indicators.map(\.label)
    let suggestion = Suggestion(candidates: labels)
    for input in ["行政执法案卷评查份数甲", "规范性文件备案审查乙丙", "甲乙丙丁戊己庚辛壬癸子丑寅卯"] {
      let search = suggestion.search(input)
      let n = TextKey.key(input).count
      // Each distance fills at most 2·bound + 1 cells of each of its n rows, with bound ≤ n / 2.
      #expect(search.cellsComputed <= search.distancesComputed * n * (n + 1), "\(input)")
      #expect(search.distancesComputed <= labels.count)
      // The full table would fill n × (label length) cells for every label.
      let full = labels.reduce(0) { $0 + n * TextKey.key($1).count }
      #expect(search.cellsComputed * 2 < full, "\(input): \(search.cellsComputed) of \(full)")
    }
  }
}
