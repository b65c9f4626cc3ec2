import FazhiCore
import FazhiInput

/// Catalog figures quoted in the report's prose, located in the file (shared by the text-versus-data rules).
struct LocatedMention {
  var mention: IndicatorMention
  var location: TextLocation?
}

extension ValidationContext {
  /// Every catalog figure quoted in the prose, with its position in the file.
  var proseMentions: [LocatedMention] {
    derived.proseMentions { makeProseMentions(finder: derived.proseFigures ?? ProseFigures(catalog: catalog)) }
  }

  func makeProseMentions(finder: ProseFigures) -> [LocatedMention] {
    var result: [LocatedMention] = []
    for span in textSpans where !span.isTitle {
      let mentions = finder.mentions(in: span.text)
      guard !mentions.isEmpty else { continue }
      let locations = Self.locate(mentions.map { ($0.offset, $0.raw) }, in: span, positions: positions)
      result += zip(mentions, locations).map { LocatedMention(mention: $0, location: $1) }
    }
    return result
  }

  /// Positions in the file of figures quoted in a span (offset in the span's text, text as written), found in
  /// one pass: the figures come in text order, and each is the next occurrence of its text after the previous
  /// figure found, skipping the occurrences in between that are not figures asked for. Counting from the span's
  /// start for every figure was quadratic (a 1 MB text full of figures took minutes).
  static func locate(_ figures: [(offset: Int, raw: String)], in span: TextSpan, positions: PositionMap) -> [TextLocation?] {
    guard var locator = positions.sequentialLocator(in: span.path) else { return figures.map { _ in nil } }
    let scalars = Array(scalarsOf: span.text)
    // Offset in the span's text up to which the locator has read.
    var done = 0
    var previous: (offset: Int, raw: String, location: TextLocation)?
    return figures.map { figure in
      // Copies of one figure for several names (交办率、办结率均达到100%) stand at the same place.
      if let previous, previous.offset == figure.offset, previous.raw == figure.raw { return previous.location }
      let start = min(done, scalars.count)
      let end = min(max(figure.offset, start), scalars.count)
      let raw = Array(figure.raw.unicodeScalars)
      let skipped = occurrences(of: raw, in: scalars[start..<end])
      // Escapes and the indentation of folded lines make the file text longer than the value; 8× covers both.
      let found = locator.next(figure.raw, skipping: skipped, window: (end - start + raw.count) * 8 + 256)
      if found != nil { done = end + raw.count }
      // Not found (a figure across a folded line): the value's own location, as before.
      let location = found ?? locator.base
      previous = (figure.offset, figure.raw, location)
      return location
    }
  }

  /// Non-overlapping occurrences of `needle` in `text`.
  static func occurrences(of needle: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Int {
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
