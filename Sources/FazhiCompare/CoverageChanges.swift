import FazhiCore

/// 结构变化：mandated parts, framework areas and items present in one year and not the other.
public struct CoverageChanges: Sendable, Hashable, Codable {
  /// Every mandated part present in either year.
  public var parts: [SectionChange]
  /// Every framework area (or custom area) present in either year.
  public var areas: [SectionChange]
  /// Items of last year with no similar title this year.
  public var droppedItems: [ItemReference]
  /// Items of this year with no similar title last year.
  public var addedItems: [ItemReference]
  /// Items found in both years, with the title similarity.
  public var matchedItems: [ItemMatch]

  public init(
    parts: [SectionChange], areas: [SectionChange], droppedItems: [ItemReference], addedItems: [ItemReference],
    matchedItems: [ItemMatch]
  ) {
    self.parts = parts
    self.areas = areas
    self.droppedItems = droppedItems
    self.addedItems = addedItems
    self.matchedItems = matchedItems
  }

  public var droppedParts: [SectionChange] { parts.filter { $0.status == .dropped } }
  public var addedParts: [SectionChange] { parts.filter { $0.status == .added } }
  public var droppedAreas: [SectionChange] { areas.filter { $0.status == .dropped } }
  public var addedAreas: [SectionChange] { areas.filter { $0.status == .added } }
}

/// Whether something present in one year is present in the other.
public enum PresenceChange: String, Sendable, Hashable, Codable {
  /// In both years.
  case kept
  /// Last year only.
  case dropped
  /// This year only.
  case added

  /// 保留 / 删去 / 新增.
  public var chineseName: String {
    switch self {
    case .kept: "保留"
    case .dropped: "缺失"
    case .added: "新增"
    }
  }
}

/// A part or an area and whether it survived.
public struct SectionChange: Sendable, Hashable, Codable {
  /// Part id (`achievements` …) or area id (catalog id, or `custom:<title>`).
  public var id: String
  public var title: String
  public var status: PresenceChange
  /// Items (or entries) last year and this year.
  public var lastCount: Int
  public var thisCount: Int

  public init(id: String, title: String, status: PresenceChange, lastCount: Int, thisCount: Int) {
    self.id = id
    self.title = title
    self.status = status
    self.lastCount = lastCount
    self.thisCount = thisCount
  }
}

/// An item (事项) by where it sits.
public struct ItemReference: Sendable, Hashable, Codable {
  public var part: ReportPart
  /// Area title for achievements.
  public var area: String?
  /// The title, or the opening of the text for an untitled item.
  public var title: String
  public var location: TextLocation?

  public init(part: ReportPart, area: String?, title: String, location: TextLocation?) {
    self.part = part
    self.area = area
    self.title = title
    self.location = location
  }
}

/// An item found in both years.
public struct ItemMatch: Sendable, Hashable, Codable {
  public var last: ItemReference
  public var this: ItemReference
  /// Character-bigram Dice similarity of the titles (0…1).
  public var score: Double

  public init(last: ItemReference, this: ItemReference, score: Double) {
    self.last = last
    self.this = this
    self.score = score
  }
}
