#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension StringProtocol {
  /// Exact substring test on UTF-8 bytes. Foundation's `contains(_:)` goes through locale-aware NSString search,
  /// which dominated extraction time; reports need no normalisation beyond what `TextKey` already does.
  func fastContains(_ needle: some StringProtocol) -> Bool {
    // Reads both strings' UTF-8 in place when they are stored contiguously (no String copies, no mutable
    // copies for withUTF8): most calls compare short keys, where that overhead outweighed the search.
    if let found = utf8.withContiguousStorageIfAvailable({ haystack in
      needle.utf8.withContiguousStorageIfAvailable { Self.contains(haystack, $0) }
    }), let found {
      return found
    }
    var haystack = String(self)
    var pattern = String(needle)
    return haystack.withUTF8 { h in pattern.withUTF8 { n in Self.contains(h, n) } }
  }

  private static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
    if n.count == 0 { return true }
    guard n.count <= h.count, let hb = h.baseAddress, let nb = n.baseAddress else { return false }
    // Jump with memchr to the needle's last byte, then compare: CJK UTF-8 shares a few lead bytes, so the
    // former first-byte scan stopped at nearly every character; the last (continuation) byte varies more.
    let count = n.count
    let lastByte = Int32(n[count - 1])
    let base = UnsafeRawPointer(hb)
    var p = count - 1
    while p < h.count {
      guard let found = memchr(base + p, lastByte, h.count - p) else { return false }
      let index = base.distance(to: UnsafeRawPointer(found))
      if memcmp(base + (index - count + 1), nb, count) == 0 { return true }
      p = index + 1
    }
    return false
  }
}

extension String {
  /// Characters after the end of the last occurrence of `needle`, nil when it does not occur.
  func gapAfterLastOccurrence(of needle: String) -> Int? {
    func gap(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
      let count = n.count
      guard count > 0, count <= h.count, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
      // Candidate ends from the last one back; the needle's last byte (a continuation byte in CJK text, which
      // varies more than lead bytes) is tested before the whole needle.
      let lastByte = n[count - 1]
      var end = h.count
      while end >= count {
        if h[end - 1] == lastByte && memcmp(hb + (end - count), nb, count) == 0 {
          // Count the characters after the match (UTF-8 continuation bytes are not character starts).
          var characters = 0
          for index in end..<h.count where h[index] & 0xC0 != 0x80 { characters += 1 }
          return characters
        }
        end -= 1
      }
      return nil
    }
    // Outer nil: one of the strings is not stored contiguously; inner: the answer.
    let inPlace: Int?? =
      utf8.withContiguousStorageIfAvailable { haystack in
        needle.utf8.withContiguousStorageIfAvailable { gap(haystack, $0) }
      } ?? nil
    if let answer = inPlace { return answer }
    var haystack = self
    var pattern = needle
    return haystack.withUTF8 { h in pattern.withUTF8 { n in gap(h, n) } }
  }
}
