import Foundation

extension QuantityParser {
  /// A cursor over the text being parsed, with the writing notes and the approximation found so far. Each
  /// `read…` step moves past what it read and the spaces after it.
  struct Reading {
    let source: ScalarText
    var i: ScalarText.Index
    var notes = NoteList()
    var approximation: Quantity.Approximation?

    init(_ source: ScalarText) {
      self.source = source
      i = source.startIndex
    }

    /// The first approximation marker counts; a second one (约300余) is noted as redundant.
    mutating func approximate(_ marker: Quantity.Approximation) {
      if approximation == nil { approximation = marker } else { notes.insert(.redundantApproximation) }
    }

    /// A leading sign, full-width ones noted; true when it makes the value negative.
    mutating func readSign() -> Bool {
      guard let sign = source[i], sign == "-" || sign == "−" || sign == "－" || sign == "+" || sign == "＋" else {
        return false
      }
      if sign == "－" || sign == "＋" { notes.insert(.fullWidthPunctuation) }
      i = source.skipSpaces(from: source.after(i))
      return sign != "+" && sign != "＋"
    }

    /// An approximation word of `words` (约, 近 before the number; 左右, 以上 after it).
    mutating func readApproximation(_ words: WordList, markers: [String: Quantity.Approximation]) {
      guard let word = source.longestMatch(words, at: i), let marker = markers[word.word] else { return }
      approximate(marker)
      i = source.skipSpaces(from: word.end)
    }

    /// Moves past `word` when the text continues with it.
    mutating func skip(_ word: String) -> Bool {
      guard let end = source.match(word, at: i) else { return false }
      i = end
      return true
    }

    /// The number itself, its notes taken over; a Chinese decimal is refused with the Arabic spelling to use.
    mutating func readNumeral(of text: String, negative: Bool, percentWords: Bool)
      -> Result<NumeralToken, QuantityParseError>
    {
      switch NumeralReader.read(source, at: i, strict: true) {
      case nil:
        return .failure(.notANumber(text))
      case .failure(.multipleDecimalPoints):
        return .failure(.multipleDecimalPoints(text))
      case .failure(.malformedGrouping):
        return .failure(.malformedGrouping(text))
      case .failure(.chineseDecimal(let value, let end)):
        let rest = source.text(end..<source.endIndex).trimmingCharacters(in: .whitespaces)
        let unit = percentWords ? "%" : NumberLexicon.canonicalUnit(rest)
        return .failure(.chineseDecimal(text, suggestion: (negative ? "-" : "") + value.plainText + unit))
      case .success(let token):
        notes.formUnion(token.notes)
        i = source.skipSpaces(from: token.end)
        return .success(token)
      }
    }

    /// 200余人次, 十余万: 余 makes the figure approximate, and a multiplier after it is folded into the value.
    mutating func readOver(after token: NumeralToken) -> Decimal {
      var value = token.value
      guard let over = source.longestMatch(NumberLexicon.overWords, at: i) else { return value }
      approximate(.over)
      i = over.end
      if !token.hasBigMultiplier, let scalar = source[i], let multiplier = ChineseNumeral.bigUnitValue(scalar) {
        value *= multiplier
        i = source.after(i)
      }
      i = source.skipSpaces(from: i)
      return value
    }

    /// A known unit in its canonical spelling (％ and 个百分点 noted).
    mutating func readUnit() -> String? {
      guard let word = source.longestMatch(NumberLexicon.units, at: i) else { return nil }
      let unit = NumberLexicon.canonicalUnit(word.word)
      if word.word == "％" { notes.insert(.fullWidthPercent) }
      if unit == "个百分点" { notes.insert(.percentagePoints) }
      i = source.skipSpaces(from: word.end)
      return unit
    }

    /// What is left unread, if anything.
    var rest: String? { i < source.endIndex ? source.text(i..<source.endIndex) : nil }

    func quantity(_ value: Decimal, unit: String?) -> ParsedQuantity {
      ParsedQuantity(quantity: Quantity(value: value, unit: unit, approximation: approximation), notes: notes.notes)
    }
  }
}
