import Foundation

/// 数字角色：what a number in prose is (mirrors `QuantityScanner`'s roles on branch `numbers`).
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

/// 数字识别的接缝：the single place extraction asks for numbers in prose.
///
/// Branch `numbers` is writing `QuantityScanner` (ChineseNumeral, QuantityParser) for the whole package; until it
/// is merged this delegates to `InterimNumberScanner`, a character scanner written to the same role set. When
/// `numbers` lands, this body becomes a call to `QuantityScanner` and the interim scanner is deleted.
enum NumberSpotter {
  static func scan(_ chars: [Character]) -> [SpottedNumber] {
    InterimNumberScanner.scan(chars)
  }
}
