import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// `Whitespace` must answer exactly like the Foundation and standard library calls it replaces.
@Suite struct WhitespaceTests {
  @Test func scalarClassesMatchFoundation() {
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if Whitespace.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar)
        || Whitespace.isWhitespaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar)
        || Whitespace.isNewline(scalar) != Character(scalar).isNewline
      {
        mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
      }
    }
    #expect(mismatches.isEmpty)
  }

  /// Strings drawn from scalars that sit on every edge: whitespace of both kinds, CR LF, combining marks after
  /// spaces and newlines, zero-width joiners, regional indicators and CJK text.
  static func samples() -> [String] {
    let alphabet: [String] = [
      " ", "\t", "\n", "\r", "\r\n", "\u{3000}", "\u{200B}", "\u{A0}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}",
      "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1F1E8}", "\u{1F1F3}", "a", "示", "例", "县", "。", "：", "\u{E000}",
    ]
    var generator = SeededRandom(seed: 20_250_101)
    var samples = alphabet + ["", "   ", "\r\n\r\n", " \u{301}abc\u{3000}", "abc \u{301}", "\n\u{301}x", "一\r\n二\n\n三"]
    for _ in 0..<4000 {
      let length = Int(generator.next() % 12)
      samples.append((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined())
    }
    return samples
  }

  @Test func trimmingMatchesFoundation() {
    for text in Self.samples() {
      #expect(
        Array(Whitespace.trim(text).unicodeScalars) == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
      #expect(
        Array(Whitespace.trimIncludingNewlines(text).unicodeScalars)
          == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
      let sub = text.dropFirst()
      #expect(
        Array(Whitespace.trim(sub).unicodeScalars) == Array(sub.trimmingCharacters(in: .whitespaces).unicodeScalars))
    }
  }

  @Test func linesMatchSplittingOnNewlineCharacters() {
    for text in Self.samples() {
      let expected = text.split(whereSeparator: \.isNewline).map { Array($0.unicodeScalars) }
      #expect(Whitespace.lines(text).map { Array($0.unicodeScalars) } == expected, "\(Array(text.unicodeScalars))")
      let paragraphs = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
      #expect(Whitespace.nonBlankLines(text).map { Array($0.unicodeScalars) } == paragraphs)
    }
  }

  @Test func blankMeansNoVisibleCharacter() {
    #expect(Whitespace.isBlank(""))
    #expect(Whitespace.isBlank(" \t\u{3000}\r\n"))
    #expect(!Whitespace.isBlank("\u{3000}一、"))
  }

  @Test func newlinesBecomeOneSpaceEach() {
    #expect(Whitespace.replacingNewlines("一是\r\n二是\n三是\u{2028}") == "一是 二是 三是 ")
    #expect(Whitespace.replacingNewlines("没有换行") == "没有换行")
  }
}

