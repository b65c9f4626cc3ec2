import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("TextKey 比较键") struct TextKeyTests {
  @Test func droppedByValueIsTheDroppedSet() {
    for value in UInt32(0)...0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(TextKey.isDropped(value) == TextKey.dropped.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }

  /// The definition: full-width ASCII made half-width, then dropped characters removed, scalar by scalar.
  static func reference(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      var value = scalar.value
      if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
      let folded = Unicode.Scalar(value)!
      if !TextKey.dropped.contains(folded) { scalars.append(folded) }
    }
    return String(scalars)
  }

  @Test(arguments: [
    "", "行政机关负责人出庭应诉率", "《法治政府建设实施纲要（2021—2025年）》", "ＡＢＣ　１２３，（测试）！", "“三统一” 管理·模式",
    "é ü 😀 \u{0301}", "tab\tand\u{00A0}nbsp", "2024年度",
  ])
  func keysFollowTheDefinition(text: String) {
    #expect(TextKey.key(text) == Self.reference(text))
    #expect(TextKey.key(text.dropFirst()) == Self.reference(String(text.dropFirst())))
  }
}
