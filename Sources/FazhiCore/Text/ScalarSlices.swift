/// Extraction works on arrays of Unicode scalars: indexing and slicing are O(1) and no grapheme breaking is
/// needed (report text has no combining sequences that change where a sentence or clause ends).
extension String {
  /// A string made of `scalars`, encoded into a scratch buffer and copied into storage of the exact UTF-8 length:
  /// a string keeps the capacity it was made with, and extraction keeps thousands of these, so room for four bytes
  /// a scalar held a third more than Chinese text needs (issue 10).
  ///
  /// Callers in other modules reach this generic function unspecialized, where every scalar read went through the
  /// collection's protocol witnesses (a sentence cost some 13,000 instructions); arrays and their slices, what
  /// extraction passes, are encoded from their contiguous storage instead, with the loop compiled for it.
  package init(scalars: some Collection<Unicode.Scalar>) {
    self =
      scalars.withContiguousStorageIfAvailable(String.init(scalarBuffer:))
      ?? Array(scalars).withUnsafeBufferPointer(String.init(scalarBuffer:))
  }

  private init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
      var count = 0
      for scalar in scalars {
        let v = scalar.value
        if v < 0x80 {
          buffer[count] = UInt8(v)
          count += 1
        } else if v < 0x800 {
          buffer[count] = UInt8(0xC0 | v >> 6)
          buffer[count + 1] = UInt8(0x80 | v & 0x3F)
          count += 2
        } else if v < 0x1_0000 {
          buffer[count] = UInt8(0xE0 | v >> 12)
          buffer[count + 1] = UInt8(0x80 | v >> 6 & 0x3F)
          buffer[count + 2] = UInt8(0x80 | v & 0x3F)
          count += 3
        } else {
          buffer[count] = UInt8(0xF0 | v >> 18)
          buffer[count + 1] = UInt8(0x80 | v >> 12 & 0x3F)
          buffer[count + 2] = UInt8(0x80 | v >> 6 & 0x3F)
          buffer[count + 3] = UInt8(0x80 | v & 0x3F)
          count += 4
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass (the unicode scalar view decodes and
  /// checks one scalar per call, and is counted once more to size the array).
  ///
  /// The array has room for one scalar per UTF-8 byte, three times what Chinese text needs: such arrays are for
  /// one line or paragraph at a time, never kept for a whole report (issue 10), and counting first cost time.
  package init(scalarsOf text: String) {
    var text = text
    self = text.withUTF8 { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
        var i = 0
        var count = 0
        while i < utf8.count {
          let lead = utf8[i]
          let value: UInt32
          if lead < 0x80 {
            value = UInt32(lead)
            i += 1
          } else if lead < 0xE0 {
            value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            i += 2
          } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            i += 3
          } else {
            value =
              UInt32(lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
              | UInt32(utf8[i + 3] & 0x3F)
            i += 4
          }
          // A String's UTF-8 is valid, so every value decoded from it is a scalar; the buffer has room for one
          // scalar per UTF-8 lead byte, so its base address exists whenever this loop runs.
          (buffer.baseAddress! + count).initialize(to: Unicode.Scalar(value)!)
          count += 1
        }
        initialized = count
      }
    }
  }
}

extension Unicode.Scalar {
  /// Tab and the space separators (Unicode category Zs). Close to Foundation's `CharacterSet.whitespaces`, which
  /// on Linux also holds U+200B; see `Whitespace.isWhitespace` where the two must agree.
  package var isHorizontalWhitespace: Bool {
    value == 0x09 || value == 0x20
      || (value >= 0x80 && value <= Self.lastSpace && properties.generalCategory == .spaceSeparator)
  }

  /// Unicode's White_Space property (`properties.isWhitespace`). No space or line separator lies past U+3000, the
  /// ideographic space, so Chinese characters are answered without reading the property tables.
  package var isWhiteSpaceProperty: Bool { value <= Self.lastSpace && properties.isWhitespace }

  /// U+3000 IDEOGRAPHIC SPACE, the last scalar with the White_Space property or in category Zs.
  static let lastSpace: UInt32 = 0x3000

  /// 0…9 for ASCII and full-width digits.
  package var digitValue: Int? {
    if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
    if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
    return nil
  }
}

extension ArraySlice where Element == Unicode.Scalar {
  /// Drops horizontal whitespace at both ends.
  package func trimmingWhitespace() -> ArraySlice<Unicode.Scalar> {
    var s = self
    while let first = s.first, first.isHorizontalWhitespace { s.removeFirst() }
    while let last = s.last, last.isHorizontalWhitespace { s.removeLast() }
    return s
  }

  // Index loops: the filler lists are tried against every figure's label, and zip's iterators cost more than
  // the comparisons.
  package func hasPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
    guard prefix.count <= count else { return false }
    var index = startIndex
    for scalar in prefix {
      if self[index] != scalar { return false }
      index += 1
    }
    return true
  }

  package func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
    guard suffix.count <= count else { return false }
    var index = endIndex - suffix.count
    for scalar in suffix {
      if self[index] != scalar { return false }
      index += 1
    }
    return true
  }
}
