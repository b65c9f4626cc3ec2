/// The elements of word/document.xml that the body parser reacts to; every other element is `.other`.
enum WordTag: UInt8 {
  case other
  case paragraph, paragraphProperties, runProperties, run, numberingProperties, rowProperties
  case paragraphStyle, numberingId, numberingLevel, outlineLevel, vanish
  case text, instructionText, tab, breakLine, noBreakHyphen
  case fieldCharacter, simpleField, table, tableRow, tableCell
  case alternateContent, choice, fallback
  /// An element whose whole content is not shown: tracked deletions and moves-from, deleted text, former
  /// properties (`*PrChange`), content-control properties, note and comment references, ruby text, symbols.
  case hidden
  /// `w:del`: hidden, and when it marks a paragraph mark or a table row it also merges or removes them.
  case deletion

  private static let wordElements: [String: WordTag] = [
    "p": .paragraph, "pPr": .paragraphProperties, "rPr": .runProperties, "r": .run, "numPr": .numberingProperties,
    "trPr": .rowProperties, "pStyle": .paragraphStyle, "numId": .numberingId, "ilvl": .numberingLevel,
    "outlineLvl": .outlineLevel, "vanish": .vanish, "t": .text, "instrText": .instructionText, "tab": .tab,
    "ptab": .tab, "br": .breakLine, "cr": .breakLine, "noBreakHyphen": .noBreakHyphen,
    "fldChar": .fieldCharacter, "fldSimple": .simpleField, "tbl": .table, "tr": .tableRow, "tc": .tableCell,
    "del": .deletion, "moveFrom": .hidden, "delText": .hidden, "delInstrText": .hidden, "pPrChange": .hidden,
    "rPrChange": .hidden, "sectPrChange": .hidden, "tblPrChange": .hidden, "tblGridChange": .hidden,
    "trPrChange": .hidden, "tcPrChange": .hidden, "numberingChange": .hidden, "sdtPr": .hidden,
    "sdtEndPr": .hidden, "footnoteReference": .hidden, "endnoteReference": .hidden, "commentReference": .hidden,
    "annotationRef": .hidden, "rt": .hidden, "fldData": .hidden, "sym": .hidden,
  ]

  private static let compatibilityElements: [String: WordTag] = [
    "AlternateContent": .alternateContent, "Choice": .choice, "Fallback": .fallback,
  ]

  init(name: String, namespace: String?) {
    guard let tag = Self.wordElements[name] ?? Self.compatibilityElements[name] else {
      self = .other
      return
    }
    switch tag {
    case .alternateContent, .choice, .fallback:
      self = namespace == WordNamespace.markupCompatibility ? tag : .other
    case .text where WordNamespace.isMath(namespace):
      self = .text
    default:
      self = WordNamespace.isWord(namespace) ? tag : .other
    }
  }
}
