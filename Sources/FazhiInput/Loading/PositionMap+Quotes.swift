import FazhiCore

extension PositionMap {
  /// Positions in the file of texts quoted from the value at `path` — figures, sentences — each given by its
  /// offset in `value` (in Unicode scalars) and its text, in text order. Found in one pass: each is the next
  /// occurrence of its text after the previous one found, skipping the occurrences in between that were not asked
  /// for. Counting from the value's start for every quote was quadratic (a 1 MB text full of figures took minutes).
  /// A quote that cannot be found (an escape inside it) gets the value's own location; all are nil when `path`
  /// was never recorded.
  public func locations(of quotes: [(offset: Int, raw: String)], in value: String, at path: String) -> [TextLocation?] {
    guard var locator = sequentialLocator(in: path) else { return quotes.map { _ in nil } }
    let scalars = Array(scalarsOf: value)
    // Offset in the value up to which the locator has read.
    var done = 0
    var previous: (offset: Int, raw: String, location: TextLocation)?
    return quotes.map { quote in
      // Copies of one figure for several names (交办率、办结率均达到100%) stand at the same place.
      if let previous, previous.offset == quote.offset, previous.raw == quote.raw { return previous.location }
      let start = min(done, scalars.count)
      let end = min(max(quote.offset, start), scalars.count)
      let raw = Array(quote.raw.unicodeScalars)
      let skipped = Self.occurrences(of: raw, in: scalars[start..<end])
      // Escapes and the indentation of folded lines make the file text longer than the value; 8× covers both.
      let found = locator.next(quote.raw, skipping: skipped, window: (end - start + raw.count) * 8 + 256)
      if found != nil { done = end + raw.count }
      let location = found ?? locator.base
      previous = (quote.offset, quote.raw, location)
      return location
    }
  }

  /// Non-overlapping occurrences of `needle` in `text`.
  public static func occurrences(of needle: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Int {
    guard !needle.isEmpty else { return 0 }
    var count = 0
    var i = text.startIndex
    while i + needle.count <= text.endIndex {
      if text[i..<(i + needle.count)].elementsEqual(needle) {
        count += 1
        i += needle.count
      } else {
        i += 1
      }
    }
    return count
  }
}
