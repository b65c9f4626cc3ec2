import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite struct FastContainsTests {
  static let haystacks = [
    "", "a", "法治", "行政机关负责人出庭应诉率达100%", "接收复议申请121件，其中受理100件，受理率达到97.5%",
    "abcabcabc", "😀法治😀法治", String(repeating: "法治政府建设", count: 40),
  ]
  static let needles = ["", "a", "法治", "受理", "治法", "率", "abc", "cab", "😀", "建设法治", "100%", "不存在的词"]

  /// Byte offsets where `needle` starts in `haystack`.
  static func starts(of needle: String, in haystack: String) -> [Int] {
    let h = Array(haystack.utf8)
    let n = Array(needle.utf8)
    guard n.count <= h.count else { return [] }
    return (0...(h.count - n.count)).filter { Array(h[$0..<($0 + n.count)]) == n }
  }

  @Test func fastContainsFindsTheBytes() {
    for haystack in Self.haystacks {
      for needle in Self.needles {
        let expected = !Self.starts(of: needle, in: haystack).isEmpty
        #expect(haystack.fastContains(needle) == expected, "\(haystack) ∋ \(needle)")
        let tail = haystack.dropFirst()
        #expect(tail.fastContains(needle[...]) == !Self.starts(of: needle, in: String(tail)).isEmpty)
      }
    }
  }

  @Test func scalarSearchAgreesWithTheBytes() {
    for haystack in Self.haystacks {
      let h = Array(haystack.unicodeScalars.map(\.value))[...]
      for needle in Self.needles {
        let n = Array(needle.unicodeScalars.map(\.value))[...]
        let starts = Self.starts(of: needle, in: haystack)
        #expect(ScalarSearch.contains(h, n) == !starts.isEmpty, "\(haystack) ∋ \(needle)")
        #expect(ScalarSearch.hasPrefix(h, n) == (starts.first == 0), "\(haystack) starts with \(needle)")
        let gap = needle.isEmpty ? nil : starts.last.map { start in
          String(decoding: Array(haystack.utf8)[(start + needle.utf8.count)...], as: UTF8.self).unicodeScalars.count
        }
        #expect(ScalarSearch.gapAfterLastOccurrence(h, n) == gap, "\(haystack) / \(needle)")
        // On a slice that does not start at index 0.
        let tail = h.dropFirst()
        let tailStarts = Self.starts(of: needle, in: String(String.UnicodeScalarView(haystack.unicodeScalars.dropFirst())))
        #expect(ScalarSearch.contains(tail, n) == !tailStarts.isEmpty)
      }
    }
  }
}
