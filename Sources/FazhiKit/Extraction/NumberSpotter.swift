import Foundation

/// 数字角色：what a number in prose is (`QuantityMatch.Role`, restated so extraction's internals stay in one place).
public enum NumberRole: String, Sendable, Hashable, Codable {
  case value
  case changeIncrease
  case changeDecrease
  case rangeFrom
  case rangeTo
  case ordinal
  case fixedExpression
  case date
  case year
}

/// A number found in a line of prose.
struct SpottedNumber: Sendable, Hashable {
  /// Character offsets of the whole expression (approximation words and unit included).
  var range: Range<Int>
  /// Offset where the numeral itself starts (after 约/近/超 …).
  var numeralStart: Int
  var quantity: Quantity
  var role: NumberRole
  var raw: String
}

/// 数字识别的接缝：the single place extraction asks for numbers in prose. Delegates to `QuantityScanner`
/// (Numbers/), which already counts in the Unicode-scalar offsets the extraction code works in.
enum NumberSpotter {
  static func scan(_ text: String) -> [SpottedNumber] { scan(scalars: Array(scalarsOf: text)) }

  static func scan(scalars: [Unicode.Scalar]) -> [SpottedNumber] {
    var result: [SpottedNumber] = []
    var end = 0
    // In order and without overlap: a match starting inside the previous one is dropped.
    for match in QuantityScanner.scan(scalars: scalars) where match.range.lowerBound >= end {
      end = match.range.upperBound
      result.append(
        SpottedNumber(
          range: match.range, numeralStart: match.range.lowerBound, quantity: match.quantity,
          role: NumberRole(rawValue: match.role.rawValue) ?? .fixedExpression,
          raw: String(scalars: scalars[match.range])))
    }
    return result
  }
}
