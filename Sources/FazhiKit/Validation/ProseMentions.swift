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
      let chars = Array(span.text)
      for mention in finder.mentions(in: span.text) {
        let before = String(chars[0..<min(mention.offset, chars.count)])
        let occurrence = before.components(separatedBy: mention.raw).count - 1
        result.append(
          LocatedMention(mention: mention, location: positions.locate(mention.raw, occurrence: occurrence, in: span.path)))
      }
    }
    return result
  }
}
