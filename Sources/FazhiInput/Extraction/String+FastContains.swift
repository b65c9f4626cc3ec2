import FazhiCore

extension StringProtocol {
  /// Exact substring test on UTF-8 bytes. Foundation's `contains(_:)` goes through locale-aware NSString search,
  /// which dominated extraction time; reports need no normalisation beyond what `TextKey` already does.
  package func fastContains(_ needle: some StringProtocol) -> Bool {
    // Reads both strings' UTF-8 in place when they are stored contiguously (no String copies, no mutable
    // copies for withUTF8): most calls compare short keys, where that overhead outweighed the search.
    if let found = utf8.withContiguousStorageIfAvailable({ haystack in
      needle.utf8.withContiguousStorageIfAvailable { LiteralSearch.contains(haystack, $0) }
    }), let found {
      return found
    }
    var haystack = String(self)
    var pattern = String(needle)
    return haystack.withUTF8 { h in pattern.withUTF8 { n in LiteralSearch.contains(h, n) } }
  }
}
