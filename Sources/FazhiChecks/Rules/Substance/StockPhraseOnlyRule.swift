import FazhiCore
import Foundation

/// A paragraph, a 不足/原因 pair, or a whole part that says nothing of its own: once the catalog's stock phrases,
/// 空话 and slogans are taken out (`Schemas/catalog/wordlists.yaml`), only the joints between them are left.
struct StockPhraseOnlyRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "stock_phrase_only",
    name: "只有套话",
    severity: .warning,
    description: "一段文字（或一条不足连同它的原因、或整个部分）去掉目录中的套话、空话和口号（Schemas/catalog/wordlists.yaml 的 stockPhrases、hollowPhrases、slogans）后，剩下的不到全文的五分之一、又没有一个数字：剩下的只是把套话连起来的字（将、和、的、同时），说不出本地区做了什么，审核时会作为空洞内容退回。导语本来以套话开头，不检查。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 严格规范公正文明执法，评查执法案卷120份，发现并督促整改问题案卷6份。
      存在的不足和原因:
        - 不足: 依法行政意识有待进一步提高。
          原因: 乡镇执法人员多为兼职，全年人均培训不足20学时。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 规范执法
              内容: ↓深入推进“放管服”改革，严格规范公正文明执法，持续优化法治化营商环境。
            - 内容: 评查执法案卷120份。
      存在的不足和原因:
        - ↓不足: 依法行政意识有待进一步提高，与上级要求还有差距。
          原因: 思想认识不到位，重视程度不够。
      ↓党政主要负责人履行推进法治建设第一责任人职责情况:
        - 严格落实党政主要负责人履行推进法治建设第一责任人职责。
        - 深入学习贯彻习近平法治思想，推动法治政府建设迈上新台阶。
      """
    ])

  /// At most one character in five of a text left once the phrases are masked: the joints between stock phrases
  /// (将、和、的、同时、在……下) take about that share of a sentence strung from them; a sentence that names a measure
  /// of its own keeps well over half of its characters (the bundled example's paragraphs keep over 80%).
  static let maximumOwnShare = 0.2

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let matcher = context.hollowPhraseMatcher
    var findings: [Diagnostic] = []
    for part in context.catalog.parts where part.id != .shortcomings {
      let spans = context.textSpans.filter { !$0.isTitle && Self.isUnder(part.key, $0.path) }
      let hollow = spans.filter { Self.isHollow($0.text, matcher, context) }
      guard !hollow.isEmpty else { continue }
      let advice = part.id.expectedContent
      if hollow.count == spans.count && spans.count > 1 {
        findings.append(
          context.diagnostic(
            Self.description, at: context.positions.keyLocation(part.key),
            "「\(part.key)」整个部分只有套话，没有一句说的是本地区的具体情况；请\(advice)"))
        continue
      }
      findings += hollow.map { span in
        context.diagnostic(
          Self.description, at: context.positions.location(span.path),
          "这段文字去掉套话后几乎没有内容（「\(Self.snippet(span.text))」）；请\(advice)")
      }
    }
    let shortcomings = context.catalog.part(.shortcomings).key
    for (index, item) in context.report.shortcomings.enumerated() {
      guard Self.isHollow(item.problem + "。" + (item.cause ?? ""), matcher, context) else { continue }
      findings.append(
        context.diagnostic(
          Self.description, at: context.positions.location("\(shortcomings)[\(index)]") ?? item.location,
          "不足「\(Self.snippet(item.problem))」和它的原因都只有套话；请\(ReportPart.shortcomings.expectedContent)"))
    }
    return findings
  }

  /// Whether `text` is strung from the catalog's phrases: at least one found, no figure, and what is left at most
  /// `maximumOwnShare` of it. A text still being written is the placeholder rule's.
  static func isHollow(_ text: String, _ matcher: StockPhraseMatcher, _ context: ValidationContext) -> Bool {
    let counts = ComparableText.counts(text, stockPhrases: matcher)
    guard counts.stockOccurrences > 0, counts.characters > 0 else { return false }
    guard Double(counts.countedCharacters) <= maximumOwnShare * Double(counts.characters) else { return false }
    return !context.isUnfinished(text) && !QuantityScanner.scan(text).contains { $0.role.isFigure }
  }

  /// Whether a span's path is the part's key or an index under it (`第一责任人[2]`). Compared by bytes: a path is
  /// made from the catalog's own key (`TextSpan.spans`), and `hasPrefix` normalised both at every span.
  static func isUnder(_ key: String, _ path: String) -> Bool {
    let key = key.utf8
    let path = path.utf8
    return path.elementsEqual(key) || (path.starts(with: key) && path.dropFirst(key.count).first == UInt8(ascii: "["))
  }

  static func snippet(_ text: String) -> String {
    let flat = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "")
    return flat.count > 16 ? String(flat.prefix(16)) + "…" : flat
  }
}
