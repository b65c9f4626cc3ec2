import FazhiCore

/// 重复文字：sentences of this year identical or nearly identical to last year's, and their share.
public struct ReuseSummary: Sendable, Hashable, Codable {
  public var threshold: Double
  public var shingleSize: Int
  public var matches: [ReuseMatch]
  /// Counted characters of this year's reused sentences.
  public var reusedCharacters: Int
  /// Counted characters of all of this year's prose.
  public var totalCharacters: Int
  /// Stock-phrase occurrences in this year's text that were left out of the count.
  public var stockPhraseOccurrences: Int

  public init(
    threshold: Double, shingleSize: Int, matches: [ReuseMatch], reusedCharacters: Int, totalCharacters: Int,
    stockPhraseOccurrences: Int
  ) {
    self.threshold = threshold
    self.shingleSize = shingleSize
    self.matches = matches
    self.reusedCharacters = reusedCharacters
    self.totalCharacters = totalCharacters
    self.stockPhraseOccurrences = stockPhraseOccurrences
  }

  /// Reused share of this year's counted characters, 0…1 (0 for an empty text).
  public var share: Double {
    totalCharacters == 0 ? 0 : Double(reusedCharacters) / Double(totalCharacters)
  }

  enum CodingKeys: String, CodingKey {
    case threshold, shingleSize, matches, reusedCharacters, totalCharacters, stockPhraseOccurrences, share
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(threshold, forKey: .threshold)
    try c.encode(shingleSize, forKey: .shingleSize)
    try c.encode(matches, forKey: .matches)
    try c.encode(reusedCharacters, forKey: .reusedCharacters)
    try c.encode(totalCharacters, forKey: .totalCharacters)
    try c.encode(stockPhraseOccurrences, forKey: .stockPhraseOccurrences)
    try c.encode(rounded(share, 4), forKey: .share)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    threshold = try c.decode(Double.self, forKey: .threshold)
    shingleSize = try c.decode(Int.self, forKey: .shingleSize)
    matches = try c.decode([ReuseMatch].self, forKey: .matches)
    reusedCharacters = try c.decode(Int.self, forKey: .reusedCharacters)
    totalCharacters = try c.decode(Int.self, forKey: .totalCharacters)
    stockPhraseOccurrences = try c.decode(Int.self, forKey: .stockPhraseOccurrences)
  }
}

/// One reused sentence.
public struct ReuseMatch: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Same text after removing punctuation and spaces.
    case identical
    /// Containment at or above the threshold.
    case near
    /// Last year's plan restated as this year's work without turning it into past tense.
    case planRestated = "plan_restated"

    /// 完全相同 / 高度相似 / 照搬去年安排.
    public var chineseName: String {
      switch self {
      case .identical: "完全相同"
      case .near: "高度相似"
      case .planRestated: "照搬去年安排"
      }
    }
  }

  public var kind: Kind
  public var this: TextSentence
  public var last: TextSentence
  /// Share of this sentence's shingles found in last year's sentence (0…1).
  public var containment: Double
  /// Jaccard similarity of the two shingle sets (0…1).
  public var jaccard: Double

  public init(kind: Kind, this: TextSentence, last: TextSentence, containment: Double, jaccard: Double) {
    self.kind = kind
    self.this = this
    self.last = last
    self.containment = containment
    self.jaccard = jaccard
  }
}

func rounded(_ x: Double, _ places: Int) -> Double {
  var p = 1.0
  for _ in 0..<places { p *= 10 }
  return (x * p).rounded() / p
}
