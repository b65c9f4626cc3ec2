/// 时代提法：words that name the current period only while it lasts — a five-year plan (十三五), a Party congress
/// (十九大), a 普法 plan (七五普法), the 2015 纲要's title and goal formula. A report for a year after `current`
/// that uses one as its present period was copied from an older report (DOMAIN.md 4.1); looking back at the
/// period ("'十三五'圆满收官") is legitimate, which `Catalog.lookBackCues` tells apart.
public struct EraMarkerSpec: Sendable, Hashable, Codable {
  /// The spellings, compared with quotes, brackets, 顿号 and spaces ignored and dashes unified (`EraText`):
  /// `七五普法` also finds “七五”普法.
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

/// The comparison form of era wording: quotes, brackets, 书名号, 顿号 and spaces removed, dashes unified, so
/// `《法治政府建设实施纲要（2015-2020年）》` and `法治政府建设实施纲要2015—2020年` compare equal.
public enum EraText {
  static let ignored: Set<Unicode.Scalar> = Set("“”‘’\"'「」『』《》〈〉（）()[]【】、 \u{3000}\t".unicodeScalars)
  static let dashes: Set<Unicode.Scalar> = Set("—–-－～~".unicodeScalars)

  /// The comparison form of `text` and, for each of its scalars, the offset of the scalar it came from.
  public static func normalize(_ text: String) -> (scalars: [Unicode.Scalar], origins: [Int]) {
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []
    for (offset, scalar) in text.unicodeScalars.enumerated() where !ignored.contains(scalar) {
      scalars.append(dashes.contains(scalar) ? "—" : scalar)
      origins.append(offset)
    }
    return (scalars, origins)
  }
}
