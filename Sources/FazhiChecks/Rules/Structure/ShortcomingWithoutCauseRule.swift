import FazhiCore

/// A shortcoming is stated without its cause.
struct ShortcomingWithoutCauseRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "shortcoming_without_cause",
    name: "不足未写明原因",
    severity: .error,
    description: "督察工作规定要求报告「存在的不足和原因」，每一条不足都应写明原因，而不只是罗列问题。原因只写「无」「略」「暂无」「—」或只是重复不足的（原因的文字包含在不足中，或原因中四分之三以上的双字词已在不足中出现），同样视为未写；不足正文中以「究其原因」「原因是」等写明原因的，视为已写。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 编制和经费保障不足。
      """,
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - 基层执法力量薄弱，乡镇执法人员平均不足3人。究其原因，编制和经费保障不足。
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓不足: 基层执法力量薄弱。
        - 不足: 行政复议案件增多。
          原因: 群众维权意识增强。
      """,
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓基层执法力量薄弱。
      """,
      """
      年度: 2025
      报告主体: 示例县
      存在的不足和原因:
        - ↓不足: 基层执法力量薄弱。
          原因: 暂无
        - ↓不足: 行政复议案件增多。
          原因: 行政复议案件增多
        - ↓不足: 部分复议案件审理期限偏长。
          原因: 主要原因是复议案件的审理期限较长。
        - 不足: 部分复议案件审理期限偏长。
          原因: 复议机构人员编制有限，案件增长后审理力量不足。
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.report.shortcomings.compactMap { item in
      guard !item.problem.isBlank else { return nil }
      let snippet = String(item.problem.prefix(16)) + (item.problem.count > 16 ? "…" : "")
      let cause = item.cause ?? ""
      if cause.isBlank {
        // A 不足 written as one paragraph may give its cause inline (「……。究其原因，……」).
        guard !Self.statesCauseInline(item.problem) else { return nil }
        return context.diagnostic(
          Self.description, at: item.location, "不足「\(snippet)」没有写明原因；请加上「原因:」一项")
      }
      guard Self.isHollow(cause, problem: item.problem, leadIns: context.catalog.causeLeadIns) else { return nil }
      return context.diagnostic(
        Self.description, at: item.location,
        "不足「\(snippet)」的原因「\(String(cause.prefix(16)))」没有说明为什么；请写出造成这一不足的具体原因")
    }
  }

  /// Phrases that introduce a cause inside the 不足 itself.
  static let inlineCauseMarkers = ["究其原因", "原因是", "原因在于", "原因主要", "主要原因", "原因：", "原因:"]

  static func statesCauseInline(_ problem: String) -> Bool {
    inlineCauseMarkers.contains { problem.contains($0) }
  }

  /// A cause that says nothing: fewer than three characters once punctuation is dropped (无, 略, 暂无, —), or the
  /// 不足 restated: its words contained in the 不足, or at least `restatementShare` of its two-character pieces
  /// already there (「复议案件审理期限较长」 for 「部分复议案件审理期限偏长」). Lead-ins such as 主要原因是 are not words
  /// of the cause.
  static func isHollow(_ cause: String, problem: String, leadIns: [String]) -> Bool {
    var core = ideographs(cause)
    if core.count < 3 { return true }
    if let lead = leadIns.first(where: { core.starts(with: $0) }), core.count > lead.count {
      core = Array(core.dropFirst(lead.count))
    }
    let problemCore = ideographs(problem)
    if LiteralSearch.contains(String(problemCore), String(core)) { return true }
    // Particles (的、地、得) join words without adding one: 「案件的审理」 restates 「案件审理」.
    let pieces = Bigrams(core.filter { !particles.contains($0) })
    let known = Bigrams(problemCore.filter { !particles.contains($0) })
    return pieces.count >= 3 && Double(pieces.shared(with: known)) >= restatementShare * Double(pieces.count)
  }

  /// Three in four of the cause's two-character pieces already in its 不足: the cause adds at most one new word in
  /// four, a rewording rather than a reason. A real cause names something else (编制、经费、培训、认识……), and then
  /// shares well under half of its pieces with the 不足 (the example's causes share under a fifth).
  static let restatementShare = 0.75

  private static let particles: Set<Character> = ["的", "地", "得"]

  /// The characters of `text` that make words: Chinese characters and letters, as Unicode's Ideographic and
  /// Alphabetic properties define them.
  static func ideographs(_ text: String) -> [Character] {
    let scalars = [Unicode.Scalar](scalarsOf: text)
    // Where every scalar is a character of its own (nearly every report; CR LF is no word either way), the
    // characters are read from the scalars, without breaking the text into grapheme clusters.
    if scalars.allSatisfy(ReportProse.isAlwaysCharacter) {
      return scalars.filter(isWordScalar).map(Character.init)
    }
    return text.filter { ch in ch.unicodeScalars.allSatisfy(isWordScalar) }.map { $0 }
  }

  /// Unicode's Ideographic or Alphabetic property, answered without looking the properties up for the two kinds
  /// a report is made of: Chinese characters (all Ideographic) and ASCII (letters only are Alphabetic).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isHan { return true }
    if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
    return scalar.properties.isIdeographic || scalar.properties.isAlphabetic
  }

  /// A text's two-character pieces (行政 政复 复议 for 行政复议), compared as the two-character strings they are.
  struct Bigrams {
    /// The pieces as strings: any text.
    private var strings: [String] = []
    /// The pieces as pairs of scalars, for a text whose characters are each one scalar without decomposition
    /// or combining class (`LiteralSearch.isCanonicallyPlain`: Chinese characters, ASCII letters), where equal
    /// strings are equal scalars. Building and hashing a string per piece was most of this rule's time.
    private var pairs: [UInt64]?

    init(_ chars: [Character]) {
      let text = String(chars)
      if text.unicodeScalars.count == chars.count && LiteralSearch.isCanonicallyPlain(text) {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        pairs = scalars.count < 2 ? [] : (0..<(scalars.count - 1)).map { scalars[$0] << 32 | scalars[$0 + 1] }
      } else {
        strings = chars.count < 2 ? [] : (0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) }
      }
    }

    var count: Int { pairs?.count ?? strings.count }

    /// How many of these pieces (each occurrence counted) `other` has too.
    func shared(with other: Bigrams) -> Int {
      if let pairs, let otherPairs = other.pairs {
        let known = Set(otherPairs)
        return pairs.filter(known.contains).count
      }
      let known = Set(other.stringPieces)
      return stringPieces.filter(known.contains).count
    }

    /// The pieces as strings, whichever way they are kept.
    var stringPieces: [String] {
      guard let pairs else { return strings }
      return pairs.map { pair in
        var piece = String.UnicodeScalarView()
        for value in [pair >> 32, pair & 0xFFFF_FFFF] { Unicode.Scalar(UInt32(value)).map { piece.append($0) } }
        return String(piece)
      }
    }
  }
}
