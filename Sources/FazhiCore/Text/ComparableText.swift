/// 可比文字：a sentence reduced to the characters that count for reuse, with stock phrases masked.
///
/// The characters are the sentence's `TextKey` (punctuation, symbols and spaces dropped, full-width ASCII
/// folded), so a copy with a changed comma is still identical. Characters inside a stock phrase stay in `characters` (to keep offsets) but are `masked`:
/// they are not counted and no shingle spans them.
package struct ComparableText: Sendable {
  package var characters: [Character]
  package var masked: [Bool]
  /// Stock-phrase occurrences masked.
  package var stockOccurrences: Int

  package init(_ text: String, stockPhrases: StockPhraseMatcher) {
    let key = TextKey.key(text)
    let scalars = TextKey.standAloneScalars(ofKey: key)
    let characters = scalars.map { $0.map(Character.init) } ?? Array(key)
    var masked = Array(repeating: false, count: characters.count)
    // Scalars where each is a character (most of a report), characters otherwise.
    if let scalars, let found = stockPhrases.mask(scalars: scalars, into: &masked) {
      stockOccurrences = found
    } else {
      stockOccurrences = stockPhrases.mask(characters, into: &masked)
    }
    self.characters = characters
    self.masked = masked
  }

  /// Unmasked characters.
  package var countedCharacters: Int { masked.lazy.filter { !$0 }.count }

  /// The normalized text including stock phrases (the identity key).
  package var key: String { String(characters) }

  /// Hashes of every `size`-character window that touches no masked character.
  package func shingles(size: Int) -> Set<UInt64> {
    var result = Set<UInt64>()
    guard size > 0, characters.count >= size else { return result }
    var run = 0
    for i in characters.indices {
      run = masked[i] ? 0 : run + 1
      if run >= size { result.insert(ComparableText.hash(characters[(i - size + 1)...i])) }
    }
    return result
  }

  /// FNV-1a over the scalars: stable across runs (Swift's Hasher is seeded per process).
  package static func hash<S: Sequence>(_ chars: S) -> UInt64 where S.Element == Character {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for ch in chars {
      for s in ch.unicodeScalars {
        h ^= UInt64(s.value)
        h = h &* 0x0000_0100_0000_01B3
      }
      h ^= 0xFF
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }
}

extension ComparableText {
  /// How much of a text is stock phrases, as `ComparableText` counts it, without keeping the characters: for
  /// the rules that only weigh a text (`stock_phrase_only`, `duplicate_text`), where making a `Character` of
  /// every scalar was the larger part of the count.
  package struct Counts: Sendable, Equatable {
    /// `characters.count`: the text's key in characters.
    package var characters: Int
    package var countedCharacters: Int
    package var stockOccurrences: Int
  }

  /// `Counts` of `text`: from the key's scalars where each is a character (`TextKey.standsAlone`), from a
  /// `ComparableText` otherwise.
  package static func counts(_ text: String, stockPhrases: StockPhraseMatcher) -> Counts {
    let key = TextKey.key(text)
    if let scalars = TextKey.standAloneScalars(ofKey: key) {
      var masked = Array(repeating: false, count: scalars.count)
      if let found = stockPhrases.mask(scalars: scalars, into: &masked) {
        let counted = masked.reduce(0) { $0 + ($1 ? 0 : 1) }
        return Counts(characters: scalars.count, countedCharacters: counted, stockOccurrences: found)
      }
    }
    let full = ComparableText(text, stockPhrases: stockPhrases)
    return Counts(
      characters: full.characters.count, countedCharacters: full.countedCharacters,
      stockOccurrences: full.stockOccurrences)
  }
}

/// Finds stock phrases (套话) in normalized text by their first character.
package struct StockPhraseMatcher: Sendable {
  /// Phrases by the first scalar of their first character, longest first. A scalar, not the `Character`: the
  /// matcher looks up every character of every text, and hashing a `Character` normalises it.
  private var byFirst: [Unicode.Scalar: [[Character]]] = [:]
  /// The same phrases as scalars, for a text whose characters are single scalars (most of a report): comparing
  /// scalars is exact there, and cheaper than comparing `Character`s. Nil when a phrase has a character that is
  /// not a scalar of its own (`TextKey.standsAlone`), which only the character comparison matches right.
  private var byFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]]? = [:]
  /// The keys of `byFirst`, asked first at every character of a text: most characters start no phrase.
  private var firstScalars = ScalarSet()

  package init(_ phrases: [String]) {
    for phrase in phrases {
      let key = TextKey.key(phrase)
      let scalars = TextKey.standAloneScalars(ofKey: key)
      // Characters from the scalars where each is one (`TextKey.characters`): breaking the key into grapheme
      // clusters was most of building a matcher.
      let chars = scalars.map { $0.map(Character.init) } ?? Array(key)
      guard let first = chars.first?.unicodeScalars.first, chars.count >= 2 else { continue }
      byFirst[first, default: []].append(chars)
      firstScalars.insert(first)
      if let scalars {
        byFirstScalar?[first, default: []].append(scalars)
      } else {
        byFirstScalar = nil
      }
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    if var scalarTable = byFirstScalar {
      for key in scalarTable.keys { scalarTable[key]?.sort { $0.count > $1.count } }
      byFirstScalar = scalarTable
    }
  }

  package var isEmpty: Bool { byFirst.isEmpty }

  /// Marks every occurrence; returns how many were found. Longest phrase wins at each position.
  package func mask(_ chars: [Character], into masked: inout [Bool]) -> Int {
    Self.mask(chars, byFirst, firstScalars, first: { $0.unicodeScalars.first }, into: &masked)
  }

  /// `mask(_:into:)` for a text whose characters are the single scalars `scalars`; nil when this matcher holds a
  /// phrase only the character comparison can match.
  package func mask(scalars: [Unicode.Scalar], into masked: inout [Bool]) -> Int? {
    guard let byFirstScalar else { return nil }
    return Self.mask(scalars, byFirstScalar, firstScalars, first: { $0 }, into: &masked)
  }

  private static func mask<Unit: Equatable>(
    _ units: [Unit], _ byFirst: [Unicode.Scalar: [[Unit]]], _ firstScalars: ScalarSet,
    first: (Unit) -> Unicode.Scalar?, into masked: inout [Bool]
  ) -> Int {
    guard !byFirst.isEmpty else { return 0 }
    var count = 0
    var i = 0
    while i < units.count {
      if let head = first(units[i]), firstScalars.contains(head), let candidates = byFirst[head],
        let hit = candidates.first(where: { p in
          i + p.count <= units.count && units[i..<(i + p.count)].elementsEqual(p)
        })
      {
        for j in i..<(i + hit.count) { masked[j] = true }
        count += 1
        i += hit.count
      } else {
        i += 1
      }
    }
    return count
  }
}

/// A set of scalars answered by one bit per scalar of the Basic Multilingual Plane, where every Chinese character
/// of a report is, and by a `Set` beyond it: for a test made at every character of a text, where hashing each
/// scalar cost more than the rest of the work.
package struct ScalarSet: Sendable {
  private var bits = [UInt64](repeating: 0, count: 0x1_0000 / 64)
  private var beyond: Set<Unicode.Scalar> = []

  package init() {}

  package mutating func insert(_ scalar: Unicode.Scalar) {
    let value = Int(scalar.value)
    guard value < 0x1_0000 else {
      beyond.insert(scalar)
      return
    }
    bits[value >> 6] |= 1 << UInt64(value & 63)
  }

  package func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = Int(scalar.value)
    guard value < 0x1_0000 else { return beyond.contains(scalar) }
    return bits[value >> 6] >> UInt64(value & 63) & 1 != 0
  }
}
