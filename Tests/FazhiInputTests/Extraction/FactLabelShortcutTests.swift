import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// FactLabel's tests on scalars before the tests on Characters, against the plain versions, on random text with
/// the words that matter, combining marks and compatibility ideographs (U+F98E 年, U+2F873 将, U+F9B5 例).
@Suite("事实标签的捷径与原做法一致")
struct FactLabelShortcutTests {
  static let alphabet = Array("先后分别等的对向为在从把将被给市县区全我示例年度20公示信息".unicodeScalars)
    + ["\u{301}", "\u{F98E}", "\u{2F873}", "\u{F9B5}", " "]

  static func plainTidied(_ label: String) -> String {
    var text = Substring(Whitespace.trim(label))
    var changed = true
    while changed {
      changed = false
      for suffix in ["先后", "分别", "陆续", "相继", "已经", "等", "的"] where text.count > suffix.count + 1 && text.hasSuffix(suffix) {
        text = text.dropLast(suffix.count)
        changed = true
      }
      if text.count > 3, let first = text.first, "对向为在从把将被给".contains(first) {
        text = text.dropFirst()
        changed = true
      }
    }
    return String(text)
  }

  static func plainIsPlaceWord(_ label: String) -> Bool {
    guard label.count <= 4, let first = label.first, let last = label.last, "省市县区乡镇村旗州盟".contains(last) else {
      return false
    }
    return label.count >= 3 || "全我本各该".contains(first)
  }

  static func plainIsNaming(_ label: String) -> Bool {
    label.unicodeScalars.filter(\.isHan).count >= 2 && !FactLabel.weakWords.contains(label)
      && !plainIsPlaceWord(label) && !FactLabel.isYear(label)
  }

  @Test func shortcutsAnswerLikeThePlainTests() {
    var generator = SeededRandom(seed: 20_261_207)
    var samples = ["区党工委先后", "改革等", "对法治政府建设", "提拔任用的", "示例区", "全市", "公示", "将\u{2F873}", "\u{2F873}对法治建设"]
    for _ in 0..<3000 {
      let scalars = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
        Self.alphabet.randomElement(using: &generator)!
      }
      samples.append(String(String.UnicodeScalarView(scalars)))
    }
    for label in samples {
      #expect(FactLabel.tidied(label) == Self.plainTidied(label), "\(label.unicodeScalars.map(\.value))")
      #expect(FactLabel.isPlaceWord(label) == Self.plainIsPlaceWord(label), "\(label.unicodeScalars.map(\.value))")
      #expect(FactLabel.isNaming(label) == Self.plainIsNaming(label), "\(label.unicodeScalars.map(\.value))")
    }
  }
}
