import FazhiCore

extension LoadedReport {
  /// A report extracted from a published document, ready for the validator: every value is located where the
  /// document has it (line, or 第N段 for Word and PDF), under the same data paths a YAML file would give it
  /// (`主要举措和成效[0].事项[1].内容`), so the rules report positions in the document the reviewer holds.
  public init(extracted report: Report, file: String, text: String, catalog: Catalog) {
    var positions = PositionMap(file: file, text: text)
    let start = TextLocation(file: file, line: 1, column: 1)
    func record(_ path: String, _ location: TextLocation?) {
      positions.record(path, key: location ?? start, value: location ?? start)
    }
    // The title, the 落款 and the other metadata stand at the top or bottom of a document, not at a path.
    for key in ReportKey.metadataKeys + [ReportKey.preamble] { record(key, nil) }
    let achievements = catalog.part(.achievements).key
    for (i, area) in report.achievements.enumerated() {
      let areaPath = "\(achievements)[\(i)]"
      record(areaPath, area.location)
      record("\(areaPath).\(ReportKey.Area.area)", area.location)
      record("\(areaPath).\(ReportKey.Area.summary)", area.location)
      recordItems(area.items, path: "\(areaPath).\(ReportKey.Area.items)", into: record)
    }
    recordItems(report.firstResponsible, path: catalog.part(.firstResponsible).key, into: record)
    recordItems(report.nextYearPlans, path: catalog.part(.nextYear).key, into: record)
    recordItems(report.otherMatters, path: catalog.part(.other).key, into: record)
    let shortcomings = catalog.part(.shortcomings).key
    for (i, shortcoming) in report.shortcomings.enumerated() {
      for key in ["", ".\(ReportKey.ShortcomingKey.problem)", ".\(ReportKey.ShortcomingKey.cause)"] {
        record("\(shortcomings)[\(i)]\(key)", shortcoming.location)
      }
    }
    for value in report.indicators { record("\(ReportKey.indicators).\(value.label)", value.location) }
    for value in report.customIndicators { record("\(ReportKey.customIndicators).\(value.label)", value.location) }
    self.init(file: file, text: text, report: report, positions: positions, diagnostics: [])
  }
}

/// Records an item list's paths (`…[j]`, `…[j].标题`, `…[j].内容`) at each item's location.
private func recordItems(_ items: [Item], path: String, into record: (String, TextLocation?) -> Void) {
  record(path, items.first?.location)
  for (j, item) in items.enumerated() {
    let itemPath = "\(path)[\(j)]"
    record(itemPath, item.location)
    record("\(itemPath).\(ReportKey.ItemKey.title)", item.location)
    record("\(itemPath).\(ReportKey.ItemKey.text)", item.location)
  }
}
