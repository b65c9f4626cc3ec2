extension StringProtocol {
  /// Exact substring test on UTF-8 bytes. Foundation's `contains(_:)` goes through locale-aware NSString search,
  /// which dominated extraction time; reports need no normalisation beyond what `TextKey` already does.
  func fastContains(_ needle: some StringProtocol) -> Bool {
    var haystack = String(self)
    var pattern = String(needle)
    return haystack.withUTF8 { h in
      pattern.withUTF8 { n in
        let count = n.count
        if count == 0 { return true }
        guard count <= h.count else { return false }
        let first = n[0]
        var i = 0
        let last = h.count - count
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < count && h[i + k] == n[k] { k += 1 }
            if k == count { return true }
          }
          i += 1
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
