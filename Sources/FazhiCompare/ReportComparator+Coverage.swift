import FazhiCore

extension ReportComparator {
  /// Parts, areas and items present in one year and not the other.
  func coverage(this: Report, last: Report) -> CoverageChanges {
    // The order reports are usually read in: the duty of the 第一责任人 beside the achievements.
    let partOrder: [ReportPart] = [.achievements, .firstResponsible, .shortcomings, .nextYear, .other]
    func count(_ r: Report, _ part: ReportPart) -> Int {
      switch part {
      case .achievements: r.achievements.reduce(0) { $0 + max($1.items.count, 1) }
      case .firstResponsible: r.firstResponsible.count
      case .shortcomings: r.shortcomings.count
      case .nextYear: r.nextYearPlans.count
      case .other: r.otherMatters.count
      }
    }
    var parts: [SectionChange] = []
    for id in partOrder {
      let l = count(last, id)
      let t = count(this, id)
      guard let status = ReportComparator.presence(last: l > 0, this: t > 0) else { continue }
      parts.append(SectionChange(id: id.rawValue, title: catalog.part(id).heading, status: status, lastCount: l, thisCount: t))
    }

    let areas = areaChanges(this: this, last: last)

    let lastItems = ReportComparator.items(last)
    let thisItems = ReportComparator.items(this)
    let pairs = LabelSimilarity.match(
      lastItems.map(\.title), thisItems.map(\.title), threshold: options.itemTitleThreshold)
    let matchedLast = Set(pairs.map(\.left))
    let matchedThis = Set(pairs.map(\.right))
    return CoverageChanges(
      parts: parts, areas: areas,
      droppedItems: lastItems.indices.filter { !matchedLast.contains($0) }.map { lastItems[$0] },
      addedItems: thisItems.indices.filter { !matchedThis.contains($0) }.map { thisItems[$0] },
      matchedItems: pairs.map {
        ItemMatch(last: lastItems[$0.left], this: thisItems[$0.right], score: rounded($0.score, 3))
      })
  }

  /// One row per area of either year. Both years' areas are keyed by the area of this year's 纲要 they are or
  /// that carries them on (as `init --from` places them), so last year's 2015-纲要 area and its 2021 successor are one row; areas
  /// that share a key (two headings of one area) are one row counting all their items.
  func areaChanges(this: Report, last: Report) -> [SectionChange] {
    let framework = catalog.framework(for: this.metadata)
    func keyed(_ report: Report) -> [(key: String, area: AreaSection)] {
      report.achievements.map { area in
        let carriedOn = area.areaID.flatMap { id in framework.flatMap { catalog.successor(ofArea: id, in: $0)?.id } }
        return (carriedOn ?? area.areaID ?? "custom:\(area.title)", area)
      }
    }
    let thisAreas = keyed(this)
    let lastAreas = keyed(last)
    var areas: [SectionChange] = []
    var seen = Set<String>()
    for (key, _) in thisAreas + lastAreas {
      guard seen.insert(key).inserted else { continue }
      let l = lastAreas.filter { $0.key == key }.map(\.area)
      let t = thisAreas.filter { $0.key == key }.map(\.area)
      guard let status = ReportComparator.presence(last: !l.isEmpty, this: !t.isEmpty) else { continue }
      areas.append(
        SectionChange(
          id: key, title: (t.first ?? l.first)?.title ?? key, status: status,
          lastCount: l.reduce(0) { $0 + $1.items.count }, thisCount: t.reduce(0) { $0 + $1.items.count }))
    }
    return areas
  }

  static func presence(last: Bool, this: Bool) -> PresenceChange? {
    switch (last, this) {
    case (true, true): .kept
    case (true, false): .dropped
    case (false, true): .added
    case (false, false): nil
    }
  }

  /// Items of 主要举措和成效 and 第一责任人职责 (the parts whose items are compared by title).
  static func items(_ r: Report) -> [ItemReference] {
    var result: [ItemReference] = []
    for area in r.achievements {
      for item in area.items {
        result.append(
          ItemReference(part: .achievements, area: area.title, title: itemTitle(item), location: item.location))
      }
    }
    for item in r.firstResponsible {
      result.append(
        ItemReference(part: .firstResponsible, area: nil, title: itemTitle(item), location: item.location))
    }
    return result
  }

  /// The title, or the first 20 characters of an untitled item's text.
  static func itemTitle(_ item: Item) -> String {
    if let t = item.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty { return t }
    return String(item.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(20))
  }
}
