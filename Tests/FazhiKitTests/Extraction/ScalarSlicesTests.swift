import Foundation
import Testing

@testable import FazhiKit

@Suite struct ScalarSlicesTests {
  static let samples = ["", "a", "法治政府建设", "é ü ß ©", "“三统一”（2021—2025年）", "😀 𠀀 \u{10FFFF}", "mixed 中文 ü 😀 end"]

  @Test(arguments: samples) func scalarsOfMatchesTheScalarView(text: String) {
    #expect(Array(scalarsOf: text) == Array(text.unicodeScalars))
  }

  @Test(arguments: samples) func stringFromScalarsRoundTrips(text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
  }
}

@Suite struct WhitespacesTests {
  @Test func asciiWhitespacesAreFoundations() {
    for value in UInt32(0)..<0x80 {
      let scalar = Unicode.Scalar(value)!
      #expect(scalar.isInWhitespaces == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }

  @Test(arguments: [
    "", " ", "\t a b \u{3000}", "\u{00A0}法治\u{2003}", "x", " \u{0301}x\u{0301} ", "\u{FEFF} y \u{FEFF}",
    "\u{200B} z \u{200B}",
  ])
  func trimmingMatchesFoundation(text: String) {
    #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces))
    #expect(text[...].trimmingWhitespaces() == text[...].trimmingCharacters(in: .whitespaces))
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
