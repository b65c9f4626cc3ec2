import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct ScalarSlicesTests {
  static let samples = ["", "a", "法治政府建设", "é ü ß ©", "“三统一”（2021—2025年）", "😀 𠀀 \u{10FFFF}", "mixed 中文 ü 😀 end"]

  @Test(arguments: samples) func scalarsOfMatchesTheScalarView(text: String) {
    #expect(Array(scalarsOf: text) == Array(text.unicodeScalars))
  }

  @Test(arguments: samples) func stringFromScalarsRoundTrips(text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
    // Collections without contiguous storage take the other path.
    #expect(String(scalars: text.unicodeScalars) == text)
    #expect(String(scalars: scalars.lazy.map { $0 }) == text)
  }

  /// Both conversions size their storage by counting first (lead bytes, UTF-8 widths): random text of every width —
  /// ASCII, Latin, CJK, astral, controls and line separators — must still come out whole.
  @Test func randomTextOfEveryWidthRoundTrips() {
    var generator = SeededRandom(seed: 20_261_205)
    let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1_0000...0x10_FFFF]
    for _ in 0..<300 {
      let length = Int.random(in: 0...40, using: &generator)
      let scalars = (0..<length).map { _ in
        Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &generator)!, using: &generator))!
      }
      let text = String(String.UnicodeScalarView(scalars))
      #expect(Array(scalarsOf: text) == scalars)
      #expect(String(scalars: scalars) == text)
      #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
    }
  }
}

@Suite struct ScalarSpaceTests {
  /// The shortcut past U+3000 answers like the property tables for every scalar.
  @Test func spacesAnswerLikeTheirProperties() {
    var wrong: [String] = []
    for value in UInt32(0)...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let properties = scalar.properties
      let horizontal = value == 0x09 || value == 0x20 || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
      if scalar.isHorizontalWhitespace != horizontal || scalar.isWhiteSpaceProperty != properties.isWhitespace {
        wrong.append("U+" + String(value, radix: 16))
      }
    }
    #expect(wrong.isEmpty)
    #expect(Unicode.Scalar(0x3000)!.isHorizontalWhitespace && Unicode.Scalar(0x3000)!.isWhiteSpaceProperty)
  }
}

@Suite struct ScalarSliceAffixTests {
  @Test func prefixesAndSuffixesOfSlices() {
    let text = Array("其中共计受理100件达到".unicodeScalars)
    let slice = text[2..<9]  // 共计受理100
    for length in 0...slice.count {
      #expect(slice.hasPrefix(Array(slice.prefix(length))))
      #expect(slice.hasSuffix(Array(slice.suffix(length))))
    }
    #expect(!slice.hasPrefix(Array("其中".unicodeScalars)))
    #expect(!slice.hasSuffix(Array("件".unicodeScalars)))
    #expect(!slice.hasPrefix(Array("共计受理100件达".unicodeScalars)))
    #expect(!slice.hasSuffix(Array("中共计受理100".unicodeScalars)))
  }
}
