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
