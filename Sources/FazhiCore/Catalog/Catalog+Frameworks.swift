/// 纲要 eras: which framework a report follows, and which area of a later framework continues an earlier one.
/// Everything here reads the framework files; no era is named in code.
extension Catalog {
  /// The framework with this id ("2021").
  public func framework(id: String) -> FrameworkSpec? { frameworks.first { $0.id == id } }

  /// Frameworks from the newest (latest first report year) to the oldest.
  public var frameworksNewestFirst: [FrameworkSpec] {
    frameworks.sorted { $0.reportYears.lowerBound > $1.reportYears.lowerBound }
  }

  /// The framework a report of `year` follows when it does not say: the one whose report years hold the year;
  /// for a year after every framework, the newest (it stays in force until the next 纲要 is in the catalog);
  /// for a year before every framework, the oldest.
  public func framework(forReportYear year: Int) -> FrameworkSpec? {
    if let covering = frameworks.first(where: { $0.reportYears.contains(year) }) { return covering }
    let newest = frameworksNewestFirst
    return newest.first { $0.reportYears.lowerBound <= year } ?? newest.last
  }

  /// The framework a report follows: the one its `纲要` names, else the one for its year.
  public func framework(for metadata: ReportMetadata) -> FrameworkSpec? {
    metadata.framework.flatMap { framework(id: $0) } ?? framework(forReportYear: metadata.year)
  }

  /// The area of `framework` that carries on `areaID`, an area of `framework` itself or of any framework before
  /// it (following `follows` and `continues` back through the eras); nil for an area with no successor there.
  public func successor(ofArea areaID: String, in framework: FrameworkSpec) -> AreaSpec? {
    if let own = framework.areas.first(where: { $0.id == areaID }) { return own }
    var visited: Set<String> = [framework.id]
    var current = framework
    // The chain of areas that continue `areaID`, found from the newest end: each step maps ids of the previous
    // framework to ids of the current one.
    var mappings: [[String: String]] = []
    while let previousID = current.follows, visited.insert(previousID).inserted,
      let previous = self.framework(id: previousID)
    {
      mappings.append(Dictionary(current.areas.flatMap { area in area.continues.map { ($0, area.id) } }) { a, _ in a })
      if previous.areas.contains(where: { $0.id == areaID }) {
        var id = areaID
        for mapping in mappings.reversed() {
          guard let next = mapping[id] else { return nil }
          id = next
        }
        return framework.areas.first { $0.id == id }
      }
      current = previous
    }
    return nil
  }
}

extension Catalog {
  /// Why a catalog's frameworks do not fit together, or nil: report years that overlap, a `follows` naming no
  /// framework, a `continues` naming no area of the framework followed, an earlier area continued twice.
  public static func frameworksProblem(_ frameworks: [FrameworkSpec]) -> String? {
    for (i, a) in frameworks.enumerated() {
      for b in frameworks[(i + 1)...] where a.reportYears.overlaps(b.reportYears) {
        return "纲要 \(a.id) 与 \(b.id) 的适用年度重叠"
      }
    }
    for framework in frameworks {
      let continued = framework.areas.flatMap(\.continues)
      guard let previousID = framework.follows else {
        if let area = framework.areas.first(where: { !$0.continues.isEmpty }) {
          return "纲要 \(framework.id) 的领域 \(area.id) 写了 continues，但纲要没有写 follows"
        }
        continue
      }
      guard let previous = frameworks.first(where: { $0.id == previousID }) else {
        return "纲要 \(framework.id) 的 follows「\(previousID)」不是目录中的纲要"
      }
      if let unknown = continued.first(where: { id in !previous.areas.contains { $0.id == id } }) {
        return "纲要 \(framework.id) 的 continues 中「\(unknown)」不是纲要 \(previousID) 的领域"
      }
      if let twice = Set(continued).first(where: { id in continued.filter { $0 == id }.count > 1 }) {
        return "纲要 \(previousID) 的领域 \(twice) 被纲要 \(framework.id) 的多个领域接续"
      }
    }
    return nil
  }
}
