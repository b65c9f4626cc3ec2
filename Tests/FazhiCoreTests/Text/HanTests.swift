import Testing

@testable import FazhiCore

@Suite("isHan 汉字") struct HanTests {
  @Test(arguments: [
    ("示", true), ("一", true), ("\u{9FFF}", true), ("㐀", true), ("䶿", true), ("𠀀", true), ("\u{2EBE0}", true),
    ("\u{FA0E}", true), ("\u{F900}", false), ("⼀", false), ("⺈", false), ("〇", false), ("，", false), ("A", false),
    ("ぁ", false), ("가", false), ("\u{4DC0}", false),
  ])
  func knowsChineseCharacters(character: String, isHan: Bool) throws {
    let scalar = try #require(character.unicodeScalars.first)
    #expect(scalar.isHan == isHan)
  }

  /// The quick ranges against Unicode's Unified_Ideograph property, for every scalar of every plane.
  @Test func isUnicodesUnifiedIdeograph() {
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), scalar.isHan != scalar.properties.isUnifiedIdeograph else { continue }
      mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }
}
