/// 指标匹配：matches a figure in prose to a catalog indicator through the indicator's label and aliases.
///
/// An alias matches when the figure's own phrase contains it (`出庭应诉率达100%`), or when the phrase holds the
/// alias's ending and the rest of the alias appears earlier in the sentence — the subject shared by a list
/// (`接收复议申请121件，其中受理100件` → 复议 … 受理). A leading 行政 may be left out. Units must agree:
/// rates need `%`, amounts need 元, counts any other unit.
struct IndicatorMatcher: Sendable {
  struct Candidate: Sendable {
    var spec: IndicatorSpec
    var aliases: [[Character]]
  }
  var candidates: [Candidate]

  init(catalog: Catalog) {
    candidates = catalog.indicators.map { spec in
      var keys: [[Character]] = []
      for alias in [spec.label] + spec.aliases {
        let key = Array(TextKey.key(alias))
        guard key.count >= 2 else { continue }
        keys.append(key)
        if key.count > 4 && key.starts(with: ["行", "政"]) { keys.append(Array(key.dropFirst(2))) }
      }
      return Candidate(spec: spec, aliases: keys)
    }
  }

  /// The best indicator for `figure`, if any.
  func match(_ figure: Figure) -> IndicatorSpec? { match(figure, minimumScore: 1) }

  /// The best indicator scoring at least `minimumScore` (900 and above: the alias stands in the figure's own
  /// clause, the certainty `validate` needs before calling a figure wrong).
  func match(_ figure: Figure, minimumScore: Int) -> IndicatorSpec? {
    guard figure.role == .value || figure.role == .rangeTo else { return nil }
    let label = Array(TextKey.key(figure.label))
    let trailing = Array(TextKey.key(figure.trailingLabel))
    let context = Array(TextKey.key(figure.context.suffix(80)))
    var best: (IndicatorSpec, Int)?
    for candidate in candidates where unitAgrees(candidate.spec, figure.quantity) {
      for alias in candidate.aliases {
        let score = Self.score(alias: alias, label: label, context: context, trailing: trailing)
        if score >= minimumScore && (best == nil || score > best!.1) { best = (candidate.spec, score) }
      }
    }
    return best?.0
  }

  func unitAgrees(_ spec: IndicatorSpec, _ quantity: Quantity) -> Bool {
    switch spec.kind {
    case .rate: return quantity.unit == "%"
    case .amount: return quantity.unit == "元"
    case .count, .number:
      guard let unit = quantity.unit else { return false }
      return Self.unitFamilies(spec.unit).contains(unit)
    }
  }

  /// Units that count the same kind of thing as a catalog unit (件 and 份 are documents; 人次 and 次 both count
  /// attendances).
  static func unitFamilies(_ unit: String) -> Set<String> {
    let items: Set<String> = ["件", "项", "个", "条", "份", "部", "宗", "起", "本", "件次", "类", "批", "套"]
    let events: Set<String> = ["次", "场", "场次", "期", "轮", "批次"]
    let people: Set<String> = ["人", "名", "人次", "位"]
    switch unit {
    case "人次": return people.union(["次"])
    case "名", "人", "位": return people.subtracting(["人次"])
    case "次", "场次", "场": return events
    case "个", "件", "项", "条", "份": return items
    default: return [unit]
    }
  }

  /// Verbs that may replace an alias's opening verb (接到 for 收到).
  static let verbs: Set<String> = [
    "收到", "接到", "接收", "新收", "办理", "开展", "组织", "完成", "受理", "审核", "审查", "出具", "举办", "聘请", "选聘", "发布", "公开",
    "制定", "出台", "印发", "制发", "清理", "报送", "办结", "梳理", "实行", "推行",
  ]

  static func score(alias: [Character], label: [Character], context: [Character], trailing: [Character]) -> Int {
    if contains(label, alias) { return 1000 + alias.count * 10 }
    if label.count <= 2, contains(trailing, alias) { return 900 + alias.count * 10 }
    // The longest ending of the alias found in the label; the rest must precede it in the sentence.
    var suffixLength = alias.count - 1
    while suffixLength >= 2 {
      let suffix = Array(alias.suffix(suffixLength))
      if contains(label, suffix) {
        let prefix = Array(alias.prefix(alias.count - suffixLength))
        // A verb-only difference (接到 vs 收到 行政复议申请) is tolerated for long endings.
        if suffixLength >= 4 && verbs.contains(String(prefix)) { return 500 + suffixLength * 10 }
        if prefix.count >= 2 && contains(context + label, prefix) { return 300 + suffixLength * 10 + prefix.count }
        return 0
      }
      suffixLength -= 1
    }
    return 0
  }

  static func contains(_ haystack: [Character], _ needle: [Character]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    var i = 0
    while i + needle.count <= haystack.count {
      if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return true }
      i += 1
    }
    return false
  }
}
