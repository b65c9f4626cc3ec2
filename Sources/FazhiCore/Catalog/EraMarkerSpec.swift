/// 时代提法：words that name the current period only while it lasts — a five-year plan (十三五), a Party congress
/// (十九大), a 普法 plan (七五普法), the 2015 纲要's title and goal formula. A report for a year after `current`
/// that uses one as its present period was copied from an older report (DOMAIN.md 4.1); looking back at the
/// period ("'十三五'圆满收官") is legitimate, which `Catalog.lookBackCues` tells apart.
public struct EraMarkerSpec: Sendable, Hashable, Codable {
  /// The spellings, compared by their `TextKey` (punctuation, symbols and spaces ignored, full-width digits
  /// folded; `EraText`): `七五普法` also finds “七五”普法, `纲要（2015—2020年）` also 纲要2015-2020年.
  public var words: [String]
  /// The report years in which the words name the current period.
  public var current: ClosedRange<Int>
  /// What a report after `current` writes instead (“十四五”), for the message.
  public var successor: String

  package init(words: [String], current: ClosedRange<Int>, successor: String) {
    self.words = words
    self.current = current
    self.successor = successor
  }
}

/// Text in `TextKey`'s comparison form with, for each kept scalar, the place it had in the original, so that era
/// words are matched in the key (`《法治政府建设实施纲要（2015-2020年）》` holds `纲要（2015—2020年）`) and reported
/// as written.
public struct EraText: Sendable {
  /// `TextKey.key` of the text, scalar by scalar.
  public private(set) var scalars: [Unicode.Scalar] = []
  /// For each of `scalars`, the offset of the original scalar it came from (in `text.unicodeScalars`).
  public private(set) var origins: [Int] = []

  public init(_ text: String) {
    // A Chinese character takes three bytes: room for a text of them without growing.
    scalars.reserveCapacity(text.utf8.count / 3)
    origins.reserveCapacity(text.utf8.count / 3)
    var folding = TextKey.Folding()
    var offset = 0
    for scalar in text.unicodeScalars {
      if let kept = folding.fold(scalar) {
        scalars.append(kept)
        origins.append(offset)
      }
      offset += 1
    }
  }
}
