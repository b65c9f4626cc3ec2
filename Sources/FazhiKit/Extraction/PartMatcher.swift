/// 部分识别：recognises which of the five mandated parts a heading names, from the catalog's part aliases,
/// and which framework area an achievements heading belongs to, from area aliases and keywords.
struct PartMatcher: Sendable {
  struct Entry: Sendable {
    var partID: String
    var keys: [String]
  }
  var entries: [Entry]
  var areas: [(spec: AreaSpec, keys: [String], keywords: [String])]

  /// Parts checked first win: a heading 存在的问题和下一步打算 is a shortcomings heading.
  static let priority = ["shortcomings", "next_year", "first_responsible", "other", "achievements"]

  init(catalog: Catalog, framework: Framework) {
    entries = Self.priority.compactMap { id in
      guard let part = catalog.parts.first(where: { $0.id == id }) else { return nil }
      let keys = ([part.key, part.heading] + part.aliases).map { TextKey.key($0) }.filter { $0.count >= 2 }
      return Entry(partID: id, keys: keys.sorted { $0.count > $1.count })
    }
    let specs = catalog.frameworks.first { $0.id == framework.rawValue }?.areas ?? []
    areas = specs.map { spec in
      (spec, ([spec.title, spec.short] + spec.aliases).map { TextKey.key($0) }, spec.keywords.map { TextKey.key($0) })
    }
  }

  /// The part a top-level heading names, if any.
  func part(forHeading text: String) -> String? {
    let key = Self.stripYear(TextKey.key(text))
    guard !key.isEmpty else { return nil }
    for entry in entries {
      for alias in entry.keys {
        if key == alias { return entry.partID }
        if alias.count >= 4 && key.fastContains(alias) && key.count <= alias.count + 12 { return entry.partID }
      }
    }
    return nil
  }

  /// The framework area an achievements heading (and optionally its text) belongs to.
  func area(forHeading text: String, body: String = "") -> AreaSpec? {
    let key = TextKey.key(text)
    if let exact = areas.first(where: { $0.keys.contains(key) }) { return exact.spec }
    if let contained = areas.first(where: { area in
      area.keys.contains { $0.count >= 4 && (key.fastContains($0) || $0.fastContains(key) && key.count >= 6) }
    }) {
      return contained.spec
    }
    var best: (AreaSpec, Int)?
    let bodyKey = TextKey.key(body.prefix(600))
    for area in areas {
      var score = 0
      for keyword in area.keywords where !keyword.isEmpty {
        if key.fastContains(keyword) { score += 3 }
        if bodyKey.fastContains(keyword) { score += 1 }
      }
      if score > 0 && (best == nil || score > best!.1) { best = (area.spec, score) }
    }
    return best?.0
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
