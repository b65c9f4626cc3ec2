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
/// (Numbers/) and converts its string-index ranges to the Unicode-scalar offsets the extraction code works in.
enum NumberSpotter {
  static func scan(_ text: String) -> [SpottedNumber] {
    let scalars = text.unicodeScalars
    var result: [SpottedNumber] = []
    // Ranges come in order, so offsets are counted incrementally: linear in the text.
    var index = scalars.startIndex
    var offset = 0
    for match in QuantityScanner.scan(text) {
      guard match.range.lowerBound >= index else { continue }
      offset += scalars.distance(from: index, to: match.range.lowerBound)
      let start = offset
      let length = scalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
      index = match.range.upperBound
      offset += length
      let role = NumberRole(rawValue: match.role.rawValue) ?? .fixedExpression
      result.append(
        SpottedNumber(
          range: start..<(start + length), numeralStart: start, quantity: match.quantity, role: role,
          raw: String(text[match.range])))
    }
    return result
  }
}
