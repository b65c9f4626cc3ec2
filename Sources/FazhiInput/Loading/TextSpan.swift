import FazhiCore

/// One piece of prose in a report with the source-map path of its value.
public struct TextSpan: Sendable, Hashable {
  /// Source-map path (`主要举措和成效[0].事项[1].内容`).
  public var path: String
  public var text: String
  /// True for a heading (标题, 领域名), false for prose.
  public var isTitle: Bool

  public init(path: String, text: String, isTitle: Bool) {
    self.path = path
    self.text = text
    self.isTitle = isTitle
  }
}

extension TextSpan {
  /// Every piece of prose in `report`, in file order, each with the path under which `positions` recorded its
  /// value: the one map from a report's texts to where they sit in the file, for `validate` and `diff` alike.
  public static func spans(of report: Report, catalog: Catalog, positions map: PositionMap) -> [TextSpan] {
    var spans: [TextSpan] = []
    func add(_ path: String, _ text: String?, title: Bool = false) {
      guard let text, !text.isEmpty else { return }
      spans.append(TextSpan(path: path, text: text, isTitle: title))
    }
    func addItems(_ key: String, _ items: [Item]) {
      for (i, item) in items.enumerated() {
        let base = "\(key)[\(i)]"
        if map.location(base) == nil && items.count == 1 {
          add(key, item.text)
        } else {
          add("\(base).\(ReportKey.ItemKey.title)", item.title, title: true)
          let textPath = map.location("\(base).\(ReportKey.ItemKey.text)") != nil ? "\(base).\(ReportKey.ItemKey.text)" : base
          add(textPath, item.text)
        }
      }
    }
    add(ReportKey.title, report.metadata.title, title: true)
    add(ReportKey.preamble, report.preamble)
    for part in catalog.parts {
      switch part.id {
      case .achievements:
        for (a, area) in report.achievements.enumerated() {
          let base = "\(part.key)[\(a)]"
          if map.location("\(base).\(ReportKey.Area.title)") != nil {
            add("\(base).\(ReportKey.Area.title)", area.title, title: true)
          }
          add("\(base).\(ReportKey.Area.summary)", area.summary)
          addItems("\(base).\(ReportKey.Area.items)", area.items)
        }
      case .firstResponsible: addItems(part.key, report.firstResponsible)
      case .shortcomings:
        for (i, s) in report.shortcomings.enumerated() {
          let base = "\(part.key)[\(i)]"
          let problemPath = map.location("\(base).\(ReportKey.ShortcomingKey.problem)") != nil
            ? "\(base).\(ReportKey.ShortcomingKey.problem)" : (map.location(base) != nil ? base : part.key)
          add(problemPath, s.problem)
          add("\(base).\(ReportKey.ShortcomingKey.cause)", s.cause)
        }
      case .nextYear: addItems(part.key, report.nextYearPlans)
      case .other: addItems(part.key, report.otherMatters)
      }
    }
    return spans
  }
}
