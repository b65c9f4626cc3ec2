import Foundation

/// 报告正文：a report's prose split into paragraphs and sentences, in reading order, for reuse detection.
package struct ReportProse: Sendable {
  package struct Paragraph: Sendable {
    package var part: ProsePart
    package var section: String
    package var location: TextLocation?
    package var text: String
  }

  package var paragraphs: [Paragraph] = []
  package var sentences: [TextSentence] = []
  /// Normalized form of each sentence, parallel to `sentences`.
  package var comparable: [ComparableText] = []

  package init(_ report: Report, catalog: Catalog, stockPhrases: StockPhraseMatcher) {
    func title(_ part: ReportPart) -> String { catalog.part(part).heading }
    if let preamble = report.preamble { add(.preamble, "导语", nil, preamble) }
    for area in report.achievements {
      let base = "\(title(.achievements)) › \(area.title)"
      if let summary = area.summary { add(.part(.achievements), "\(base) › 概述", area.location, summary) }
      for (n, item) in area.items.enumerated() {
        add(
          .part(.achievements), "\(base) › \(ReportProse.itemLabel(item, n))", item.location ?? area.location,
          item.text)
      }
    }
    for (n, item) in report.firstResponsible.enumerated() {
      add(
        .part(.firstResponsible), "\(title(.firstResponsible)) › \(ReportProse.itemLabel(item, n))", item.location,
        item.text)
    }
    for (n, s) in report.shortcomings.enumerated() {
      add(.part(.shortcomings), "\(title(.shortcomings)) › 第\(n + 1)条不足", s.location, s.problem)
      if let cause = s.cause {
        add(.part(.shortcomings), "\(title(.shortcomings)) › 第\(n + 1)条原因", s.location, cause)
      }
    }
    for (n, item) in report.nextYearPlans.enumerated() {
      add(.part(.nextYear), "\(title(.nextYear)) › \(ReportProse.itemLabel(item, n))", item.location, item.text)
    }
    for (n, item) in report.otherMatters.enumerated() {
      add(.part(.other), "\(title(.other)) › \(ReportProse.itemLabel(item, n))", item.location, item.text)
    }

    func add(_ part: ProsePart, _ section: String, _ location: TextLocation?, _ text: String) {
      let paragraph = paragraphs.count
      paragraphs.append(Paragraph(part: part, section: section, location: location, text: text))
      for (index, piece) in ReportProse.split(text).enumerated() {
        let comparableText = ComparableText(piece.text, stockPhrases: stockPhrases)
        sentences.append(
          TextSentence(
            id: sentences.count, part: part, section: section, paragraph: paragraph, sentenceIndex: index + 1,
            offset: piece.offset, location: location, text: piece.text,
            countedCharacters: comparableText.countedCharacters))
        comparable.append(comparableText)
      }
    }
  }

  package static func itemLabel(_ item: Item, _ n: Int) -> String {
    if let t = item.title, !t.isEmpty { return t }
    return "第\(n + 1)段"
  }

  /// Sentences end at 。！？!? or a line break; the terminator stays with its sentence. Offsets count characters
  /// from the start of `text`; each sentence is trimmed of white space, and one left empty is skipped.
  package static func split(_ text: String) -> [(offset: Int, text: String)] {
    splitByScalars(text) ?? splitByCharacters(text)
  }

  /// `split` read character by character: the definition, for any text.
  static func splitByCharacters(_ text: String) -> [(offset: Int, text: String)] {
    let sentences = sentences(
      of: text, leadOf: { piece in piece.prefix { $0.unicodeScalars.allSatisfy(Whitespace.isWhitespaceOrNewline) }.count }
    ) { index in
      let character = text[index]
      return (text.index(after: index), character.isNewline, isSentenceEnd(character))
    }
    // Every character is a unit: the reading is never refused.
    return sentences ?? []
  }

  /// `split` read scalar by scalar, for a text where each scalar is a character of its own (`isAlwaysCharacter`)
  /// but for CR LF, one line break: nearly every report. Finding the characters of the text (grapheme breaking)
  /// made `splitByCharacters` a third of `duplicate_text`. Nil for any other text.
  static func splitByScalars(_ text: String) -> [(offset: Int, text: String)]? {
    let scalars = text.unicodeScalars
    // A sentence holds no line break, so its leading white space is one character per scalar.
    return sentences(of: text, leadOf: { $0.unicodeScalars.prefix(while: Whitespace.isWhitespace).count }) { index in
      let scalar = scalars[index]
      guard isAlwaysCharacter(scalar) else { return nil }
      var next = scalars.index(after: index)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
      return (next, Whitespace.isNewline(scalar), isSentenceEnd(scalar))
    }
  }

  /// The one reading behind both: `unit(i)` reads the character at `i` — where the next one starts, whether it is
  /// a line break, whether it ends a sentence — or refuses the text (nil). `leadOf` counts the characters of white
  /// space a sentence starts with. Offsets count characters from the start of `text`.
  private static func sentences(
    of text: String, leadOf: (Substring) -> Int,
    unit: (String.Index) -> (next: String.Index, isBreak: Bool, isEnd: Bool)?
  ) -> [(offset: Int, text: String)]? {
    var result: [(offset: Int, text: String)] = []
    // The sentence being read begins at `start`, the `startOffset`-th character.
    var start = text.startIndex
    var startOffset = 0
    func flush(upTo end: String.Index) {
      let piece = text[start..<end]
      // Core's one notion of white space (Foundation's trimmingCharacters took 8% of validate).
      let trimmed = Whitespace.trimIncludingNewlines(piece)
      guard !trimmed.isEmpty else { return }
      result.append((startOffset + leadOf(piece), trimmed))
    }
    var offset = 0
    var index = text.startIndex
    while index < text.endIndex {
      guard let (next, isBreak, isEnd) = unit(index) else { return nil }
      offset += 1
      // A line break ends the sentence and belongs to none; a terminator ends it and stays with it.
      if isBreak || isEnd {
        flush(upTo: isBreak ? index : next)
        start = next
        startOffset = offset
      }
      index = next
    }
    flush(upTo: text.endIndex)
    return result
  }

  /// A scalar that is a character of its own whatever stands around it, CR before LF aside: it neither extends
  /// the character before it (no combining mark, joiner or variation selector) nor starts one that the next
  /// scalar extends (no prepended mark, Hangul jamo or regional indicator). ASCII and Latin-1 punctuation,
  /// Chinese characters, CJK and general punctuation and the full-width forms: the characters of a report.
  package static func isAlwaysCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x7F, 0xA0...0xBF, 0xD7, 0xF7: true
    case 0x2010...0x2027, 0x2030...0x205E: true  // dashes, quotes, …, ‰, ※
    case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation (U+302A–302F are combining tone marks)
    case 0xFF01...0xFF65: true  // full-width ASCII and half-width CJK punctuation (not the sound marks FF9E–FF9F)
    default: scalar.isHan
    }
  }

  /// 。！？!? as one scalar.
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "!", "?": true
    default: false
    }
  }

  /// 。！？!? on their own: a mark combined onto one makes another character, which does not end a sentence.
  /// Compared as one scalar (comparing `Character`s normalises both, which made this test a tenth of validate).
  static func isSentenceEnd(_ character: Character) -> Bool {
    let scalars = character.unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
    return isSentenceEnd(first)
  }
}
