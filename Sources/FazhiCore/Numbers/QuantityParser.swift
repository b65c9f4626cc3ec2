import Foundation

/// 数值解析：reads one whole scalar as a user types it in YAML or as an extracted figure.
///
/// Accepts `120`, `120件`, `97.2%`, `百分之九十七`, `3.5个百分点`, `4.3万余人次`, `约300`, `300左右`,
/// `1,100万`, `1.2亿元`, `两千`, `二十余次`, `２０２５`, `-3`. Multipliers are folded into the value and
/// writing issues are returned as notes; the function never throws.
public enum QuantityParser {
  /// The quantity in `text`, or why it is not one.
  ///
  /// In order: a sign, an approximation before the number (约), 百分之, the number, 余 (with a multiplier after
  /// it: 十余万), the unit, an approximation after it (左右), and nothing else but an unknown unit.
  public static func parse(_ text: String) -> Result<ParsedQuantity, QuantityParseError> {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return .failure(.empty) }
    var reading = Reading(ScalarText(trimmed))
    let negative = reading.readSign()
    reading.readApproximation(NumberLexicon.prefixes, markers: NumberLexicon.approximationPrefixes)
    if reading.source.match("百分之百", at: reading.i) == reading.source.endIndex {
      reading.notes.insert(.chineseNumerals)
      return .success(reading.quantity(negative ? -100 : 100, unit: "%"))
    }
    let percentWords = reading.skip("百分之")

    let token: NumeralToken
    switch reading.readNumeral(of: trimmed, negative: negative, percentWords: percentWords) {
    case .failure(let problem): return .failure(problem)
    case .success(let read): token = read
    }
    if percentWords { reading.notes.insert(.chineseNumerals) }
    var value = reading.readOver(after: token)

    var unit: String?
    if percentWords {
      unit = "%"
    } else {
      unit = reading.readUnit()
    }
    reading.readApproximation(NumberLexicon.suffixes, markers: NumberLexicon.approximationSuffixes)

    if let rest = reading.rest {
      if let problem = trailingProblem(rest, in: trimmed, token: token, hasUnit: unit != nil) {
        return .failure(problem)
      }
      unit = rest
      reading.notes.insert(.unrecognisedUnit)
    }
    if negative { value = -value }
    return .success(reading.quantity(value, unit: unit))
  }

  /// Why text left after the figure makes it no quantity: more digits or numerals (mixed scripts), or text that
  /// is no unit; nil when it reads as a unit we do not know.
  static func trailingProblem(_ rest: String, in text: String, token: NumeralToken, hasUnit: Bool)
    -> QuantityParseError?
  {
    if rest.unicodeScalars.contains(where: { NumeralReader.isArabicDigit($0) || ChineseNumeral.isNumeralCharacter($0) })
    {
      if token.script == .arabic && rest.unicodeScalars.contains(where: { ChineseNumeral.digitValue($0) != nil }) {
        return .mixedNumerals(text)
      }
      return .trailingText(text, rest: rest)
    }
    guard !hasUnit, isUnitLike(rest) else { return .trailingText(text, rest: rest) }
    return nil
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
