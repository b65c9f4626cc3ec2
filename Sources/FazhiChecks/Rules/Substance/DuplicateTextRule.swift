import FazhiCore

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

  typealias Sentence = (offset: Int, text: String)

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let stock = StockPhraseMatcher(context.catalog.stockPhrases)
    // Keys first (the byte-level TextKey), the stock-phrase count and the location only for a key seen before:
    // the count and the key are functions of the same characters, so a text and its repeat pass or fail the
    // length floor together. Building a ComparableText for every sentence took a quarter of validate.
    func counts(_ text: String) -> Bool {
      ComparableText(text, stockPhrases: stock).countedCharacters >= Self.minimumCharacters
    }
    var paragraphs: [String: TextLocation] = [:]
    // The first place of each sentence: its span's path and sentences, its index there, the span's location.
    var sentences: [String: (path: String, pieces: [Sentence], index: Int, fallback: TextLocation?)] = [:]
    var findings: [Diagnostic] = []
    func finding(_ what: String, at here: TextLocation?, first: TextLocation) -> Diagnostic {
      context.diagnostic(
        Self.description, at: here, "\(what)与第\(first.line)行的相同；请删去重复的一处，或改写为这里的具体内容",
        notes: ["第一次出现在 \(first)"])
    }
    func locate(_ index: Int, of pieces: [Sentence], in path: String) -> TextLocation? {
      let text = pieces[index].text
      // The same words earlier in the span: the sentence is their next occurrence in the file.
      let occurrence = pieces[..<index].lazy.filter { $0.text == text }.count
      return context.positions.locate(text, occurrence: occurrence, in: path)
    }
    for span in context.textSpans where !span.isTitle {
      let location = context.positions.location(span.path)
      // A paragraph written twice is one finding, not one per sentence.
      let paragraphKey = TextKey.key(span.text)
      if let location {
        if let first = paragraphs[paragraphKey] {
          if counts(span.text) {
            findings.append(finding("这一段", at: location, first: first))
            continue
          }
        } else {
          paragraphs[paragraphKey] = location
        }
      }
      let pieces = ReportProse.split(span.text)
      for (index, piece) in pieces.enumerated() {
        let key = TextKey.key(piece.text)
        guard let first = sentences[key] else {
          sentences[key] = (span.path, pieces, index, location)
          continue
        }
        guard counts(piece.text),
          let here = locate(index, of: pieces, in: span.path) ?? location,
          let firstHere = locate(first.index, of: first.pieces, in: first.path) ?? first.fallback
        else { continue }
        findings.append(finding("这句话（「\(StockPhraseOnlyRule.snippet(piece.text))」）", at: here, first: firstHere))
      }
    }
    return findings
  }
}
