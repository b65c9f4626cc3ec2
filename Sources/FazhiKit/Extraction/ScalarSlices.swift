/// Extraction works on arrays of Unicode scalars: indexing and slicing are O(1) and no grapheme breaking is
/// needed (report text has no combining sequences that change where a sentence or clause ends).
extension String {
  /// A string made of `scalars`, built through UTF-8 in one allocation.
  init(scalars: some Collection<Unicode.Scalar>) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

extension Unicode.Scalar {
  /// The characters Foundation's `CharacterSet.whitespaces` holds: space separators and tab.
  var isHorizontalWhitespace: Bool {
    value == 0x09 || value == 0x20 || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
  }

  /// 0…9 for ASCII and full-width digits.
  var digitValue: Int? {
    if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
    if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
    return nil
  }
}

extension ArraySlice where Element == Unicode.Scalar {
  /// Drops horizontal whitespace at both ends.
  func trimmingWhitespace() -> ArraySlice<Unicode.Scalar> {
    var s = self
    while let first = s.first, first.isHorizontalWhitespace { s.removeFirst() }
    while let last = s.last, last.isHorizontalWhitespace { s.removeLast() }
    return s
  }

  func hasPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
    prefix.count <= count && zip(self, prefix).allSatisfy { $0 == $1 }
  }

  func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
    suffix.count <= count && zip(self[(endIndex - suffix.count)...], suffix).allSatisfy { $0 == $1 }
  }
}
