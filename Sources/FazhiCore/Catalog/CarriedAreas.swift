/// 上年领域的归属：last year's areas of 主要举措和成效 sorted under this year's framework — each under the area
/// that is the same or carries it on (an area of an earlier 纲要 under its successor, by the catalog's
/// `continues`), the rest kept as custom areas. `init --from` writes a scaffold from it and `diff` rows areas by it,
/// so a report of the 2015 纲要 meets this year's 2021 areas instead of standing beside them as extra sections.
public struct CarriedAreas: Sendable {
  /// Last year's areas by the id of this year's area they go under, in last year's order.
  public private(set) var byArea: [String: [AreaSection]] = [:]
  /// Last year's areas that no area of this year's framework carries on (custom areas, areas dropped by the 纲要).
  public private(set) var custom: [AreaSection] = []

  public init(_ areas: [AreaSection], into framework: FrameworkSpec?, catalog: Catalog) {
    for area in areas {
      if let framework, let id = area.areaID, let successor = catalog.successor(ofArea: id, in: framework) {
        byArea[successor.id, default: []].append(area)
      } else {
        custom.append(area)
      }
    }
  }
}
