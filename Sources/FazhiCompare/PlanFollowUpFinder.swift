import Foundation
import FazhiCore

/// 去年安排对照：finds last year's plans (下一年度主要安排) restated among this year's work.
///
/// Both sides are compared with tense markers removed (将、拟、计划、力争、进一步 / 已、已经、了、完成、建成、实现),
/// by Dice similarity of 3-character shingles, candidates drawn from an inverted index. A match whose wording turned
/// into past tense (推进了、已完成、建成 …) is 实现了去年安排; a match still worded as a plan, or copied nearly
/// verbatim, is reuse.
struct PlanFollowUpFinder: Sendable {
  var options: ComparisonOptions
  var stockPhrases: StockPhraseMatcher

  static let futureMarkers = ["进一步", "力争", "争取", "计划", "将", "拟"]
  static let pastMarkers = ["已经", "已", "了", "完成", "建成", "实现"]
  /// Words that show a sentence reports something done.
  static let doneMarkers = ["了", "已", "完成", "建成", "实现", "达到", "取得", "出台", "印发", "落实到位"]
  static let shingleSize = 3
  static let minimumCoreLength = 6
  /// Parts whose sentences report work done.
  static let achievementParts: Set<ProsePart> = [.preamble, .part(.achievements), .part(.firstResponsible), .part(.other)]

  func core(_ text: String) -> ComparableText {
    var t = text
    for m in PlanFollowUpFinder.futureMarkers + PlanFollowUpFinder.pastMarkers {
      t = t.replacingOccurrences(of: m, with: "")
    }
    return ComparableText(t, stockPhrases: stockPhrases)
  }

  func find(this: ReportProse, last: ReportProse, reuse: inout ReuseSummary) -> [PlanFollowUp] {
    let plans = last.sentences.filter { $0.part == .part(.nextYear) }
    guard !plans.isEmpty else { return [] }
    let planSets = plans.map { core($0.text).shingles(size: PlanFollowUpFinder.shingleSize) }
    var postings: [UInt64: [Int32]] = [:]
    for (i, set) in planSets.enumerated() { for h in set { postings[h, default: []].append(Int32(i)) } }
    let reusedBy = Dictionary(reuse.matches.map { ($0.this.id, $0) }, uniquingKeysWith: { a, _ in a })
    var result: [PlanFollowUp] = []
    for sentence in this.sentences where PlanFollowUpFinder.achievementParts.contains(sentence.part) {
      let c = core(sentence.text)
      guard c.countedCharacters >= PlanFollowUpFinder.minimumCoreLength else { continue }
      let set = c.shingles(size: PlanFollowUpFinder.shingleSize)
      var votes: [Int32: Int] = [:]
      for h in set {
        guard let list = postings[h], list.count <= options.maximumPostings else { continue }
        for id in list { votes[id, default: 0] += 1 }
      }
      guard let (best, shared) = votes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
      let plan = plans[Int(best)]
      let exactShared = set.intersection(planSets[Int(best)]).count
      let score = Double(2 * max(shared, exactShared)) / Double(set.count + planSets[Int(best)].count)
      guard score >= options.planThreshold else { continue }
      if let match = reusedBy[sentence.id] {
        // Already counted as reuse; say it is a plan copied.
        result.append(
          PlanFollowUp(
            status: .copied, plan: match.last.part == .part(.nextYear) ? match.last : plan,
            achievement: sentence, score: rounded(score, 3)))
      } else if PlanFollowUpFinder.doneMarkers.contains(where: { sentence.text.contains($0) }) {
        result.append(PlanFollowUp(status: .fulfilled, plan: plan, achievement: sentence, score: rounded(score, 3)))
      } else {
        result.append(PlanFollowUp(status: .copied, plan: plan, achievement: sentence, score: rounded(score, 3)))
        let a = this.comparable[sentence.id].shingles(size: options.shingleSize)
        let b = last.comparable[plan.id].shingles(size: options.shingleSize)
        let inter = a.intersection(b).count
        reuse.matches.append(
          ReuseMatch(
            kind: .planRestated, this: sentence, last: plan,
            containment: a.isEmpty ? 0 : rounded(Double(inter) / Double(a.count), 3),
            jaccard: a.isEmpty ? 0 : rounded(Double(inter) / Double(a.count + b.count - inter), 3)))
        reuse.reusedCharacters += sentence.countedCharacters
      }
    }
    reuse.matches.sort { $0.this.id < $1.this.id }
    return result
  }
}
