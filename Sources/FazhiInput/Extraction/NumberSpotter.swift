import Foundation
import FazhiCore

/// 数字角色：what a number in prose is; the number scanner's own roles.
public typealias NumberRole = QuantityMatch.Role

/// A number found in a line of prose.
struct SpottedNumber: Sendable, Hashable {
  /// Scalar offsets of the whole expression (approximation words and unit included).
  var range: Range<Int>
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
          range: match.range, quantity: match.quantity, role: match.role, raw: String(scalars: scalars[match.range])))
    }
    return result
  }
}
