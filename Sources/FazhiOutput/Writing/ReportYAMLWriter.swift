import Foundation
import FazhiCore

/// Writes a `Report` as the YAML a user edits (Chinese keys, block scalars), e.g. for `fazhi extract`.
public enum ReportYAMLWriter {
  /// The YAML for `report`. `header` lines are written as comments at the top, after the schema modeline.
  public static func yaml(for report: Report, catalog: Catalog, header: String? = nil, schemaPath: String? = nil) -> String {
    written(report, catalog: catalog, header: header, schemaPath: schemaPath).text
  }

  /// The UTF-8 bytes of `yaml(for:catalog:header:schemaPath:)`, without the copy a String would take: what
  /// `fazhi extract` writes.
  public static func yamlData(
    for report: Report, catalog: Catalog, header: String? = nil, schemaPath: String? = nil
  ) -> Data {
    written(report, catalog: catalog, header: header, schemaPath: schemaPath).data
  }

  private static func written(_ report: Report, catalog: Catalog, header: String?, schemaPath: String?) -> YAMLText {
    var y = YAMLText()
    if let schemaPath { y.raw("# yaml-language-server: $schema=\(schemaPath)") }
    if let header { y.comment(header) }
    let meta = report.metadata
    y.number(ReportKey.year, String(meta.year))
    y.pair(ReportKey.jurisdiction, meta.jurisdiction)
    if let level = meta.level { y.pair(ReportKey.level, level.chineseName) }
    if let framework = catalog.framework(for: meta) { y.number(ReportKey.framework, framework.id) }
    if let title = meta.title { y.pair(ReportKey.title, title) }
    if !meta.recipients.isEmpty {
      y.open(ReportKey.recipients)
      for r in meta.recipients { y.entry(r, indent: 2) }
    }
    if let issuer = meta.issuer { y.pair(ReportKey.issuer, issuer) }
    if let date = meta.date { y.pair(ReportKey.date, date.iso) }
    if let published = meta.publishedDate { y.pair(ReportKey.publishedDate, published.iso) }
    if let source = meta.source { y.pair(ReportKey.source, source) }
    if let preamble = report.preamble { y.pair(ReportKey.preamble, preamble + "\n") }
    for part in catalog.parts {
      switch part.id {
      case .achievements:
        guard !report.achievements.isEmpty else { continue }
        y.open(part.key)
        for area in report.achievements {
          let spec = area.areaID.flatMap { catalog.area(id: $0) }
          y.pair(ReportKey.Area.area, spec?.short ?? area.title, indent: 2, prefix: "- ")
          if let spec, spec.title != area.title { y.pair(ReportKey.Area.title, area.title, indent: 4) }
          if let summary = area.summary { y.pair(ReportKey.Area.summary, summary + "\n", indent: 4) }
          if !area.items.isEmpty {
            y.open(ReportKey.Area.items, indent: 4)
            writeItems(area.items, into: &y, indent: 6)
          }
        }
      case .firstResponsible: writePart(part.key, report.firstResponsible, into: &y)
      case .nextYear: writePart(part.key, report.nextYearPlans, into: &y)
      case .other: writePart(part.key, report.otherMatters, into: &y)
      case .shortcomings:
        guard !report.shortcomings.isEmpty else { continue }
        y.open(part.key)
        for s in report.shortcomings {
          y.pair(ReportKey.ShortcomingKey.problem, s.problem + (YAMLText.contains(s.problem, "\n") ? "\n" : ""), indent: 2, prefix: "- ")
          if let cause = s.cause, !cause.isEmpty {
            y.pair(ReportKey.ShortcomingKey.cause, cause + (YAMLText.contains(cause, "\n") ? "\n" : ""), indent: 4)
          }
        }
      }
    }
    if !report.indicators.isEmpty {
      y.open(ReportKey.indicators)
      for value in report.indicators {
        let label = catalog.indicator(id: value.id)?.label ?? value.label
        let text = QuantityFormatter.yamlValue(value.quantity, catalogUnit: catalog.indicator(id: value.id)?.unit)
        if Double(text) != nil { y.number(label, text, indent: 2) } else { y.pair(label, text, indent: 2) }
      }
    }
    if !report.customIndicators.isEmpty {
      y.open(ReportKey.customIndicators)
      for value in report.customIndicators {
        y.pair(value.label, QuantityFormatter.yamlValue(value.quantity, catalogUnit: nil), indent: 2)
      }
    }
    if !report.facts.isEmpty {
      y.open(ReportKey.facts, comment: "提取到的目录以外的数字（供与上年对比）")
      for fact in report.facts {
        y.pair(ReportKey.FactKey.label, fact.label, indent: 2, prefix: "- ")
        y.pair(ReportKey.FactKey.value, QuantityFormatter.yamlValue(fact.quantity, catalogUnit: nil), indent: 4)
        y.pair(ReportKey.FactKey.sentence, fact.sentence, indent: 4)
      }
    }
    return y
  }

  static func writePart(_ key: String, _ items: [Item], into y: inout YAMLText) {
    guard !items.isEmpty else { return }
    y.open(key)
    writeItems(items, into: &y, indent: 2)
  }

  static func writeItems(_ items: [Item], into y: inout YAMLText, indent: Int) {
    for item in items {
      let text = item.text + (YAMLText.contains(item.text, "\n") ? "\n" : "")
      if let title = item.title, !title.isEmpty {
        y.pair(ReportKey.ItemKey.title, title, indent: indent, prefix: "- ")
        y.pair(ReportKey.ItemKey.text, text, indent: indent + 2)
      } else {
        y.pair(ReportKey.ItemKey.text, text, indent: indent, prefix: "- ")
      }
    }
  }
}
