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
    let spans = textSpans.filter { !$0.isTitle }
    return derived.proseMentions(count: spans.count) { index in
      mentions(in: spans[index], finder: derived.proseFigures(catalog: catalog))
    }
  }

  func mentions(in span: TextSpan, finder: ProseFigures) -> [LocatedMention] {
    let mentions = finder.mentions(in: span.text)
    guard !mentions.isEmpty else { return [] }
    let locations = positions.locations(of: mentions.map { ($0.offset, $0.raw) }, in: span.text, at: span.path)
    return zip(mentions, locations).map { LocatedMention(mention: $0, location: $1) }
  }
}
