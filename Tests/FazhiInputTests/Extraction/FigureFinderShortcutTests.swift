import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// The figure finder's shortcuts against the plain versions they replace, on random fictional text made of the
/// scalars that matter to them (全部, 均, 平均, commas, digits, marks and units).
@Suite("数字查找的捷径与原做法一致")
struct FigureFinderShortcutTests {
  static let alphabet = Array("全部均平办结报送备案已1230日件，、%“”（）研究议 \u{301}a".unicodeScalars)

  static func randomText(_ generator: inout SeededRandom, length: ClosedRange<Int>) -> [Unicode.Scalar] {
    (0..<Int.random(in: length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
  }

  /// The context's key, folded from the sentence's scalars and the names, is the key of the context's text.
  @Test func contextKeyIsTheKeyOfItsText() {
    var generator = SeededRandom(seed: 20_261_204)
    for _ in 0..<500 {
      let sentence = Self.randomText(&generator, length: 0...40)
      let end = Int.random(in: 0...sentence.count, using: &generator)
      let start = Int.random(in: 0...end, using: &generator)
      let labels = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        String(scalars: Self.randomText(&generator, length: 0...6))
      }
      let context = FigureContext(sentence: sentence, range: start..<end, labels: labels)
      #expect(context.key == TextKey.scalars(context.text))
    }
  }

  /// The plain search: the first 全部 (else 均) of the clause, kept when it opens within 8 scalars, and no 均 of 平均.
  static func plainAllWord(in clause: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
    for word in ["全部", "均"].map({ Array($0.unicodeScalars) }) {
      guard let range = clause.firstRange(of: word), range.lowerBound - clause.startIndex <= 8 else { continue }
      if word == ["均"], range.lowerBound > clause.startIndex, clause[range.lowerBound - 1] == "平" { continue }
      return range
    }
    return nil
  }

  @Test func allWordIsThePlainSearch() {
    var generator = SeededRandom(seed: 20_261_205)
    for _ in 0..<2000 {
      let text = Self.randomText(&generator, length: 0...24)
      let start = Int.random(in: 0...text.count, using: &generator)
      let clause = text[start...]
      #expect(FigureFinder.allWord(in: clause) == Self.plainAllWord(in: clause), "\(String(scalars: clause))")
    }
    #expect(FigureFinder.allWord(in: Array("全部办结".unicodeScalars)[...]) == 0..<2)
    #expect(FigureFinder.allWord(in: Array("平均办结".unicodeScalars)[...]) == nil)
    #expect(FigureFinder.allWord(in: Array("十二三四五六七八九全部".unicodeScalars)[...]) == nil)
  }

  /// `承办政协提案132件，全部办结`: the clause after the count's comma names what was done.
  @Test func completionLabelsOfClauses() {
    func label(_ text: String, after count: String) -> String? {
      FigureFinder.completionLabel(Array(text.unicodeScalars), label: "承办政协提案", after: count.unicodeScalars.count)
    }
    #expect(label("132件，全部办结", after: "132件") == "承办政协提案办结")
    #expect(label("132件，政协提案全部办结", after: "132件") == "政协提案办结")
    #expect(label("9件，全部在印发后30日内报送备案", after: "9件") == "承办政协提案在印发后30日内报送备案")
    #expect(label("132件，平均办结", after: "132件") == nil)
    #expect(label("132件，全部办结率100%", after: "132件") == nil)
    #expect(label("132件，其中办结120件", after: "132件") == nil)
  }

  /// The object a verb leaves out is looked for only after one of the verbs.
  @Test func elidedObjects() {
    #expect(FigureFinder.elidedObject(of: "市政府常务会议研究", previousLabels: ["市委常委会研究法治政府建设"]) == "法治政府建设")
    #expect(FigureFinder.elidedObject(of: "市政府常务会议审议", previousLabels: ["市委常委会研究法治政府建设"]) == nil)
    #expect(FigureFinder.elidedObject(of: "办理复议案件", previousLabels: ["市委常委会研究法治政府建设"]) == nil)
  }
}
