import Foundation

/// 数值解析：reads one whole scalar as a user types it in YAML or as an extracted figure.
///
/// Accepts `120`, `120件`, `97.2%`, `百分之九十七`, `3.5个百分点`, `4.3万余人次`, `约300`, `300左右`,
/// `1,100万`, `1.2亿元`, `两千`, `二十余次`, `２０２５`, `-3`. Multipliers are folded into the value and
/// writing issues are returned as notes; the function never throws.
public enum QuantityParser {
  /// The quantity in `text`, or why it is not one.
  public static func parse(_ text: String) -> Result<ParsedQuantity, QuantityParseError> {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return .failure(.empty) }
    let source = ScalarText(trimmed)
    var i = source.startIndex
    var notes = NoteList()
    var approximation: Quantity.Approximation?
    func approximate(_ marker: Quantity.Approximation) {
      if approximation == nil { approximation = marker } else { notes.insert(.redundantApproximation) }
    }

    var negative = false
    if let sign = source[i], sign == "-" || sign == "−" || sign == "－" || sign == "+" || sign == "＋" {
      negative = sign != "+" && sign != "＋"
      if sign == "－" || sign == "＋" { notes.insert(.fullWidthPunctuation) }
      i = source.skipSpaces(from: source.after(i))
    }
    if let prefix = source.longestMatch(NumberLexicon.prefixes, at: i),
      let marker = NumberLexicon.approximationPrefixes[prefix.word]
    {
      approximate(marker)
      i = source.skipSpaces(from: prefix.end)
    }
    if source.match("百分之百", at: i) == source.endIndex {
      notes.insert(.chineseNumerals)
      return .success(
        ParsedQuantity(
          quantity: Quantity(value: negative ? -100 : 100, unit: "%", approximation: approximation), notes: notes.notes)
      )
    }
    var percentWords = false
    if let end = source.match("百分之", at: i) {
      percentWords = true
      i = end
    }

    let token: NumeralToken
    switch NumeralReader.read(source, at: i, strict: true) {
    case nil:
      return .failure(.notANumber(trimmed))
    case .failure(.multipleDecimalPoints):
      return .failure(.multipleDecimalPoints(trimmed))
    case .failure(.malformedGrouping):
      return .failure(.malformedGrouping(trimmed))
    case .failure(.chineseDecimal(let value, let end)):
      let rest = source.text(end..<source.endIndex).trimmingCharacters(in: .whitespaces)
      let unit = percentWords ? "%" : NumberLexicon.canonicalUnit(rest)
      return .failure(.chineseDecimal(trimmed, suggestion: (negative ? "-" : "") + value.plainText + unit))
    case .success(let read):
      token = read
    }
    notes.formUnion(token.notes)
    if percentWords { notes.insert(.chineseNumerals) }
    var value = token.value
    i = source.skipSpaces(from: token.end)

    // 200余人次, 十余万
    if let over = source.longestMatch(NumberLexicon.overWords, at: i) {
      approximate(.over)
      i = over.end
      if !token.hasBigMultiplier, let scalar = source[i], let multiplier = ChineseNumeral.bigUnitValue(scalar) {
        value *= multiplier
        i = source.after(i)
      }
      i = source.skipSpaces(from: i)
    }

    var unit: String?
    if percentWords {
      unit = "%"
    } else if let word = source.longestMatch(NumberLexicon.units, at: i) {
      unit = NumberLexicon.canonicalUnit(word.word)
      if word.word == "％" { notes.insert(.fullWidthPercent) }
      if unit == "个百分点" { notes.insert(.percentagePoints) }
      i = source.skipSpaces(from: word.end)
    }

    if let suffix = source.longestMatch(NumberLexicon.suffixes, at: i),
      let marker = NumberLexicon.approximationSuffixes[suffix.word]
    {
      approximate(marker)
      i = source.skipSpaces(from: suffix.end)
    }

    if i < source.endIndex {
      let rest = source.text(i..<source.endIndex)
      if rest.unicodeScalars.contains(where: {
        NumeralReader.isArabicDigit($0) || ChineseNumeral.isNumeralCharacter($0)
      }) {
        if token.script == .arabic
          && rest.unicodeScalars.contains(where: { ChineseNumeral.digitValue($0) != nil })
        {
          return .failure(.mixedNumerals(trimmed))
        }
        return .failure(.trailingText(trimmed, rest: rest))
      }
      guard unit == nil, isUnitLike(rest) else {
        return .failure(.trailingText(trimmed, rest: rest))
      }
      unit = rest
      notes.insert(.unrecognisedUnit)
    }

    if negative { value = -value }
    return .success(
      ParsedQuantity(quantity: Quantity(value: value, unit: unit, approximation: approximation), notes: notes.notes))
  }

  /// Short runs of letters or ideographs (斤, kg, 微克/立方米) that could be a unit we do not know.
  private static func isUnitLike(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.count <= 8 else { return false }
    return scalars.allSatisfy { scalar in
      scalar == "/" || (scalar.properties.isAlphabetic && !scalar.properties.isWhitespace)
    }
  }
}
