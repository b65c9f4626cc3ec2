/// Lookup tables over a catalog, built once with it: ids, labels and normalised names (label, aliases, area
/// titles) to positions. Every table keeps the first position for a key, so a lookup answers exactly like the
/// linear `first(where:)` scan it replaces.
struct CatalogIndex: Sendable {
  private var indicatorByID: [String: Int] = [:]
  /// Label or id, as typed.
  private var indicatorByName: [String: Int] = [:]
  /// `TextNormalizer.key` of the label and each alias.
  private var indicatorByKey: [String: Int] = [:]
  /// Per framework id: area id → position, normalised title/short/alias → position.
  private var areaByID: [String: [String: Int]] = [:]
  private var areaByKey: [String: [String: Int]] = [:]
  /// Across frameworks, in framework order.
  private var anyAreaByID: [String: AreaSpec] = [:]

  init() {}

  init(indicators: [IndicatorSpec], frameworks: [FrameworkSpec]) {
    for (position, spec) in indicators.enumerated() {
      indicatorByID[spec.id] = indicatorByID[spec.id] ?? position
      for name in [spec.label, spec.id] where indicatorByName[name] == nil { indicatorByName[name] = position }
      for name in [spec.label] + spec.aliases {
        let key = TextNormalizer.key(name)
        if indicatorByKey[key] == nil { indicatorByKey[key] = position }
      }
    }
    for framework in frameworks where areaByID[framework.id] == nil {
      var byID: [String: Int] = [:]
      var byKey: [String: Int] = [:]
      for (position, area) in framework.areas.enumerated() {
        if byID[area.id] == nil { byID[area.id] = position }
        for name in [area.title, area.short] + area.aliases {
          let key = TextNormalizer.key(name)
          if byKey[key] == nil { byKey[key] = position }
        }
      }
      areaByID[framework.id] = byID
      areaByKey[framework.id] = byKey
    }
    for area in frameworks.flatMap(\.areas) where anyAreaByID[area.id] == nil { anyAreaByID[area.id] = area }
  }

  func indicator(id: String) -> Int? { indicatorByID[id] }

  /// Position of the first indicator whose label or id is `name`, else of the first whose label or an alias
  /// normalises to `name`'s key.
  func indicator(named name: String) -> Int? {
    indicatorByName[name] ?? indicatorByKey[TextNormalizer.key(name)]
  }

  /// Position (in the framework's `areas`) of the first area whose id is `name` or whose title, short name or
  /// an alias normalises to `name`'s key.
  func area(named name: String, inFramework id: String) -> Int? {
    let byID = areaByID[id]?[name]
    let byKey = areaByKey[id]?[TextNormalizer.key(name)]
    switch (byID, byKey) {
    case (let a?, let b?): return min(a, b)
    case (let a?, nil): return a
    case (nil, let b?): return b
    case (nil, nil): return nil
    }
  }

  func area(id: String) -> AreaSpec? { anyAreaByID[id] }
}
