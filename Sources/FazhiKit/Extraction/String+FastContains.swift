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
    guard !needle.isEmpty, let range = range(ofLast: needle) else { return nil }
    return self[range.upperBound...].count
  }

  private func range(ofLast needle: String) -> Range<String.Index>? {
    guard fastContains(needle) else { return nil }
    var index = endIndex
    let count = needle.count
    // Walk back over characters; labels are short (a clause), so this stays cheap.
    var chars: [Character] = []
    chars.reserveCapacity(self.count)
    chars.append(contentsOf: self)
    let pattern = Array(needle)
    var i = chars.count - count
    while i >= 0 {
      if chars[i] == pattern[0] && Array(chars[i..<(i + count)]) == pattern {
        let start = self.index(startIndex, offsetBy: i)
        index = self.index(start, offsetBy: count)
        return start..<index
      }
      i -= 1
    }
    return nil
  }
}
