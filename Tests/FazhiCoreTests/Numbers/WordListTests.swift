import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// The word lists find the longest word at or before a place, as a plain search over every word would.
@Suite struct WordListTests {
  static let words = ["个", "个月", "个工作日", "工作日", "日", "月", "个月", "百分点", "个百分点", "约", "大约", "节约", ""]

  static func plainLongest(_ words: [String], in text: [Unicode.Scalar], at index: Int) -> String? {
    words.filter { !$0.isEmpty && text[index...].starts(with: $0.unicodeScalars) }
      .max { $0.unicodeScalars.count < $1.unicodeScalars.count }
  }

  static func plainLongest(_ words: [String], in text: [Unicode.Scalar], endingAt index: Int) -> String? {
    words.filter { word in
      let count = word.unicodeScalars.count
      return count > 0 && count <= index && text[(index - count)..<index].elementsEqual(word.unicodeScalars)
    }.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
  }

  @Test func longestMatchesAreThePlainSearch() {
    let list = WordList(Self.words)
    let alphabet = Array("个月工作日百分点约大节".unicodeScalars)
    var generator = SeededRandom(seed: 20_261_206)
    for _ in 0..<300 {
      let scalars = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let text = ScalarText(scalars: scalars)
      for index in 0...scalars.count {
        #expect(text.longestMatch(list, at: index)?.word == Self.plainLongest(Self.words, in: scalars, at: index))
        #expect(
          text.longestMatch(list, endingAt: index)?.word
            == Self.plainLongest(Self.words, in: scalars, endingAt: index))
      }
    }
  }
}
