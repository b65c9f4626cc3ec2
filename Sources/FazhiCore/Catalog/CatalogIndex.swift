/// Lookup tables over a catalog, built once with it: ids, labels and normalised names (label, aliases, area
/// titles) to positions. Every table keeps the first position for a key, so a lookup answers exactly like the
/// linear `first(where:)` scan it replaces.
struct CatalogIndex: Sendable {
  private var indicatorByID: [String: Int] = [:]
  /// Label or id, as typed.
  private var indicatorByName: [String: Int] = [:]
  /// `TextKey.key` of the label and each alias.
  private var indicatorByKey: [String: Int] = [:]
  /// Per framework id: area id → position, normalised title/short/alias → position.
  private var areaByID: [String: [String: Int]] = [:]
  private var areaByKey: [String: [String: Int]] = [:]
  /// Across frameworks, in framework order.
  private var anyAreaByID: [String: AreaSpec] = [:]

  init() {}

  init(indicators: [IndicatorSpec], frameworks: [FrameworkSpec]) {
    // Built from (key, position) lists in one pass each, keeping the first position of a key: checking and
    // then inserting hashed every key (mostly Chinese, whose hashing normalises) twice.
    func firstPositions(_ pairs: [(String, Int)]) -> [String: Int] {
      Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
    let positioned = Array(indicators.enumerated())
    indicatorByID = firstPositions(positioned.map { ($1.id, $0) })
    indicatorByName = firstPositions(
      positioned.flatMap { position, spec in [(spec.label, position), (spec.id, position)] })
    indicatorByKey = firstPositions(
      positioned.flatMap { position, spec in ([spec.label] + spec.aliases).map { (TextKey.key($0), position) } })
    for framework in frameworks where areaByID[framework.id] == nil {
      let areas = Array(framework.areas.enumerated())
      areaByID[framework.id] = firstPositions(areas.map { ($1.id, $0) })
      areaByKey[framework.id] = firstPositions(
        areas.flatMap { position, area in
          ([area.title, area.short] + area.aliases).map { (TextKey.key($0), position) }
        })
    }
    for area in frameworks.flatMap(\.areas) where anyAreaByID[area.id] == nil { anyAreaByID[area.id] = area }
  }

  func indicator(id: String) -> Int? { indicatorByID[id] }

  /// Position of the first indicator whose label or id is `name`, else of the first whose label or an alias
  /// normalises to `name`'s key.
  func indicator(named name: String) -> Int? {
    indicatorByName[name] ?? indicatorByKey[TextKey.key(name)]
  }

  /// Position (in the framework's `areas`) of the first area whose id is `name` or whose title, short name or
  /// an alias normalises to `name`'s key.
  func area(named name: String, inFramework id: String) -> Int? {
    let byID = areaByID[id]?[name]
    let byKey = areaByKey[id]?[TextKey.key(name)]
    switch (byID, byKey) {
    case (let a?, let b?): return min(a, b)
    case (let a?, nil): return a
    case (nil, let b?): return b
    case (nil, nil): return nil
    }
  }

  func area(id: String) -> AreaSpec? { anyAreaByID[id] }
}
