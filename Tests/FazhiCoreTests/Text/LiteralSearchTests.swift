import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite("LiteralSearch 按字节查找") struct LiteralSearchTests {
  /// Foundation's answer, the reference the byte path must give wherever it is taken.
  static func foundationRanges(of needle: String, in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    var start = text.startIndex
    while let range = text.range(of: needle, range: start..<text.endIndex) {
      found.append(range)
      start = range.upperBound
    }
    return found
  }

  static func offsets(_ ranges: [Range<String.Index>], in text: String) -> [[Int]] {
    ranges.map { range in
      [text.utf8.distance(from: text.startIndex, to: range.lowerBound), text.utf8.distance(from: range.lowerBound, to: range.upperBound)]
    }
  }

  @Test(arguments: [
    ("办理XX件，XXX份，TODO", "XX"),
    ("××××", "××"),
    ("【待填】【待填】", "【待填】"),
    ("示例县", "TODO"),
    ("", "XX"),
    ("e\u{301}XX", "XX"),
  ])
  func findsEveryOccurrenceLikeFoundation(text: String, needle: String) {
    let plain = LiteralSearch.isCanonicallyPlain(text)
    let ranges = LiteralSearch.ranges(of: needle, in: text, textIsPlain: plain)
    let reference = Self.foundationRanges(of: needle, in: text)
    #expect(Self.offsets(ranges, in: text) == Self.offsets(reference, in: text))
    #expect(LiteralSearch.contains(text, needle) == !reference.isEmpty)
  }

  @Test func nonOverlappingFirstToLast() {
    let text = "办结××××件"
    let ranges = LiteralSearch.ranges(of: "××", in: text, textIsPlain: true)
    #expect(ranges.map { String(text[$0]) } == ["××", "××"])
    #expect(text[..<ranges[0].lowerBound] == "办结")
    #expect(text[ranges[1].upperBound...] == "件")
  }

  /// Random report-like text over a small alphabet, so that needles occur often, against Foundation.
  @Test func randomTextAgreesWithFoundation() {
    var generator = SeededRandom(seed: 20_261_204)
    let alphabet = Array("示例县XＸ×○〇【】待填a，。 \u{3000}".unicodeScalars)
    func random(_ length: Int) -> String {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<length { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
      return String(scalars)
    }
    for _ in 0..<2000 {
      let text = random(Int(generator.next() % 40))
      let needle = random(1 + Int(generator.next() % 3))
      let ranges = LiteralSearch.ranges(of: needle, in: text, textIsPlain: LiteralSearch.isCanonicallyPlain(text))
      #expect(
        Self.offsets(ranges, in: text) == Self.offsets(Self.foundationRanges(of: needle, in: text), in: text),
        "\(text) / \(needle)")
    }
  }

  /// The byte reading of `isCanonicallyPlain` answers as asking every scalar does.
  @Test func plainnessFromBytesIsPlainnessByScalar() {
    for text in TextKeyTests.samples() + ["示例县2025年", "㐀䶿䷀一", "豈\u{F900}", "e\u{301}", "（１２）"] {
      let byScalar = text.unicodeScalars.allSatisfy(LiteralSearch.isPlain)
      #expect(LiteralSearch.isCanonicallyPlain(text) == byScalar, "\(text.unicodeScalars.map(\.value))")
    }
  }
}
