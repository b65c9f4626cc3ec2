import FazhiCore

/// 重复文字检测：finds this year's sentences copied from last year, in time near-linear in the text size.
///
/// 1. Each sentence is normalized (`ComparableText`): punctuation and spaces dropped, stock phrases masked.
/// 2. Last year's sentences are indexed twice: by normalized text (identical copies, any length) and by the hashes
///    of their `shingleSize`-character shingles (an inverted index: shingle hash → sentence ids).
/// 3. For each sentence of this year, the postings of its shingles vote for candidates; shingles shared by more
///    than `maximumPostings` sentences are too common to vote. Only the few best candidates are compared exactly.
/// 4. A sentence is reused when `|S(this) ∩ S(last)| / |S(this)|` (containment) reaches `reuseThreshold`.
///
/// Work is proportional to the number of shingles times the (capped) posting length: no all-pairs comparison.
struct ReuseDetector: Sendable {
  var options: ComparisonOptions
  /// Candidates compared exactly per sentence.
  static let candidatesPerSentence = 4

  struct Index {
    var shingles: [Set<UInt64>]
    var postings: [UInt64: [Int32]]
    var byKey: [String: Int]
  }

  static func index(_ prose: ReportProse, size: Int) -> Index {
    var postings: [UInt64: [Int32]] = [:]
    var byKey: [String: Int] = [:]
    var shingles: [Set<UInt64>] = []
    shingles.reserveCapacity(prose.sentences.count)
    for (id, text) in prose.comparable.enumerated() {
      let set = text.shingles(size: size)
      shingles.append(set)
      for h in set { postings[h, default: []].append(Int32(id)) }
      if text.countedCharacters > 0, byKey[text.key] == nil { byKey[text.key] = id }
    }
    return Index(shingles: shingles, postings: postings, byKey: byKey)
  }

  func detect(this: ReportProse, last: ReportProse) -> ReuseSummary {
    let index = ReuseDetector.index(last, size: options.shingleSize)
    var matches: [ReuseMatch] = []
    var reused = 0
    var total = 0
    var stock = 0
    for (id, text) in this.comparable.enumerated() {
      let sentence = this.sentences[id]
      total += sentence.countedCharacters
      stock += text.stockOccurrences
      guard sentence.countedCharacters > 0 else { continue }
      if let lastID = index.byKey[text.key] {
        matches.append(
          ReuseMatch(kind: .identical, this: sentence, last: last.sentences[lastID], containment: 1, jaccard: 1))
        reused += sentence.countedCharacters
        continue
      }
      guard sentence.countedCharacters >= options.minimumSentenceLength else { continue }
      let set = text.shingles(size: options.shingleSize)
      guard let best = bestCandidate(set, index) else { continue }
      if best.containment >= options.reuseThreshold {
        matches.append(
          ReuseMatch(
            kind: .near, this: sentence, last: last.sentences[best.id], containment: rounded(best.containment, 3),
            jaccard: rounded(best.jaccard, 3)))
        reused += sentence.countedCharacters
      }
    }
    return ReuseSummary(
      threshold: options.reuseThreshold, shingleSize: options.shingleSize, matches: matches, reusedCharacters: reused,
      totalCharacters: total, stockPhraseOccurrences: stock)
  }

  func bestCandidate(_ set: Set<UInt64>, _ index: Index) -> (id: Int, containment: Double, jaccard: Double)? {
    guard !set.isEmpty else { return nil }
    var votes: [Int32: Int] = [:]
    for h in set {
      guard let list = index.postings[h], list.count <= options.maximumPostings else { continue }
      for id in list { votes[id, default: 0] += 1 }
    }
    let top = votes.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(ReuseDetector.candidatesPerSentence)
    var best: (id: Int, containment: Double, jaccard: Double)?
    for (id, _) in top {
      let other = index.shingles[Int(id)]
      let shared = set.intersection(other).count
      let containment = Double(shared) / Double(set.count)
      let jaccard = Double(shared) / Double(set.count + other.count - shared)
      if best.map({ (containment, jaccard) > ($0.containment, $0.jaccard) }) ?? true {
        best = (Int(id), containment, jaccard)
      }
    }
    return best
  }
}
