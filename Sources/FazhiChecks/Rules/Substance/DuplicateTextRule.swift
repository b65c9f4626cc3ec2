import FazhiCore
import FazhiInput

/// The same paragraph or sentence written twice in one report: an item pasted under two areas, a sentence carried
/// into two parts. Found with the diff's sentence machinery (`ReportProse.split`, `ComparableText`) run against the
/// report itself; the catalog's stock phrases do not count, as in `diff`.
struct DuplicateTextRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "duplicate_text",
    name: "报告内文字重复",
    severity: .warning,
    description: "同一份报告中，一段文字或一句话出现了两次（去掉标点、空格后相同，套话不计）：多是复制粘贴时把一个事项放进了两个领域，或把同一句话写进了两个部分。不足10个字（不计套话）的短句不检查，与 diff 判断重复的下限相同。请删去重复的一处，或改写为各自的具体内容。同名的小标题由 duplicate_heading 检查。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全年评查执法案卷120份。严格规范公正文明执法。
        - 领域: 行政决策
          事项:
            - 内容: 全年审查重大行政决策事项6项。严格规范公正文明执法。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全年评查执法案卷120份，督促整改问题案卷6份。
            - 内容: 组织执法人员培训4期，共计350人次。
        - 领域: 行政决策
          事项:
            - 内容: ↓全年评查执法案卷120份，督促整改问题案卷6份。
            - 内容: 审查重大行政决策事项6项。↓组织执法人员培训4期，共计350人次。
      """
    ])

  /// Sentences shorter than this (stock phrases not counted) recur by nature (全面完成年度任务); the diff's
  /// `minimumSentenceLength` for the same reason.
  static let minimumCharacters = 10

  /// A sentence in the report: which non-title span it stands in, its character offset there and its text.
  struct Sentence: Hashable {
    var span: Int
    var offset: Int
    var text: String
  }

  /// A finding, before its sentences are located.
  enum Repeat {
    case paragraph(at: TextLocation, first: TextLocation)
    case sentence(Sentence, first: Sentence)
  }

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let spans = context.textSpans.filter { !$0.isTitle }
    let repeats = Self.repeats(in: spans, context)
    let located = Self.locate(repeats, in: spans, positions: context.positions)
    func finding(_ what: String, at here: TextLocation?, first: TextLocation) -> Diagnostic {
      context.diagnostic(
        Self.description, at: here, "\(what)与第\(first.line)行的相同；请删去重复的一处，或改写为这里的具体内容",
        notes: ["第一次出现在 \(first)"])
    }
    return repeats.compactMap { found in
      switch found {
      case .paragraph(let here, let first): return finding("这一段", at: here, first: first)
      case .sentence(let sentence, let first):
        guard let here = located[sentence] ?? nil, let firstHere = located[first] ?? nil else { return nil }
        return finding("这句话（「\(StockPhraseOnlyRule.snippet(sentence.text))」）", at: here, first: firstHere)
      }
    }
  }

  /// The paragraphs and sentences written a second time, in text order, with the first of each.
  static func repeats(in spans: [TextSpan], _ context: ValidationContext) -> [Repeat] {
    let sentencesBySpan = spans.map { ReportProse.split($0.text) }
    var firstParagraphs = FirstOccurrences<TextLocation>(capacity: spans.count)
    var firstSentences = FirstOccurrences<Sentence>(capacity: sentencesBySpan.reduce(0) { $0 + $1.count })
    // Made for the first repeat only: a report without one never needs the stock phrases.
    var stock: StockPhraseMatcher?
    // The length floor is asked only of a key seen before: the count and the key are functions of the same
    // characters, so a text and its repeat pass or fail it together. Building a ComparableText for every
    // sentence took a quarter of validate.
    func counts(_ text: String) -> Bool {
      let matcher = stock ?? StockPhraseMatcher(context.catalog.stockPhrases)
      stock = matcher
      return ComparableText.counts(text, stockPhrases: matcher).countedCharacters >= Self.minimumCharacters
    }
    var repeats: [Repeat] = []
    for (index, span) in spans.enumerated() {
      // A paragraph written twice is one finding, not one per sentence.
      if let location = context.positions.location(span.path),
        let first = firstParagraphs.earlier(span.text, else: location), counts(span.text)
      {
        repeats.append(.paragraph(at: location, first: first))
        continue
      }
      for piece in sentencesBySpan[index] {
        let sentence = Sentence(span: index, offset: piece.offset, text: piece.text)
        if let first = firstSentences.earlier(piece.text, else: sentence), counts(piece.text) {
          repeats.append(.sentence(sentence, first: first))
        }
      }
    }
    return repeats
  }

  /// The first occurrence of each text long enough to count, filed by its `TextKey`.
  struct FirstOccurrences<Value> {
    private var byKey: [TextKey.Hashed: Value] = [:]

    init(capacity: Int) {
      byKey.reserveCapacity(capacity)
    }

    /// The value filed for an earlier text with the key of `text`; nil, and `value` filed, for the first. A text
    /// whose key is shorter than `minimumCharacters` is never filed: it cannot count, and neither can its repeat.
    mutating func earlier(_ text: String, else value: Value) -> Value? {
      let key = TextKey.key(text)
      // A character takes at least one byte.
      guard key.utf8.count >= DuplicateTextRule.minimumCharacters else { return nil }
      let hashed = TextKey.Hashed(key: key)
      if let earlier = byKey[hashed] { return earlier }
      byKey[hashed] = value
      return nil
    }
  }

  /// Where the repeated sentences and their first occurrences sit in the file, found span by span in one pass
  /// over each (`QuoteLocator`); nil for a span whose path was never recorded.
  static func locate(_ repeats: [Repeat], in spans: [TextSpan], positions: PositionMap) -> [Sentence: TextLocation?] {
    var wanted: [Int: Set<Sentence>] = [:]
    for case .sentence(let sentence, let first) in repeats {
      wanted[sentence.span, default: []].insert(sentence)
      wanted[first.span, default: []].insert(first)
    }
    var located: [Sentence: TextLocation?] = [:]
    for (index, sentences) in wanted {
      let text = spans[index].text
      var locator = positions.quoteLocator(for: spans[index])
      // `ReportProse.split` counts characters; the locator takes string indices, walked forward once.
      var cursor = (index: text.startIndex, offset: 0)
      for sentence in sentences.sorted(by: { $0.offset < $1.offset }) {
        cursor = (text.index(cursor.index, offsetBy: sentence.offset - cursor.offset), sentence.offset)
        located[sentence] = locator.location(of: sentence.text, at: cursor.index)
      }
    }
    return located
  }
}
