/// Searches on slices of scalar values. Every function takes slices so that prefixes and suffixes of aliases
/// are views, not copies.
enum ScalarSearch {
  /// Two scalars as one integer key.
  @inline(__always) static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
    UInt64(first) << 32 | UInt64(second)
  }

  /// The first two scalars as a `pair`, nil when there are fewer.
  @inline(__always) static func leadingPair(_ text: ArraySlice<UInt32>) -> UInt64? {
    text.count >= 2 ? pair(text[text.startIndex], text[text.startIndex + 1]) : nil
  }

  /// The last two scalars as a `pair`, nil when there are fewer.
  @inline(__always) static func trailingPair(_ text: ArraySlice<UInt32>) -> UInt64? {
    text.count >= 2 ? pair(text[text.endIndex - 2], text[text.endIndex - 1]) : nil
  }

  static func hasPrefix(_ text: ArraySlice<UInt32>, _ prefix: ArraySlice<UInt32>) -> Bool {
    guard prefix.count <= text.count else { return false }
    var i = text.startIndex
    for value in prefix {
      if text[i] != value { return false }
      i += 1
    }
    return true
  }

  /// True when `needle` occurs in `text` (an empty needle always does).
  static func contains(_ text: ArraySlice<UInt32>, _ needle: ArraySlice<UInt32>) -> Bool {
    let count = needle.count
    guard count > 0 else { return true }
    guard count <= text.count else { return false }
    let first = needle[needle.startIndex]
    var i = text.startIndex
    let last = text.endIndex - count
    while i <= last {
      if text[i] == first && matches(text, at: i, needle) { return true }
      i += 1
    }
    return false
  }

  /// Scalars after the end of the last occurrence of `needle` in `text`, nil when it does not occur.
  static func gapAfterLastOccurrence(_ text: ArraySlice<UInt32>, _ needle: ArraySlice<UInt32>) -> Int? {
    let count = needle.count
    guard count > 0, count <= text.count else { return nil }
    let first = needle[needle.startIndex]
    var i = text.endIndex - count
    while i >= text.startIndex {
      if text[i] == first && matches(text, at: i, needle) { return text.endIndex - (i + count) }
      i -= 1
    }
    return nil
  }

  @inline(__always) private static func matches(_ text: ArraySlice<UInt32>, at start: Int, _ needle: ArraySlice<UInt32>)
    -> Bool
  {
    var i = start
    for value in needle {
      if text[i] != value { return false }
      i += 1
    }
    return true
  }
}
