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
