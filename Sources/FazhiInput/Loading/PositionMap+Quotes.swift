import FazhiCore

extension PositionMap {
  /// Positions in the file of texts quoted from the value at `path` — figures, sentences — each given by its
  /// offset in `value` (in Unicode scalars) and its text, in text order (see `QuoteLocator`). A quote that cannot
  /// be found (an escape inside it) gets the value's own location; all are nil when `path` was never recorded.
  public func locations(of quotes: [(offset: Int, raw: String)], in value: String, at path: String) -> [TextLocation?] {
    var locator = QuoteLocator(value, at: path, in: self)
    return quotes.map { locator.location(of: $0.raw, at: $0.offset) }
  }

  /// A locator for the texts a rule quotes from `span`, asked in text order.
  public func quoteLocator(for span: TextSpan) -> QuoteLocator { QuoteLocator(span.text, at: span.path, in: self) }

  /// Non-overlapping occurrences of `needle` in `text`: which occurrence `locate(_:occurrence:in:)` is to find,
  /// for a text located on its own.
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

/// Finds in the file the texts a rule quotes from one value (a figure, a year, a repeated sentence), given where
/// each stands in the value's text, in one forward pass over the value.
///
/// Each text is found from the previous one found on, skipping as many occurrences of it in the file as the value
/// holds between the two (overlapping ones counted, so that 11 in 111, and a text overlapping the previous one, are
/// found at their own place); the file holds the value with escapes, folded lines and indentation, which the search
/// steps over. Asking for "the k-th occurrence from the value's start" for every finding, with k counted from the
/// value's start too, read the text twice per finding: a 1 MB text with thousands of findings took minutes.
///
/// Ask in text order; a request before the previous one starts again from the value's start (correct, but slow).
public struct QuoteLocator: Sendable {
  private let value: String
  private let path: String
  private let positions: PositionMap
  /// The value as scalars, made on the first request (most texts have nothing to locate).
  private var scalars: [Unicode.Scalar] = []
  private var locator: PositionMap.SequentialLocator?
  private var started = false
  /// Offset in the value of the last text found: where the locator's search starts in the file.
  private var done = 0
  private var previous: (offset: Int, raw: String, location: TextLocation)?
  /// The last String index asked for, and its scalar offset.
  private var indexCursor: (index: String.Index, offset: Int)

  public init(_ value: String, at path: String, in positions: PositionMap) {
    self.value = value
    self.path = path
    self.positions = positions
    indexCursor = (value.startIndex, 0)
  }

  /// Where `raw`, standing `offset` scalars into the value, sits in the file: the value's own location when it
  /// cannot be found there (an escape inside it), nil when the value's path was never recorded.
  public mutating func location(of raw: String, at offset: Int) -> TextLocation? {
    // Copies of one text for several names (交办率、办结率均达到100%) stand at the same place.
    if let previous, previous.offset == offset, previous.raw == raw { return previous.location }
    if !started || offset < (previous?.offset ?? 0) { restart() }
    guard var locator else { return nil }
    let start = min(done, scalars.count)
    let end = min(max(offset, start), scalars.count)
    let needle = Array(raw.unicodeScalars)
    let skipped = starts(of: needle, in: start..<end)
    // Escapes and the indentation of folded lines make the file text longer than the value; 8× covers both.
    let found = locator.next(raw, skipping: skipped, window: (end - start + needle.count) * 8 + 256)
    if found != nil { done = end }
    self.locator = locator
    let location = found ?? locator.base
    previous = (offset, raw, location)
    return location
  }

  /// `location(of:at:)` for a text at a String index of the value (counted to a scalar offset from the previous
  /// index asked for, not from the start).
  public mutating func location(of raw: String, at index: String.Index) -> TextLocation? {
    if index < indexCursor.index { indexCursor = (value.startIndex, 0) }
    let offset = indexCursor.offset + value.unicodeScalars.distance(from: indexCursor.index, to: index)
    indexCursor = (index, offset)
    return location(of: raw, at: offset)
  }

  /// How many occurrences of `needle` start in `range` of the value, overlapping ones each counted (one may run
  /// past the range's end, as it does in the file).
  private func starts(of needle: [Unicode.Scalar], in range: Range<Int>) -> Int {
    guard let first = needle.first else { return 0 }
    var count = 0
    for i in range where scalars[i] == first && i + needle.count <= scalars.count {
      if scalars[i..<(i + needle.count)].elementsEqual(needle) { count += 1 }
    }
    return count
  }

  private mutating func restart() {
    if !started { scalars = Array(scalarsOf: value) }
    started = true
    locator = positions.sequentialLocator(in: path)
    done = 0
    previous = nil
  }
}
