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
    characters = TextKey.characters(text)
    masked = Array(repeating: false, count: characters.count)
    stockOccurrences = stockPhrases.mask(characters, into: &masked)
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

/// Finds stock phrases (套话) in normalized text by their first character.
package struct StockPhraseMatcher: Sendable {
  /// Phrases by the first scalar of their first character, longest first. A scalar, not the `Character`: the
  /// matcher looks up every character of every text, and hashing a `Character` normalises it.
  private var byFirst: [Unicode.Scalar: [[Character]]] = [:]

  package init(_ phrases: [String]) {
    for phrase in phrases {
      let chars = TextKey.characters(phrase)
      guard let first = chars.first?.unicodeScalars.first, chars.count >= 2 else { continue }
      byFirst[first, default: []].append(chars)
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
  }

  package var isEmpty: Bool { byFirst.isEmpty }

  /// Marks every occurrence; returns how many were found. Longest phrase wins at each position.
  package func mask(_ chars: [Character], into masked: inout [Bool]) -> Int {
    guard !byFirst.isEmpty else { return 0 }
    var count = 0
    var i = 0
    while i < chars.count {
      if let first = chars[i].unicodeScalars.first, let candidates = byFirst[first],
        let hit = candidates.first(where: { p in
          i + p.count <= chars.count && chars[i..<(i + p.count)].elementsEqual(p)
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
