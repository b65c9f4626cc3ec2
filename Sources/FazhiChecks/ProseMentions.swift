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
      let scalars = Array(scalarsOf: span.text)
      for mention in mentions {
        // Which occurrence of the figure's text this is, so the position map finds the same one in the file.
        let raw = Array(mention.raw.unicodeScalars)
        let occurrence = Self.occurrences(of: raw, in: scalars[..<min(mention.offset, scalars.count)])
        result.append(
          LocatedMention(mention: mention, location: positions.locate(mention.raw, occurrence: occurrence, in: span.path)))
      }
    }
    return result
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
