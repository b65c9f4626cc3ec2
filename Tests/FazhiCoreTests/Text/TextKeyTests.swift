import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite("TextKey 比较键") struct TextKeyTests {
  @Test(arguments: [
    ("“行政复议 受理”", "行政复议受理"),
    ("行政复议——受理", "行政复议受理"),
    ("《法治政府建设实施纲要（2021—2025年）》", "法治政府建设实施纲要20212025年"),
    ("ＡＢＣ　１２３，（测试）！", "abc123测试"),
    ("「三统一」·管理\n模式", "三统一管理模式"),
    ("12345热线 / 政务服务＋", "12345热线政务服务"),
    ("行政\u{200B}执法\u{FEFF}", "行政执法"),
    ("☎\u{FE0F}电话", "电话"),
    (",\u{301}e\u{301}", "e\u{301}"),
    ("", ""),
  ])
  func keepsTheCharactersThatCarryTheWords(text: String, key: String) {
    #expect(Array(TextKey.key(text).unicodeScalars) == Array(key.unicodeScalars))
    #expect(TextKey.scalars(text) == key.unicodeScalars.map(\.value))
    #expect(TextKey.characters(text) == Array(key))
  }

  @Test func halfWidthFoldsWidthOnly() {
    #expect(TextKey.halfWidth("２０２４年，Ａ　１") == "2024年,A 1")
    #expect(TextKey.halfWidth("示例县") == "示例县")
  }

  /// The quick answers (ASCII bitmap, ideograph ranges) against the definition from Unicode properties, for
  /// every scalar of every plane.
  @Test func quickClassificationIsTheDefinition() {
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if TextKey.kind(of: scalar) != TextKey.kind(byProperties: scalar) {
        mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
      }
    }
    #expect(mismatches.isEmpty)
  }

  /// Random strings over every plane, weighted towards what reports hold (ideographs, ASCII, CJK punctuation,
  /// full-width forms) and what trips byte loops (marks, two- and four-byte sequences, Extension A's edge).
  static func samples() -> [String] {
    var generator = SeededRandom(seed: 20_261_204)
    let ranges: [ClosedRange<UInt32>] = [
      0x00...0x7F, 0x80...0x7FF, 0x300...0x36F, 0x3000...0x303F, 0x3400...0x4DFF, 0x4E00...0x9FFF, 0xFE00...0xFE0F,
      0xFF00...0xFFEF, 0x800...0xFFFF, 0x1_0000...0x10_FFFF,
    ]
    var samples = ["", "\r\n", "Ａ\u{301}", "\u{301}开头", "a\u{FE0F}", "䷀\u{301}一"]
    for _ in 0..<5000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 24) {
        let range = ranges[Int(generator.next() % UInt64(ranges.count))]
        let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      }
      samples.append(String(scalars))
    }
    return samples
  }

  @Test func byteLoopIsThePlainKey() {
    for text in Self.samples() {
      let plain = TextKey.plainKey(text)
      #expect(Array(TextKey.key(text).utf8) == Array(plain.utf8), "\(text.unicodeScalars.map(\.value))")
      #expect(TextKey.scalars(text) == plain.unicodeScalars.map(\.value))
      let tail = text.dropFirst()
      #expect(Array(TextKey.key(tail).utf8) == Array(TextKey.plainKey(tail).utf8))
    }
  }

  /// The key's characters are built scalar by scalar when every scalar stands alone: they must be the characters
  /// that grapheme breaking gives.
  @Test func charactersAreTheKeysGraphemes() {
    for text in Self.samples() + ["示例县2025年abc", "示例\u{301}县", "한국어"] {
      let fast = TextKey.characters(text).map { Array($0.unicodeScalars) }
      let plain = Array(TextKey.key(text)).map { Array($0.unicodeScalars) }
      #expect(fast == plain, "\(text.unicodeScalars.map(\.value))")
    }
  }

  /// `Hashed` files keys as `String` does: the same texts fall together, canonically equivalent spellings
  /// included (é as one scalar or two, 豈 U+F900 and its unified ideograph U+8C48, marks in either order).
  @Test func hashedKeysAreEqualAsTheirStringsAre() {
    let spellings = [
      "café执法", "cafe\u{301}执法", "\u{F900}字", "\u{8C48}字", "q\u{323}\u{307}", "q\u{307}\u{323}", "示例县", "示例县。",
    ]
    let texts =
      Self.samples() + spellings
      + Self.samples().prefix(500).flatMap {
        [$0.decomposedStringWithCanonicalMapping, $0.precomposedStringWithCanonicalMapping]
      }
    var byString: [String: Int] = [:]
    var byHashed: [TextKey.Hashed: Int] = [:]
    for (index, text) in texts.enumerated() {
      let key = TextKey.key(text)
      let first = byString[key] ?? index
      byString[key] = first
      #expect(byHashed[TextKey.Hashed(of: text)] ?? index == first, "\(text.unicodeScalars.map(\.value))")
      byHashed[TextKey.Hashed(key: key)] = first
    }
    #expect(byHashed.count == byString.count)
    #expect(TextKey.Hashed(of: "cafe\u{301}") == TextKey.Hashed(of: "café"))
    #expect(TextKey.Hashed(of: "\u{F900}") == TextKey.Hashed(of: "\u{8C48}"))
    #expect(TextKey.Hashed(of: "示例县") != TextKey.Hashed(of: "示例市"))
  }

  @Test func catalogNamesStayDistinct() throws {
    let catalog = try Fixtures.catalog()
    var owner: [String: String] = [:]
    for spec in catalog.indicators {
      for name in [spec.label] + spec.aliases {
        let key = TextKey.key(name)
        #expect(!key.isEmpty, "\(name)")
        #expect(owner[key, default: spec.id] == spec.id, "\(name) of \(spec.id) and \(owner[key] ?? "")")
        owner[key] = spec.id
      }
    }
  }
}
