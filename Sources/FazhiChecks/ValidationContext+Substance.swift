import FazhiCore

// Small look-ups the substance rules (empty_item, area_coverage and the others under Rules/Substance) share.
extension ValidationContext {
  /// Whether a value at `path` or under it still holds a scaffold placeholder (reported by `placeholder`).
  func hasPlaceholder(under path: String) -> Bool {
    loaded.placeholderPaths.contains { $0 == path || $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
  }

  /// Whether a value at `path` or under it was left out of the report because of a load-time error (`wrong_type`:
  /// `不足: [一个列表]`, `主要举措和成效: 123`). That error is the finding there: saying the part is empty or the area
  /// uncovered as well would only repeat it, and send the writer to fill what is already written.
  func hasOmission(under path: String) -> Bool {
    loaded.omissions.contains { $0.isAt(orUnder: path) }
  }

  /// The area's short name as users type it after 领域 (行政执法), or its heading for a custom area.
  func areaName(_ area: AreaSection) -> String {
    area.areaID.flatMap { catalog.area(id: $0)?.short } ?? area.title
  }
}

extension ValidationContext {
  /// Whether `text` still holds a placeholder (【待填】, ××, the scaffold's marker): a text being written, which the
  /// placeholder rule reports and the substance rules leave alone. Markers of ASCII letters only (TODO, XX) count
  /// as in the placeholder rule only when standing alone, so they are left to it here.
  func isUnfinished(_ text: String) -> Bool {
    // Five substance rules ask this of every text; Foundation's `contains` folding grapheme clusters at every
    // comparison doubled validate's time, the byte search of plain text does not.
    let plain = LiteralSearch.isCanonicallyPlain(text)
    return placeholderMarkers.anywhere.contains { LiteralSearch.contains(text, $0, textIsPlain: plain) }
  }
}

extension ValidationContext {
  /// The catalog's stock phrases, 空话 and slogans as one matcher: what a text says that is not its own.
  var hollowPhraseMatcher: StockPhraseMatcher {
    StockPhraseMatcher(catalog.stockPhrases + catalog.hollowPhrases + catalog.slogans)
  }
}
