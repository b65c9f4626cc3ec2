import FazhiCore

/// 部分识别：recognises which of the five mandated parts a heading names, from the catalog's part aliases,
/// and which framework area an achievements heading belongs to, from area aliases and keywords.
struct PartMatcher: Sendable {
  /// A comparison key (`TextKey`) with what the matching asks of it, worked out once.
  struct Key: Sendable {
    var text: String
    /// Length in Characters.
    var count: Int
    /// See `LiteralSearch.isCanonicallyPlain`: two plain keys are equal exactly when their bytes are.
    var isPlain: Bool
    /// The key's scalar pairs and the pair it opens with (`ScalarPairFilter`): which searches can be skipped.
    var pairs: ScalarPairFilter
    var opening: Int?

    init(_ text: String) {
      self.text = text
      count = text.count
      isPlain = LiteralSearch.isCanonicallyPlain(text)
      pairs = ScalarPairFilter(text)
      opening = ScalarPairFilter.opening(text)
    }

    /// `text.fastContains(other.text)`, skipped when the filter rules it out.
    func contains(_ other: Key) -> Bool {
      pairs.mayContain(opening: other.opening) && text.fastContains(other.text)
    }

    /// `String` equality (canonical equivalence), answered from the bytes when both keys are plain.
    func equals(_ other: Key) -> Bool {
      guard isPlain && other.isPlain else { return text == other.text }
      return text.utf8.count == other.text.utf8.count && text.utf8.elementsEqual(other.text.utf8)
    }
  }

  struct Entry: Sendable {
    var part: ReportPart
    var keys: [Key]
  }
  struct Area: Sendable {
    var spec: AreaSpec
    var keys: [Key]
    var keywords: [Key]
  }
  var entries: [Entry]
  var areas: [Area]

  /// Parts checked first win: a heading 存在的问题和下一步打算 is a shortcomings heading.
  static let priority: [ReportPart] = [.shortcomings, .nextYear, .firstResponsible, .other, .achievements]

  init(catalog: Catalog, framework: FrameworkSpec?) {
    entries = Self.priority.map { id in
      let part = catalog.part(id)
      let keys = ([part.key, part.heading] + part.aliases).map { TextKey.key($0) }.filter { $0.count >= 2 }
      return Entry(part: id, keys: keys.sorted { $0.count > $1.count }.map(Key.init))
    }
    let specs = framework?.areas ?? []
    areas = specs.map { spec in
      Area(
        spec: spec, keys: ([spec.title, spec.short] + spec.aliases).map { Key(TextKey.key($0)) },
        keywords: spec.keywords.map { Key(TextKey.key($0)) })
    }
  }

  /// The part a top-level heading names, if any.
  func part(forHeading text: String) -> ReportPart? {
    let key = Key(Self.stripYear(TextKey.key(text)))
    guard !key.text.isEmpty else { return nil }
    for entry in entries {
      for alias in entry.keys {
        if key.equals(alias) { return entry.part }
        if alias.count >= 4 && key.text.fastContains(alias.text) && key.count <= alias.count + 12 {
          return entry.part
        }
      }
    }
    return nil
  }

  /// The framework area an achievements heading (and optionally its text) belongs to. `body` is only read when
  /// the heading alone does not tell.
  ///
  /// Areas are visited by index: a copy of an `Area` retains every string of its spec, which cost more than the
  /// searches for every heading of a report of many 一是…十是… items, each an area.
  func area(forHeading text: String, body: () -> String = { "" }) -> AreaSpec? {
    let key = Key(TextKey.key(text))
    if let exact = areas.firstIndex(where: { $0.keys.contains { $0.equals(key) } }) { return areas[exact].spec }
    if let contained = areas.firstIndex(where: { area in
      area.keys.contains { $0.count >= 4 && (key.contains($0) || $0.contains(key) && key.count >= 6) }
    }) {
      return areas[contained].spec
    }
    var best: (index: Int, score: Int)?
    let bodyKey = TextKey.key(body().prefix(600))
    let bodyPairs = ScalarPairFilter(bodyKey)
    for index in areas.indices {
      var score = 0
      for keyword in areas[index].keywords where !keyword.text.isEmpty {
        if key.contains(keyword) { score += 3 }
        if bodyPairs.mayContain(opening: keyword.opening) && bodyKey.fastContains(keyword.text) { score += 1 }
      }
      if score > 0 && best.map({ score > $0.score }) ?? true { best = (index, score) }
    }
    return best.map { areas[$0.index].spec }
  }

  /// Removes a leading year (`2021年`, `2024年度`) and `下一年度`-style prefixes.
  static func stripYear(_ key: String) -> String {
    let chars = Array(key)
    var i = 0
    while i < chars.count && i < 4 && DateText.digit(chars[i]) != nil { i += 1 }
    guard i == 4, i < chars.count, chars[i] == "年" else { return key }
    i += 1
    if i < chars.count && chars[i] == "度" { i += 1 }
    return String(chars[i...])
  }
}
