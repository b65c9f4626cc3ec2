import FazhiCore

/// 指标匹配：matches a figure in prose to a catalog indicator through the indicator's label and aliases.
///
/// An alias matches when the figure's own phrase contains it (`出庭应诉率达100%`), or when the phrase holds the
/// alias's ending and the rest of the alias appears earlier in the sentence — the subject shared by a list
/// (`接收复议申请121件，其中受理100件` → 复议 … 受理). A leading 行政 may be left out. Units must agree:
/// rates need `%`, amounts need 元, counts any other unit.
struct IndicatorMatcher: Sendable {
  struct Alias: Sendable {
    var candidate: Int
    /// The alias's comparison key.
    var text: ArraySlice<UInt32>
    var count: Int { text.count }
    /// Where the alias splits into a prefix and an ending of at least two scalars, longest ending first
    /// (`text[..<split]` and `text[split...]`).
    var splits: Range<Int> { text.startIndex + 1..<max(text.startIndex + 1, text.endIndex - 1) }
  }
  var specs: [IndicatorSpec]
  var aliases: [Alias] = []
  /// Aliases by their last two scalars (`ScalarSearch.pair`): a label can only match aliases whose ending it
  /// contains.
  var byEnding: [UInt64: [Int]] = [:]
  /// Aliases by their first two scalars, for verb-only labels in lists (修订1件).
  var byStart: [UInt64: [Int]] = [:]
  /// Units by number, and for each indicator the units its figures may carry (`unitAgrees`, as a table).
  private var unitNumbers: [String: Int] = [:]
  private var acceptedUnits: [[Bool]] = []

  init(catalog: Catalog) {
    specs = catalog.indicators
    for (index, spec) in specs.enumerated() {
      var keys: [[UInt32]] = []
      for alias in [spec.label] + spec.aliases {
        let key = TextKey.scalars(alias)
        guard key.count >= 2 else { continue }
        keys.append(key)
        if key.count > 4 && key.starts(with: Self.administrative) { keys.append(Array(key.dropFirst(2))) }
      }
      for key in keys {
        aliases.append(Alias(candidate: index, text: key[...]))
        byEnding[ScalarSearch.pair(key[key.count - 2], key[key.count - 1]), default: []].append(aliases.count - 1)
        byStart[ScalarSearch.pair(key[0], key[1]), default: []].append(aliases.count - 1)
      }
    }
    let accepted = specs.map(Self.units(acceptedBy:))
    let allUnits = Set(accepted.joined()).sorted()
    for (number, unit) in allUnits.enumerated() { unitNumbers[unit] = number }
    // One row per indicator, one column per unit in `allUnits` order (the numbering above).
    acceptedUnits = accepted.map { units in allUnits.map(units.contains) }
  }

  /// 行政, the opening an alias may leave out.
  private static let administrative = TextKey.scalars("行政")

  /// The best indicator for `figure`, if any, other than `excluded` (the indicator of the figure a completion copy
  /// was made from: what was done is another count than what was handled).
  func match(_ figure: Figure, excluding excluded: String? = nil) -> IndicatorSpec? {
    match(figure, minimumScore: 1, excluding: excluded)
  }

  /// The best indicator scoring at least `minimumScore` (900 and above: the alias stands in the figure's own
  /// clause, the certainty `validate` needs before calling a figure wrong).
  func match(_ figure: Figure, minimumScore: Int, excluding excluded: String? = nil) -> IndicatorSpec? {
    guard let best = scoredMatch(figure, excluding: excluded), best.score >= minimumScore else { return nil }
    return best.spec
  }

  /// The best indicator for `figure`, with its score (see `score(alias:label:context:trailing:isListed:)`) and
  /// whether the binding rests on the sentence before the clause: the subject a list names once, at its head
  /// (`共收到行政复议申请95件，不予受理12件`: 不予受理 takes 行政复议 from the head).
  struct Match {
    var spec: IndicatorSpec
    var score: Int
    var usesSharedSubject: Bool
  }

  func scoredMatch(_ figure: Figure, excluding excluded: String? = nil) -> Match? {
    guard figure.role == .value || figure.role == .rangeTo else { return nil }
    guard let unit = figure.quantity.unit, let unitNumber = unitNumbers[unit] else { return nil }
    let label = TextKey.scalars(figure.label)[...]
    // A pending label scores 0 with every alias.
    guard !Self.isPending(label) else { return nil }
    let trailing = TextKey.scalars(figure.trailingLabel)[...]
    // The context's key is made for the first alias scored: many figures have none.
    var contextKey: ArraySlice<UInt32>?
    var seen = [Bool](repeating: false, count: aliases.count)
    var best: (alias: Int, score: Int)?
    func consider(_ aliasIndex: Int) {
      guard !seen[aliasIndex] else { return }
      seen[aliasIndex] = true
      let alias = aliases[aliasIndex]
      guard acceptedUnits[alias.candidate][unitNumber], specs[alias.candidate].id != excluded else { return }
      let context = contextKey ?? figure.context.key[...]
      contextKey = context
      let score = Self.activeScore(
        alias: alias, label: label, context: context, trailing: trailing, isListed: figure.isListed)
      if score > 0 && best.map({ score > $0.score }) ?? true { best = (aliasIndex, score) }
    }
    if (2...4).contains(label.count), let start = ScalarSearch.leadingPair(label) {
      for aliasIndex in byStart[start] ?? [] { consider(aliasIndex) }
    }
    for chars in [label, trailing] where chars.count >= 2 {
      for i in chars.startIndex..<(chars.endIndex - 1) {
        guard let list = byEnding[ScalarSearch.pair(chars[i], chars[i + 1])] else { continue }
        for aliasIndex in list { consider(aliasIndex) }
      }
    }
    guard let best else { return nil }
    let alias = aliases[best.alias]
    let alone = Self.activeScore(alias: alias, label: label, context: [], trailing: trailing, isListed: figure.isListed)
    return Match(spec: specs[alias.candidate], score: best.score, usesSharedSubject: alone < best.score)
  }

  /// The units a figure of `spec` may carry: rates need `%`, amounts 元, counts a unit of their family.
  static func units(acceptedBy spec: IndicatorSpec) -> Set<String> {
    switch spec.kind {
    case .rate: return ["%"]
    case .amount: return ["元"]
    case .count, .number: return unitFamilies(spec.unit)
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
  /// Verb groups by the verb's two scalars (every verb above has two).
  static let verbs: [UInt64: Int] = {
    var table: [UInt64: Int] = [:]
    for (group, words) in verbGroups.enumerated() {
      for word in words { table[pairKey(word)] = group }
    }
    return table
  }()
  /// Labels of figures still under way (正在审理1件): not the completed or total count an alias names.
  static let pendingMarkers: Set<UInt64> = Set(["正在", "尚在", "尚未", "仍在"].map(pairKey))
  /// Qualifiers an alias may carry that the report leaves out (人民调解员 written 调解员).
  static let qualifiers: Set<UInt64> = Set(["人民", "各类", "基层", "在岗", "专职", "全县", "全区", "全市"].map(pairKey))
  /// 参加 and 参与, which open what a count of participants took part in.
  private static let participation: Set<UInt64> = Set(["参加", "参与"].map(pairKey))

  private static func pairKey(_ word: String) -> UInt64 {
    let scalars = Array(word.unicodeScalars)
    precondition(scalars.count == 2, "two-character word expected: \(word)")
    return ScalarSearch.pair(scalars[0].value, scalars[1].value)
  }

  /// The verb group of a phrase of exactly two scalars.
  private static func verbGroup(_ text: ArraySlice<UInt32>) -> Int? {
    guard text.count == 2, let key = ScalarSearch.leadingPair(text) else { return nil }
    return verbs[key]
  }

  /// True for the label of a figure still under way (正在审理1件): it scores 0 with every alias.
  static func isPending(_ label: ArraySlice<UInt32>) -> Bool {
    ScalarSearch.leadingPair(label).map(pendingMarkers.contains) ?? false
  }

  static func score(
    alias: Alias, label: ArraySlice<UInt32>, context: ArraySlice<UInt32>, trailing: ArraySlice<UInt32>,
    isListed: Bool = false
  ) -> Int {
    isPending(label)
      ? 0 : activeScore(alias: alias, label: label, context: context, trailing: trailing, isListed: isListed)
  }

  /// `score` for a label that is not pending: `scoredMatch` asks that once per figure, not once per alias.
  static func activeScore(
    alias: Alias, label: ArraySlice<UInt32>, context: ArraySlice<UInt32>, trailing: ArraySlice<UInt32>,
    isListed: Bool
  ) -> Int {
    // What a figure counts is named right before it: an alias further back names the actor, not the thing
    // (各类人民调解组织成功调处各类纠纷8613件 counts 纠纷, not 调解组织).
    let nearEnd = maximumGap
    let labelCount = label.count
    let text = alias.text
    if let gap = ScalarSearch.gapAfterLastOccurrence(label, text) {
      return gap <= nearEnd ? 1000 + alias.count * 10 : 0
    }
    if labelCount <= 2, ScalarSearch.contains(trailing, text) { return 900 + alias.count * 10 }
    // The name after the figure in a list: 3件予以废止、15件宣布失效.
    if isListed, alias.count >= 4, ScalarSearch.hasPrefix(trailing, text) { return 800 + alias.count * 10 }
    // A verb-only label in a list takes the noun of the list's subject (修订1件 after 规范性文件6件).
    if labelCount >= 2 && labelCount <= 4, ScalarSearch.hasPrefix(text, label), alias.count > labelCount + 1,
      ScalarSearch.contains(context, text.dropFirst(labelCount))
    {
      return 650 + alias.count * 10
    }
    // The longest ending of the alias found near the end of the label; the rest must be in the label before it,
    // or name the subject of the sentence when the label is only the ending (其中受理 after 接收复议申请).
    for split in alias.splits {
      let suffix = text[split...]
      let prefix = text[..<split]
      guard let gap = ScalarSearch.gapAfterLastOccurrence(label, suffix), gap <= nearEnd else { continue }
      let prefixCount = prefix.count
      let suffixLength = suffix.count
      let before = label.dropLast(gap + suffixLength)
      let beforeCount = before.count
      if prefixCount >= 2 && ScalarSearch.contains(before, prefix) { return 700 + suffixLength * 10 + prefixCount }
      if beforeCount <= 2 && prefixCount >= 2 && ScalarSearch.contains(context, prefix) {
        return 600 + suffixLength * 10 + prefixCount
      }
      // A verb-only difference (接到 vs 收到 行政复议申请) is tolerated for long endings.
      if suffixLength >= 4 && beforeCount <= 3, let group = verbGroup(prefix),
        before.isEmpty || verbGroup(before.suffix(2)) == group
      {
        return 500 + suffixLength * 10
      }
      if suffixLength >= 3, prefix.count == 2, let key = ScalarSearch.leadingPair(prefix), qualifiers.contains(key) {
        return 450 + suffixLength * 10
      }
      // A long, specific ending names the indicator by itself (市委常委会研究法治政府建设 for 党委常委会…).
      // Unless a verb of another meaning opens the label (梳理行政许可事项 is not 办理行政许可事项).
      if suffixLength >= 6 && beforeCount <= 2 {
        let labelVerb = verbGroup(label.prefix(2))
        let aliasVerb = verbGroup(text.prefix(2))
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
  static func trailingNounScore(
    alias: Alias, label: ArraySlice<UInt32>, context: ArraySlice<UInt32>, trailing: ArraySlice<UInt32>
  ) -> Int? {
    guard trailing.count >= 2 else { return nil }
    let text = alias.text
    for split in alias.splits where split - text.startIndex >= 2 {
      let suffix = text[split...]
      let prefix = text[..<split]
      for offset in 0...maximumNounLead {
        let rest = trailing.dropFirst(offset)
        if ScalarSearch.hasPrefix(rest, suffix) {
          let after = rest.dropFirst(suffix.count)
          if ScalarSearch.contains(label, prefix) || ScalarSearch.contains(after, prefix)
            || (offset == 0 && prefix.count == 2 && ScalarSearch.contains(context, prefix))
          {
            return 550 + suffix.count * 10 + prefix.count
          }
        }
        if prefix.count >= 4, ScalarSearch.hasPrefix(rest, prefix) {
          var tail = rest.dropFirst(prefix.count)
          while let start = ScalarSearch.leadingPair(tail), !participation.contains(start) { tail = tail.dropFirst() }
          if tail.count > 2 && ScalarSearch.contains(tail.dropFirst(2), suffix) {
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

}
