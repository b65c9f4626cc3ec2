/// 指标匹配：matches a figure in prose to a catalog indicator through the indicator's label and aliases.
///
/// An alias matches when the figure's own phrase contains it (`出庭应诉率达100%`), or when the phrase holds the
/// alias's ending and the rest of the alias appears earlier in the sentence — the subject shared by a list
/// (`接收复议申请121件，其中受理100件` → 复议 … 受理). A leading 行政 may be left out. Units must agree:
/// rates need `%`, amounts need 元, counts any other unit.
struct IndicatorMatcher: Sendable {
  struct Alias: Sendable {
    var candidate: Int
    var text: String
    /// Endings of at least two characters, longest first, each with the rest of the alias before it.
    var splits: [(suffix: String, prefix: String)]
    var count: Int
  }
  var specs: [IndicatorSpec]
  var aliases: [Alias] = []
  /// Aliases by their last two characters (`pair`): a label can only match aliases whose ending it contains.
  var byEnding: [UInt64: [Int]] = [:]
  /// Aliases by their first two characters (`pair`), for verb-only labels in lists (修订1件).
  var byStart: [UInt64: [Int]] = [:]

  /// Two characters as one integer key, so lookups need no String per character pair.
  static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }

  init(catalog: Catalog) {
    specs = catalog.indicators
    for (index, spec) in specs.enumerated() {
      var keys: [[Character]] = []
      for alias in [spec.label] + spec.aliases {
        let key = Array(TextKey.key(alias))
        guard key.count >= 2 else { continue }
        keys.append(key)
        if key.count > 4 && key.starts(with: ["行", "政"]) { keys.append(Array(key.dropFirst(2))) }
      }
      for key in keys {
        var splits: [(String, String)] = []
        var length = key.count - 1
        while length >= 2 {
          splits.append((String(key.suffix(length)), String(key.prefix(key.count - length))))
          length -= 1
        }
        aliases.append(Alias(candidate: index, text: String(key), splits: splits, count: key.count))
        let scalars = Array(String(key).unicodeScalars)
        byEnding[Self.pair(scalars[scalars.count - 2], scalars[scalars.count - 1]), default: []].append(aliases.count - 1)
        byStart[Self.pair(scalars[0], scalars[1]), default: []].append(aliases.count - 1)
      }
    }
  }

  /// The best indicator for `figure`, if any.
  func match(_ figure: Figure) -> IndicatorSpec? { match(figure, minimumScore: 1) }

  /// The best indicator scoring at least `minimumScore` (900 and above: the alias stands in the figure's own
  /// clause, the certainty `validate` needs before calling a figure wrong).
  func match(_ figure: Figure, minimumScore: Int) -> IndicatorSpec? {
    guard figure.role == .value || figure.role == .rangeTo else { return nil }
    let label = TextKey.key(figure.label)
    let trailing = TextKey.key(figure.trailingLabel)
    let context = TextKey.key(figure.context)
    var seen = Set<Int>()
    var best: (Int, Int)?
    let labelScalars = Array(label.unicodeScalars)
    if (2...4).contains(labelScalars.count) {
      for aliasIndex in byStart[Self.pair(labelScalars[0], labelScalars[1])] ?? []
      where seen.insert(aliasIndex).inserted {
        let alias = aliases[aliasIndex]
        guard unitAgrees(specs[alias.candidate], figure.quantity) else { continue }
        let score = Self.score(
          alias: alias, label: label, context: context, trailing: trailing, isListed: figure.isListed)
        if score > 0 && (best == nil || score > best!.1) { best = (alias.candidate, score) }
      }
    }
    for chars in [labelScalars, Array(trailing.unicodeScalars)] {
      guard chars.count >= 2 else { continue }
      for i in 0..<(chars.count - 1) {
        guard let list = byEnding[Self.pair(chars[i], chars[i + 1])] else { continue }
        for aliasIndex in list where seen.insert(aliasIndex).inserted {
          let alias = aliases[aliasIndex]
          guard unitAgrees(specs[alias.candidate], figure.quantity) else { continue }
          let score = Self.score(
            alias: alias, label: label, context: context, trailing: trailing, isListed: figure.isListed)
          if score > 0 && (best == nil || score > best!.1) { best = (alias.candidate, score) }
        }
      }
    }
    guard let best, best.1 >= minimumScore else { return nil }
    return specs[best.0]
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
  static func unitFamilies(_ unit: String) -> Set<String> { families[unit] ?? [unit] }

  private static let families: [String: Set<String>] = {
    let items: Set<String> = ["件", "项", "个", "条", "份", "部", "宗", "起", "本", "件次", "类", "批", "套"]
    let events: Set<String> = ["次", "场", "场次", "期", "轮", "批次"]
    let people: Set<String> = ["人", "名", "人次", "位"]
    var table: [String: Set<String>] = ["人次": people.union(["次"])]
    for unit in ["名", "人", "位"] { table[unit] = people.subtracting(["人次"]) }
    for unit in ["次", "场次", "场"] { table[unit] = events }
    for unit in ["个", "件", "项", "条", "份"] { table[unit] = items }
    return table
  }()

  /// Verbs that may replace an alias's opening verb, by meaning (接到 for 收到, never 梳理 for 办结).
  static let verbGroups: [[String]] = [
    ["收到", "接到", "接收", "新收"], ["办理", "办结", "完成"], ["开展", "组织", "举办"], ["受理"], ["审核", "审查"], ["出具"],
    ["聘请", "选聘"], ["发布", "公开"], ["制定", "出台", "印发", "制发"], ["清理", "梳理"], ["报送"], ["实行", "推行"],
  ]
  static let verbs: [String: Int] = {
    var table: [String: Int] = [:]
    for (group, words) in verbGroups.enumerated() { for word in words { table[word] = group } }
    return table
  }()
  /// Labels of figures still under way (正在审理1件): not the completed or total count an alias names.
  static let pendingMarkers = ["正在", "尚在", "尚未", "仍在"]

  static func score(alias: Alias, label: String, context: String, trailing: String, isListed: Bool = false) -> Int {
    // What a figure counts is named right before it: an alias further back names the actor, not the thing
    // (各类人民调解组织成功调处各类纠纷8613件 counts 纠纷, not 调解组织).
    let nearEnd = maximumGap
    if pendingMarkers.contains(where: label.hasPrefix) { return 0 }
    // Lengths in Unicode scalars (as `gapAfterLastOccurrence` counts): String.count breaks graphemes, which was
    // the matcher's main cost; keys hold no combining sequences, so the counts are the same.
    let labelCount = label.unicodeScalars.count
    if let gap = label.gapAfterLastOccurrence(of: alias.text) {
      return gap <= nearEnd ? 1000 + alias.count * 10 : 0
    }
    if labelCount <= 2, trailing.fastContains(alias.text) { return 900 + alias.count * 10 }
    // The name after the figure in a list: 3件予以废止、15件宣布失效.
    if isListed, alias.count >= 4, trailing.hasPrefix(alias.text) { return 800 + alias.count * 10 }
    // A verb-only label in a list takes the noun of the list's subject (修订1件 after 规范性文件6件).
    if labelCount >= 2 && labelCount <= 4, alias.text.hasPrefix(label), alias.count > labelCount + 1,
      context.fastContains(String(alias.text.unicodeScalars.dropFirst(labelCount)))
    {
      return 650 + alias.count * 10
    }
    // The longest ending of the alias found near the end of the label; the rest must be in the label before it,
    // or name the subject of the sentence when the label is only the ending (其中受理 after 接收复议申请).
    for (suffix, prefix) in alias.splits {
      guard let gap = label.gapAfterLastOccurrence(of: suffix), gap <= nearEnd else { continue }
      let prefixCount = prefix.unicodeScalars.count
      let suffixLength = alias.count - prefixCount
      let before = String(label.unicodeScalars.dropLast(gap + suffixLength))
      let beforeCount = before.unicodeScalars.count
      if prefixCount >= 2 && before.fastContains(prefix) { return 700 + suffixLength * 10 + prefixCount }
      if beforeCount <= 2 && prefixCount >= 2 && context.fastContains(prefix) {
        return 600 + suffixLength * 10 + prefixCount
      }
      // A verb-only difference (接到 vs 收到 行政复议申请) is tolerated for long endings.
      if suffixLength >= 4 && beforeCount <= 3, let group = verbs[prefix],
        before.isEmpty || verbs[String(before.suffix(2))] == group
      {
        return 500 + suffixLength * 10
      }
      if suffixLength >= 3 && qualifiers.contains(prefix) { return 450 + suffixLength * 10 }
      // A long, specific ending names the indicator by itself (市委常委会研究法治政府建设 for 党委常委会…).
      // Unless a verb of another meaning opens the label (梳理行政许可事项 is not 办理行政许可事项).
      if suffixLength >= 6 && beforeCount <= 2 {
        let labelVerb = verbs[String(label.prefix(2))]
        let aliasVerb = verbs[String(alias.text.prefix(2))]
        if labelVerb != nil && aliasVerb != nil && labelVerb != aliasVerb { return 0 }
        return 200 + suffixLength * 10
      }
      return 0
    }
    return trailingNounScore(alias: alias, label: label, context: context, trailing: trailing) ?? 0
  }

  /// Counts written before their noun: the alias's ending opens the phrase after the unit and its verb stands in
  /// the label, later in that phrase or, for a bare verb, earlier in the sentence (抽查了…286本案卷,
  /// 117本案卷参加了评查, 40余份行政处罚案卷进行集中评查); or the noun opens it and the verb
  /// follows 参加 (500名一线执法人员参加了培训 for 执法人员培训).
  static func trailingNounScore(alias: Alias, label: String, context: String, trailing: String) -> Int? {
    guard trailing.count >= 2 else { return nil }
    for (suffix, prefix) in alias.splits where prefix.count >= 2 {
      for offset in 0...maximumNounLead {
        let rest = trailing.dropFirst(offset)
        if rest.hasPrefix(suffix) {
          let after = String(rest.dropFirst(suffix.count))
          if label.fastContains(prefix) || after.fastContains(prefix)
            || (offset == 0 && prefix.count == 2 && context.fastContains(prefix))
          {
            return 550 + suffix.count * 10 + prefix.count
          }
        }
        if prefix.count >= 4, rest.hasPrefix(prefix) {
          var tail = rest.dropFirst(prefix.count)
          while !tail.isEmpty && !tail.hasPrefix("参加") && !tail.hasPrefix("参与") { tail = tail.dropFirst() }
          if tail.count > 2 && String(tail.dropFirst(2)).fastContains(suffix) {
            // Who took part in what: the figure counts the participation, whatever the short label says
            // (组织320名执法人员参加了培训 counts training, not the officers on staff).
            return 950 + suffix.count * 10 + prefix.count
          }
        }
      }
    }
    return nil
  }

  /// Characters allowed between the name and the figure (均达到, 分别为 are trimmed already).
  static let maximumGap = 6
  /// Characters of modifier allowed between a figure and the noun after it (40余份行政处罚案卷).
  static let maximumNounLead = 4
  /// Qualifiers an alias may carry that the report leaves out (人民调解员 written 调解员).
  static let qualifiers: Set<String> = ["人民", "各类", "基层", "在岗", "专职", "全县", "全区", "全市"]

}
