#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension StringProtocol {
  /// Exact substring test on UTF-8 bytes. Foundation's `contains(_:)` goes through locale-aware NSString search,
  /// which dominated extraction time; reports need no normalisation beyond what `TextKey` already does.
  func fastContains(_ needle: some StringProtocol) -> Bool {
    var haystack = String(self)
    var pattern = String(needle)
    return haystack.withUTF8 { h in
      pattern.withUTF8 { n in
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
  }
}

extension String {
  /// Characters after the end of the last occurrence of `needle`, nil when it does not occur.
  func gapAfterLastOccurrence(of needle: String) -> Int? {
    var haystack = self
    var pattern = needle
    let end: Int? = haystack.withUTF8 { h in
      pattern.withUTF8 { n in
        let count = n.count
        guard count > 0, count <= h.count else { return nil }
        var i = h.count - count
        while i >= 0 {
          if h[i] == n[0] {
            var k = 1
            while k < count && h[i + k] == n[k] { k += 1 }
            if k == count { return i + count }
          }
          i -= 1
        }
        return nil
      }
    }
    guard let end else { return nil }
    // Count the characters after the match (UTF-8 continuation bytes are not character starts).
    return haystack.withUTF8 { h in
      var characters = 0
      for index in end..<h.count where h[index] & 0xC0 != 0x80 { characters += 1 }
      return characters
    }
  }
}
