import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// The sentence model: a report's prose as paragraphs and sentences, each with its comparable characters and
/// stock phrases masked.
@Suite struct ReportProseTests {
  @Test func sentencesEndAtTerminatorsAndLineBreaksWithOffsetsInCharacters() {
    let pieces = ReportProse.split("示例县完成清理。  复核2件！\n新增  \n")
    #expect(pieces.map(\.text) == ["示例县完成清理。", "复核2件！", "新增"])
    #expect(pieces.map(\.offset) == [0, 10, 16])
    #expect(ReportProse.split(" \n\n").isEmpty)
  }

  /// The splitter walks indices and tests terminators by scalar for speed; it must answer exactly like the plain
  /// reading: append characters, flush at a line break or a terminator compared as a `Character`.
  @Test func splitAgreesWithThePlainCharacterByCharacterReading() {
    func plainSplit(_ text: String) -> [(offset: Int, text: String)] {
      var result: [(offset: Int, text: String)] = []
      var current = ""
      var start = 0
      var offset = 0
      func flush() {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty {
          let lead = current.prefix { $0.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) }.count
          result.append((start + lead, trimmed))
        }
        current = ""
      }
      for ch in text {
        if current.isEmpty { start = offset }
        if ch.isNewline {
          flush()
        } else {
          current.append(ch)
          if "。！？!?".contains(ch) { flush() }
        }
        offset += 1
      }
      flush()
      return result
    }
    // Terminators, line breaks of every kind, wide and narrow spaces, a mark combined onto a terminator or a
    // space, and a joined emoji (one character of several scalars).
    let pieces = [
      "示例", "县", "。", "！", "？", "!", "?", "\n", "\r\n", "\r", "\u{2028}", "\u{85}", " ", "\u{3000}", "\t",
      "\u{301}", "a", "1", "👩‍⚖️", "，", "“", "”", "、", "（", "‼", "\u{200D}", "\u{FE0F}", "\u{FF9E}", "ｶ", "é",
    ]
    // Every other text made of pieces the scalar reading takes, so that both readings are compared.
    let characterwise = pieces.filter { ReportProse.splitByScalars($0) != nil }
    #expect(characterwise.count < pieces.count)
    var random = SeededRandom(seed: 2025)
    for round in 0..<1000 {
      let from = round.isMultiple(of: 2) ? pieces : characterwise
      let length = Int.random(in: 0...40, using: &random)
      let text = (0..<length).map { _ in from[Int.random(in: from.indices, using: &random)] }.joined()
      let fast = ReportProse.split(text)
      let plain = plainSplit(text)
      #expect(fast.map(\.text) == plain.map(\.text), "\(text.debugDescription)")
      #expect(fast.map(\.offset) == plain.map(\.offset), "\(text.debugDescription)")
    }
  }

  /// The scalar reading of `split` takes each scalar it accepts for a character: every pair of them must be two
  /// characters (CR LF aside), and each must be one on its own.
  @Test func scalarsReadAsCharactersAreCharacters() {
    let ranges: [ClosedRange<UInt32>] = [
      0x00...0xFF, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFFEF, 0x4E00...0x4E0F, 0x9FF0...0x9FFF,
      0x3400...0x3403,
    ]
    let accepted = ranges.joined().compactMap(Unicode.Scalar.init).filter(ReportProse.isAlwaysCharacter)
    #expect(accepted.count > 400)
    var joined: [String] = []
    for first in accepted {
      for second in accepted where !(first == "\r" && second == "\n") {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        if String(pair).count != 2 {
          joined.append("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
        }
      }
    }
    #expect(joined.isEmpty, "\(joined.prefix(10))")
    #expect(ReportProse.splitByScalars("示例县完成清理。复核2件！\r\n“新增”（3件）") != nil)
    #expect(ReportProse.splitByScalars("e\u{301}。") == nil)
  }

  @Test func stockPhrasesAreMaskedNotRemovedAndLongestWins() {
    let stock = StockPhraseMatcher(["坚持以习近平", "坚持以习近平法治思想为指导", "为"])
    let text = ComparableText("示例县坚持以习近平法治思想为指导，完成清理。", stockPhrases: stock)
    #expect(text.key == "示例县坚持以习近平法治思想为指导完成清理")
    #expect(text.stockOccurrences == 1)
    #expect(text.countedCharacters == 7)  // 示例县 + 完成清理; a one-character phrase is ignored
    #expect(text.masked.prefix(4) == [false, false, false, true])
  }

  /// Texts whose characters are single scalars are masked by comparing scalars; the result must be the
  /// character comparison's, on random text over the catalog's own phrases.
  @Test func scalarMaskingIsCharacterMasking() throws {
    let catalog = try Fixtures.catalog()
    let phrases = catalog.stockPhrases + catalog.hollowPhrases + catalog.slogans
    let matcher = StockPhraseMatcher(phrases)
    var none: [Bool] = []
    // The catalog's phrases are all ideographs, letters and digits: the fast path is the one in use.
    #expect(matcher.mask(scalars: [], into: &none) == 0)
    var random = SeededRandom(seed: 9704)
    let pieces = phrases + ["示例县", "依法", "12", "行政", "a", "执法"]
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 0...12, using: &random))
        .map { _ in pieces[Int.random(in: pieces.indices, using: &random)] }.joined()
      let characters = TextKey.characters(text)
      var byCharacter = Array(repeating: false, count: characters.count)
      let found = matcher.mask(characters, into: &byCharacter)
      let comparable = ComparableText(text, stockPhrases: matcher)
      #expect(comparable.characters == characters)
      #expect(comparable.stockOccurrences == found, "\(text)")
      #expect(comparable.masked == byCharacter, "\(text)")
      let counts = ComparableText.counts(text, stockPhrases: matcher)
      #expect(counts.characters == characters.count && counts.stockOccurrences == found)
      #expect(counts.countedCharacters == comparable.countedCharacters, "\(text)")
    }
    // Counted through a ComparableText when the key's characters are not single scalars.
    let marked = ComparableText.counts("示例县e\u{301}", stockPhrases: matcher)
    #expect(marked == ComparableText.Counts(characters: 4, countedCharacters: 4, stockOccurrences: 0))
    // A phrase with a combining mark is matched by characters only.
    var masked = [false, false]
    #expect(StockPhraseMatcher(["e\u{301}x", "依法"]).mask(scalars: ["依", "法"], into: &masked) == nil)
  }

  /// The matcher's first-scalar test answers as a `Set` of the same scalars does, in the Basic Multilingual Plane
  /// and beyond it.
  @Test func scalarSetIsASet() {
    var random = SeededRandom(seed: 1204)
    var set = ScalarSet()
    var plain = Set<Unicode.Scalar>()
    for _ in 0..<3000 {
      guard let scalar = Unicode.Scalar(UInt32(random.next() % 0x2_0000)) else { continue }
      set.insert(scalar)
      plain.insert(scalar)
    }
    let wrong = (UInt32(0)..<0x2_0000).compactMap(Unicode.Scalar.init).filter { set.contains($0) != plain.contains($0) }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    #expect(plain.count > 2000)
  }

  @Test func shinglesNeverSpanAMaskedCharacter() {
    let stock = StockPhraseMatcher(["全面落实"])
    let plain = ComparableText("推进体系建设", stockPhrases: StockPhraseMatcher([]))
    #expect(plain.shingles(size: 3).count == 4)
    let masked = ComparableText("推进全面落实建设", stockPhrases: stock)
    #expect(masked.shingles(size: 2) == [ComparableText.hash(Array("推进")), ComparableText.hash(Array("建设"))])
    #expect(masked.shingles(size: 3).isEmpty)
  }

  @Test func sentencesCarryPartSectionAndPlace() throws {
    let report = Report(
      metadata: ReportMetadata(jurisdiction: "示例县", year: 2025), preamble: "示例县坚持依法行政。全年完成清理。",
      nextYearPlans: [Item(title: "推进执法", text: "将推进执法监督。")])
    let catalog = try Fixtures.catalog()
    let prose = ReportProse(report, catalog: catalog, stockPhrases: StockPhraseMatcher(catalog.stockPhrases))
    #expect(prose.sentences.map(\.text) == ["示例县坚持依法行政。", "全年完成清理。", "将推进执法监督。"])
    #expect(prose.sentences.map(\.part) == [.preamble, .preamble, .part(.nextYear)])
    #expect(prose.sentences.map(\.paragraph) == [0, 0, 1])
    #expect(prose.sentences[1].place == "导语 第2句")
    #expect(prose.sentences[2].section.hasSuffix(" › 推进执法"))
    #expect(prose.comparable.count == prose.sentences.count)
  }
}
