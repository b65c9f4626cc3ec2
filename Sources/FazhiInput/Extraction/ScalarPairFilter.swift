/// The pairs of adjacent Unicode scalars a text holds, as a 4,096-bit filter. A needle of two or more scalars occurs
/// in the text only if the pair it opens with is in the filter (a match of UTF-8 bytes starts and ends on scalar
/// boundaries), so one bit test rules out most of the catalog's names before a search. It never rules out a needle
/// that occurs: a set bit only means "search".
///
/// Matching an achievements heading to its area searched every area's aliases and keywords in the heading and its
/// text, for every heading: in a report of many 一是…十是… items, each an area, that was a third of extraction.
struct ScalarPairFilter: Sendable {
  private var words = [UInt64](repeating: 0, count: 64)

  init(_ text: some StringProtocol) {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if let previous {
        let slot = Self.slot(previous, scalar)
        words[slot >> 6] |= 1 << UInt64(slot & 63)
      }
      previous = scalar
    }
  }

  /// False only when `needle` (its `opening`) cannot occur in the filtered text.
  func mayContain(opening slot: Int?) -> Bool {
    guard let slot else { return true }
    return words[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  /// The slot of the pair a needle opens with; nil for a needle of fewer than two scalars, which the filter cannot
  /// rule out.
  static func opening(_ needle: some StringProtocol) -> Int? {
    var scalars = needle.unicodeScalars.makeIterator()
    guard let first = scalars.next(), let second = scalars.next() else { return nil }
    return slot(first, second)
  }

  /// 12 bits of a multiplicative hash of the two scalars.
  private static func slot(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
    let pair = UInt64(first.value) << 21 | UInt64(second.value)
    return Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 52)
  }
}
