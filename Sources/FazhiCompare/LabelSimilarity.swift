import FazhiCore

/// 标题相似度：character-bigram Dice similarity, used for item titles and figure labels.
///
/// Dice = 2·|A ∩ B| / (|A| + |B|) over the sets of adjacent character pairs after dropping punctuation and
/// spaces; a one-character label is its own bigram. 1 means the same bigrams, 0 none in common.
public enum LabelSimilarity {
  /// Dice similarity of `a` and `b` (0…1).
  public static func dice(_ a: String, _ b: String) -> Double {
    dice(bigrams(a), bigrams(b))
  }

  static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let shared = a.intersection(b).count
    return Double(2 * shared) / Double(a.count + b.count)
  }

  static func bigrams(_ text: String) -> Set<String> {
    let chars = TextKey.characters(text)
    if chars.count == 1 { return [String(chars)] }
    var set = Set<String>()
    if chars.count < 2 { return set }
    for i in 0..<(chars.count - 1) { set.insert(String(chars[i...(i + 1)])) }
    return set
  }

  /// Greedy one-to-one matching of `left` and `right` labels by descending similarity, at or above `threshold`.
  /// Candidates come from a bigram inverted index, so unrelated labels are never compared.
  /// Returns pairs of indices with their score, in `right` order.
  static func match(_ left: [String], _ right: [String], threshold: Double) -> [(left: Int, right: Int, score: Double)]
  {
    let lb = left.map(bigrams)
    let rb = right.map(bigrams)
    var index: [String: [Int]] = [:]
    for (i, set) in lb.enumerated() { for g in set { index[g, default: []].append(i) } }
    var pairs: [(left: Int, right: Int, score: Double)] = []
    for (j, set) in rb.enumerated() {
      var shared: [Int: Int] = [:]
      for g in set { for i in index[g] ?? [] { shared[i, default: 0] += 1 } }
      for (i, n) in shared {
        let score = Double(2 * n) / Double(lb[i].count + set.count)
        if score >= threshold { pairs.append((i, j, score)) }
      }
    }
    pairs.sort { ($0.score, -$0.right, -$0.left) > ($1.score, -$1.right, -$1.left) }
    var usedL = Set<Int>()
    var usedR = Set<Int>()
    var result: [(left: Int, right: Int, score: Double)] = []
    for p in pairs where !usedL.contains(p.left) && !usedR.contains(p.right) {
      usedL.insert(p.left)
      usedR.insert(p.right)
      result.append(p)
    }
    return result.sorted { $0.right < $1.right }
  }
}
