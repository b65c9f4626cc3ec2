import FazhiCore
import FazhiInput

/// Era words (十三五, 十九大, 七五普法, the 2015 纲要) used as the current period in a report for a later year.
struct EraMarkerRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "era_marker",
    name: "过时的时代提法",
    severity: .warning,
    description: "「十三五」「党的十九大」「七五普法」、2015纲要的标题和目标表述（廉洁高效、守法诚信）等只在一段时期内是当前提法（年份范围见 Schemas/catalog/wordlists.yaml 的 eraMarkers）。报告年度晚于这段时期、正文却把它当作当前工作来写（「深入推进“七五”普法」），常见于照搬旧报告。同一分句中有回顾用语（收官、总结、验收、期间、以来、圆满完成等，见 lookBackCues）的是回顾往年，不算。",
    passingExamples: [
      """
      年度: 2021
      报告主体: 示例县
      导语: “十三五”圆满收官，示例县顺利通过七五普法总结验收，党的十九大以来法治政府建设成效明显。
      下一年度主要安排: [深入推进“八五”普法，落实“十四五”规划。]
      """,
      """
      年度: 2023
      报告主体: 示例县
      导语: 示例县第十九届人民代表大会第三次会议审议通过了政府工作报告，在“十三五”基础上持续推进。
      """,
    ],
    failingExamples: [
      """
      年度: 2023
      报告主体: 示例县
      导语: 示例县深入学习贯彻党的↓十九大和↓十九届历次全会精神，深入推进“↓七五”普法。
      """,
      """
      年度: 2022
      报告主体: 示例县
      导语: 示例县对照《法治政府建设实施↓纲要（2015—2020年）》，加快建设职能科学、权责法定、执法严明、公开公正、↓廉洁高效、守法诚信的法治政府，推动“↓十三五”规划落地。
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let year = context.report.metadata.year
    let stale = context.catalog.eraMarkers.filter { year > $0.current.upperBound }
    guard year > 0, !stale.isEmpty else { return [] }
    // The words by their first scalar, each list in the catalog's order: the first word that matches at a
    // position wins, without comparing every word at every position.
    let words = Dictionary(
      grouping: stale.flatMap { marker in marker.words.map { (EraText($0).scalars, marker) } }.filter { !$0.0.isEmpty },
      by: { $0.0[0] })
    var firstScalars = ScalarSet()
    for first in words.keys { firstScalars.insert(first) }
    var findings: [Diagnostic] = []
    for span in context.textSpans {
      let scalars = [Unicode.Scalar](scalarsOf: span.text)
      let hits = Self.matches(of: words, startingWith: firstScalars, in: span.text, written: scalars)
      guard !hits.isEmpty else { continue }
      var locator = context.positions.quoteLocator(for: span)
      let clauses = Clauses(scalars)
      // Hits in one clause share its answer: a long clause full of era words is read once.
      var last: (clause: Range<Int>, isLookBack: Bool)?
      for hit in hits {
        let clause = clauses.range(around: hit)
        let isLookBack =
          last.flatMap { $0.clause == clause ? $0.isLookBack : nil }
          ?? Self.isLookBack(clause, in: scalars, cues: context.catalog.lookBackCues)
        last = (clause, isLookBack)
        if isLookBack { continue }
        let written = String(String.UnicodeScalarView(scalars[hit.start..<hit.end]))
        let range = "\(hit.marker.current.lowerBound)—\(hit.marker.current.upperBound)年"
        findings.append(
          context.diagnostic(
            Self.description, at: locator.location(of: written, at: hit.start),
            "「\(written)」是\(range)的提法，本报告年度为\(year)年；如是回顾往年请写明（如「……期间」「圆满收官」「总结验收」），否则改为\(hit.marker.successor)"))
      }
    }
    return findings
  }

  /// One era word found in a text: its scalar range in the original text.
  struct Hit {
    var start: Int
    var end: Int
    var marker: EraMarkerSpec
  }

  /// Every non-overlapping era word in `text` (whose scalars are `written`), compared by their `TextKey` and
  /// mapped back to the original. `words` are indexed by their first scalar, the keys of that index are
  /// `firstScalars`: most scalars of a text start no era word, and asking the set is cheaper than the index.
  static func matches(
    of words: [Unicode.Scalar: [([Unicode.Scalar], EraMarkerSpec)]], startingWith firstScalars: ScalarSet,
    in text: String, written: [Unicode.Scalar]
  ) -> [Hit] {
    let era = EraText(text)
    let (scalars, origins) = (era.scalars, era.origins)
    // A word broken by a line break in the text as written is the end of one paragraph and the start of the next
    // (十 / 三五), not the word: the key drops the line break.
    func isBroken(_ start: Int, _ count: Int) -> Bool {
      written[origins[start]...origins[start + count - 1]].contains(where: Whitespace.isNewline)
    }
    var hits: [Hit] = []
    var i = 0
    while i < scalars.count {
      var found: ([Unicode.Scalar], EraMarkerSpec)?
      let candidates = firstScalars.contains(scalars[i]) ? words[scalars[i]] ?? [] : []
      for (word, marker) in candidates
      where i + word.count <= scalars.count && scalars[i..<(i + word.count)].elementsEqual(word)
        && !isBroken(i, word.count)
      {
        found = (word, marker)
        break
      }
      guard let (word, marker) = found else {
        i += 1
        continue
      }
      hits.append(Hit(start: origins[i], end: origins[i + word.count - 1] + 1, marker: marker))
      i += word.count
    }
    return hits
  }

  static let clauseEnds: Set<Unicode.Scalar> = Set("，。；！？：,;!?:\n".unicodeScalars)

  /// The clauses of a text, by the offsets of its clause-ending marks (found once per text).
  struct Clauses {
    let count: Int
    let ends: [Int]

    init(_ scalars: [Unicode.Scalar]) {
      count = scalars.count
      ends = scalars.indices.filter { EraMarkerRule.clauseEnds.contains(scalars[$0]) }
    }

    /// The clause holding `hit`: from just after the last mark before it to the first mark at or after its end.
    func range(around hit: Hit) -> Range<Int> {
      let before = firstEnd(atLeast: hit.start)
      let after = firstEnd(atLeast: hit.end)
      return (before > 0 ? ends[before - 1] + 1 : 0)..<(after < ends.count ? ends[after] : count)
    }

    /// The index in `ends` of the first mark at or after `offset` (`ends.count` when none).
    private func firstEnd(atLeast offset: Int) -> Int {
      var low = 0
      var high = ends.count
      while low < high {
        let mid = (low + high) / 2
        if ends[mid] < offset { low = mid + 1 } else { high = mid }
      }
      return low
    }
  }

  /// A look back: the clause holding the word also holds a look-back cue (收官, 期间, 总结验收, 以来 …).
  static func isLookBack(_ clause: Range<Int>, in scalars: [Unicode.Scalar], cues: [String]) -> Bool {
    let text = String(String.UnicodeScalarView(scalars[clause]))
    return cues.contains { !$0.isEmpty && text.contains($0) }
  }
}
