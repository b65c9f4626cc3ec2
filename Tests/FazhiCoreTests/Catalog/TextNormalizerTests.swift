import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct TextNormalizerTests {
  /// The definitions the fast versions must keep: map full-width forms, then drop white space and quotes.
  static func referenceHalfWidth(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E, let half = Unicode.Scalar(scalar.value - 0xFEE0) {
        out.append(half)
      } else if scalar.value == 0x3000 {
        out.append(" ")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  static func referenceKey(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in referenceHalfWidth(text).unicodeScalars {
      if CharacterSet.whitespacesAndNewlines.contains(scalar) { continue }
      if "“”\"'‘’「」".unicodeScalars.contains(scalar) { continue }
      out.append(scalar)
    }
    return String(out)
  }

  @Test func matchesTheDefinition() throws {
    let catalog = try Fixtures.catalog()
    var samples = catalog.indicators.flatMap { [$0.label, $0.id] + $0.aliases }
    samples += catalog.allAreas.flatMap { [$0.title, $0.short] + $0.aliases }
    samples += ["", " ", "行政 复议　受理", "“行政复议”", "「受理」", "ＡＢＣ１２３！～", "a\u{200B}b", "x\u{FF02}y", "\t\n"]
    for text in samples {
      #expect(
        Array(TextNormalizer.key(text).unicodeScalars) == Array(Self.referenceKey(text).unicodeScalars), "\(text)")
      #expect(
        Array(TextNormalizer.halfWidth(text).unicodeScalars) == Array(Self.referenceHalfWidth(text).unicodeScalars),
        "\(text)")
    }
  }
}
