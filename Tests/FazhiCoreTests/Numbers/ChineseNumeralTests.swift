import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct ChineseNumeralTests {
  static let values: [(String, Int)] = [
    ("零", 0), ("〇", 0), ("一", 1), ("两", 2), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("二十一", 21),
    ("一百", 100), ("一百零五", 105), ("一百一十", 110), ("两千", 2000), ("两千零一十", 2010), ("三万四千", 34000),
    ("十万", 100_000), ("一亿二千万", 120_000_000), ("一万零五", 10005), ("一万五", 15000), ("两千五", 2500),
    ("壹佰贰拾", 120), ("叁仟肆佰伍拾陆", 3456), ("拾", 10), ("一万亿", 1_000_000_000_000), ("三亿零五万", 300_050_000),
  ]

  @Test(arguments: values) func readsNumerals(_ text: String, _ expected: Int) {
    #expect(ChineseNumeral.value(of: Substring(text)) == Decimal(expected))
  }

  @Test(arguments: [
    "", "一二", "二〇二五", "百", "千", "万", "亿", "万一", "一百十", "十百", "一万二万", "abc", "三五", "一亿一万一亿",
    String(repeating: "一亿一万", count: 40),
  ])
  func rejectsNonNumerals(_ text: String) {
    #expect(ChineseNumeral.value(of: Substring(text)) == nil)
  }

  @Test func readsDigitByDigitYears() {
    #expect(ChineseNumeral.year(of: "二〇二五") == 2025)
    #expect(ChineseNumeral.year(of: "二零二五") == 2025)
    #expect(ChineseNumeral.year(of: "一九四九") == 1949)
    #expect(ChineseNumeral.year(of: "二〇二") == nil)
    #expect(ChineseNumeral.year(of: "两〇二五") == nil)
    #expect(ChineseNumeral.year(of: "二十") == nil)
  }

  @Test func writesHeadingNumbers() {
    let expected: [Int: String] = [
      0: "零", 1: "一", 9: "九", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 99: "九十九", 100: "一百", 101: "一百零一",
      105: "一百零五", 110: "一百一十", 111: "一百一十一", 200: "二百", 1000: "一千", 1010: "一千零一十", 10000: "一万",
      10010: "一万零一十", 100_000: "十万", 110_000: "十一万", 1_000_010: "一百万零一十", 100_000_000: "一亿", -3: "负三",
    ]
    for (n, text) in expected { #expect(ChineseNumeral.chinese(n) == text, "\(n)") }
  }

  @Test func roundTripsOneToTwoHundred() {
    for n in 1...200 {
      #expect(ChineseNumeral.value(of: Substring(ChineseNumeral.chinese(n))) == Decimal(n), "\(n)")
    }
  }

  @Test func roundTripsLargeNumbers() {
    for n in [999, 1001, 9999, 10001, 20_300, 123_456, 1_000_001, 99_999_999, 100_000_001, 1_234_567_890] {
      #expect(ChineseNumeral.value(of: Substring(ChineseNumeral.chinese(n))) == Decimal(n), "\(n)")
    }
  }
}
