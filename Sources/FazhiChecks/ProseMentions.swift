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
      let locations = positions.locations(of: mentions.map { ($0.offset, $0.raw) }, in: span.text, at: span.path)
      result += zip(mentions, locations).map { LocatedMention(mention: $0, location: $1) }
    }
    return result
  }
}
