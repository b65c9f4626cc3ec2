import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-level substring tests that answer like Foundation's `range(of:)` wherever canonical equivalence cannot
/// change the answer — nearly all report prose — at a fraction of the cost (Foundation folds grapheme clusters
/// at every comparison).
package enum LiteralSearch {
  /// True when no scalar of `text` has a canonical decomposition or a non-zero combining class, so a substring
  /// canonically equivalent to a plain needle must hold the needle's exact bytes. Conservative: scalars outside
  /// the common Chinese-report ranges answer false.
  package static func isCanonicallyPlain(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isCanonicallyPlain(utf8:))
  }

  /// `isCanonicallyPlain` read from the UTF-8 bytes: ASCII, and the ideographs U+5000–9FFF (lead bytes E5–E9:
  /// most of a report), are decided from their lead byte; any other scalar is decoded and asked `isPlain`. Asked
  /// of every text and key several rules search or file, the scalar walk was a tenth of `duplicate_text`.
  static func isCanonicallyPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      if lead >= 0xE5 && lead <= 0xE9 {
        i += 3
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
      for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
      guard let scalar = Unicode.Scalar(value), isPlain(scalar) else { return false }
      i += length
    }
    return true
  }

  /// The definition for one scalar: no canonical decomposition and combining class 0, known for these ranges.
  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0xBF, 0xD7, 0xF7: true  // ASCII, Latin-1 punctuation, × ÷
    case 0x2010...0x2027, 0x2030...0x205E: true  // dashes, quotes, ‰ ※
    case 0x25A0...0x25FF: true  // geometric shapes (○ □)
    case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation (U+302A–302F combine)
    case 0xFF00...0xFFEF: true  // full-width and half-width forms (compatibility mappings only)
    default: scalar.isHan  // unified ideographs never decompose (compatibility ideographs are not Han here)
    }
  }

  /// True when the UTF-8 of `text` holds `byte` (a scan of the contiguous bytes: the generic
  /// `utf8.contains` costs tens of instructions a byte).
  package static func containsByte(_ byte: UInt8, in text: some StringProtocol) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
  }

  /// The UTF-8 offsets of every occurrence of an ASCII byte in `text` (an ASCII byte only ever encodes itself).
  package static func offsets(of byte: UInt8, in text: String) -> [Int] {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
      var offsets: [Int] = []
      for index in bytes.indices where bytes[index] == byte { offsets.append(index) }
      return offsets
    }
    if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(scan)
  }

  /// True when `text` contains `needle` as Foundation's `contains` would answer, by bytes wherever canonical
  /// equivalence cannot change the answer (both sides plain), through Foundation otherwise.
  package static func contains(_ text: String, _ needle: String) -> Bool {
    contains(text, needle, textIsPlain: isCanonicallyPlain(text))
  }

  /// `contains` for a caller that searches one text for many needles and has judged the text once.
  package static func contains(_ text: String, _ needle: String, textIsPlain: Bool) -> Bool {
    contains(text, Needle(needle), textIsPlain: textIsPlain)
  }

  /// A word searched for in many texts (a catalog word list): its bytes and whether it is plain, worked out once
  /// rather than at every search.
  package struct Needle: Sendable {
    package let text: String
    package let bytes: [UInt8]
    /// See `isCanonicallyPlain`: a plain needle's bytes decide whether plain text contains it.
    package let isPlain: Bool

    package init(_ text: String) {
      self.text = text
      bytes = Array(text.utf8)
      isPlain = LiteralSearch.isCanonicallyPlain(text)
    }
  }

  /// `contains` for a needle prepared once; `textIsPlain` as `isCanonicallyPlain(text)` answers.
  package static func contains(_ text: String, _ needle: Needle, textIsPlain: Bool) -> Bool {
    if textIsPlain && needle.isPlain { return containsBytes(text, needle.bytes) }
    return text.range(of: needle.text) != nil
  }

  /// Every non-overlapping occurrence of `needle` in `text`, first to last, as Foundation's repeated
  /// `range(of:range:)` finds them: by bytes when both are plain (a plain needle's bytes start and end on
  /// character boundaries of plain text), through Foundation otherwise. `textIsPlain` as for `contains`.
  package static func ranges(of needle: String, in text: String, textIsPlain: Bool) -> [Range<String.Index>] {
    ranges(of: Needle(needle), in: text, textIsPlain: textIsPlain)
  }

  /// `ranges(of:in:textIsPlain:)` for a needle prepared once.
  package static func ranges(of needle: Needle, in text: String, textIsPlain: Bool) -> [Range<String.Index>] {
    guard !needle.text.isEmpty else { return [] }
    guard textIsPlain && needle.isPlain else {
      var found: [Range<String.Index>] = []
      var searchStart = text.startIndex
      while let range = text.range(of: needle.text, range: searchStart..<text.endIndex) {
        found.append(range)
        searchStart = range.upperBound
      }
      return found
    }
    let pattern = needle.bytes
    func scan(_ haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
      pattern.withUnsafeBufferPointer { needle in
        var offsets: [Int] = []
        var from = 0
        while let offset = firstOffset(of: needle, in: haystack, from: from) {
          offsets.append(offset)
          from = offset + needle.count
        }
        return offsets
      }
    }
    var offsets = text.utf8.withContiguousStorageIfAvailable(scan)
    if offsets == nil {
      var copy = text
      offsets = copy.withUTF8(scan)
    }
    return (offsets ?? []).map { offset in
      let start = text.utf8.index(text.startIndex, offsetBy: offset)
      return start..<text.utf8.index(start, offsetBy: pattern.count)
    }
  }

  /// True when the UTF-8 bytes of `text` contain `needle`.
  package static func containsBytes(_ text: some StringProtocol, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    let search = { (haystack: UnsafeBufferPointer<UInt8>) in needle.withUnsafeBufferPointer { contains(haystack, $0) } }
    if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(search)
  }

  /// True when `haystack` contains the bytes of `needle`. Jumps with `memchr` to the needle's last byte:
  /// report text is mostly three-byte CJK sequences sharing a few lead bytes, so a first-byte scan stops at
  /// nearly every character, while the last (continuation) byte varies more.
  package static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    needle.isEmpty || firstOffset(of: needle, in: haystack, from: 0) != nil
  }

  /// The offset of the first occurrence of a non-empty `needle` in `haystack` at or after `from`, by the
  /// last-byte jump `contains` describes.
  static func firstOffset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    let count = needle.count
    guard count > 0, from + count <= haystack.count, let base = haystack.baseAddress, let pattern = needle.baseAddress
    else { return nil }
    let lastByte = Int32(needle[count - 1])
    var p = from + count - 1
    while p < haystack.count {
      guard let found = memchr(base + p, lastByte, haystack.count - p) else { return nil }
      let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      if memcmp(base + (index - count + 1), pattern, count) == 0 { return index - count + 1 }
      p = index + 1
    }
    return nil
  }
}
