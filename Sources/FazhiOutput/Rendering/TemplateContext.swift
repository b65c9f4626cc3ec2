import FazhiCore
import Foundation

/// 模板上下文：the plain tree every template sees, built here and only here. Documented key by key in
/// Templates/README.md; a golden test snapshots it for the bundled example.
public struct TemplateContext: Sendable {
  /// The tree (strings, numbers, booleans, arrays, dictionaries) with English keys.
  public let tree: [String: any Sendable]

  /// Builds the context for `report`. `generatedOn` and `version` are injected, never read inside a template.
  public init(report: Report, catalog: Catalog, generatedOn: ReportDate? = nil, version: String = FazhiVersion.current)
  {
    let build = Builder(catalog: catalog)
    var tree = build.metadata(report.metadata)
    tree.merge(build.parts(report), uniquingKeysWith: { _, part in part })
    tree["indicators"] = report.indicators.map { build.indicator($0, custom: false) }
    tree["customIndicators"] = report.customIndicators.map { build.indicator($0, custom: true) }
    tree["generator"] =
      [
        "name": "fazhi",
        "version": version,
        "date": generatedOn?.chinese ?? "",
      ] as [String: any Sendable]
    self.tree = tree
  }

  /// The subtrees, each from one piece of the report. Every report text is escaped for document markup here, so
  /// a template never prints a user's marker characters as markup.
  struct Builder {
    let catalog: Catalog

    func clean(_ text: String?) -> String { DocumentMarkup.escape(text ?? "") }

    /// Title, place, year, level, framework, recipients, issuer, date.
    func metadata(_ meta: ReportMetadata) -> [String: any Sendable] {
      [
        "title": clean(meta.effectiveTitle),
        "jurisdiction": clean(meta.jurisdiction),
        "year": meta.year,
        "nextYear": meta.year + 1,
        "level": meta.level?.chineseName ?? "",
        "framework": [
          "id": catalog.framework(for: meta)?.id ?? "",
          "name": catalog.framework(for: meta)?.name ?? "",
        ] as [String: any Sendable],
        "recipients": meta.recipients.map { clean($0) }.joined(separator: "、"),
        "issuer": clean(meta.effectiveIssuer),
        "date": meta.date?.chinese ?? "",
      ]
    }

    /// The preamble, the five mandated parts and their headings.
    func parts(_ report: Report) -> [String: any Sendable] {
      [
        "preamble": Whitespace.trimIncludingNewlines(clean(report.preamble)),
        "preambleParagraphs": Whitespace.nonBlankLines(clean(report.preamble ?? "")),
        "headings": [
          "achievements": catalog.part(.achievements).heading,
          "shortcomings": catalog.part(.shortcomings).heading,
          "firstResponsible": catalog.part(.firstResponsible).heading,
          "nextYear": catalog.part(.nextYear).heading,
          "other": catalog.part(.other).heading,
        ] as [String: any Sendable],
        "achievements": report.achievements.enumerated().map { area($1, index: $0 + 1) },
        "firstResponsible": items(report.firstResponsible),
        "shortcomings": report.shortcomings.enumerated().map { shortcoming($1, index: $0 + 1) },
        "plans": items(report.nextYearPlans),
        "other": items(report.otherMatters),
      ]
    }

    func items(_ list: [Item]) -> [[String: any Sendable]] {
      list.enumerated().map { index, item in
        let text = clean(item.text)
        return [
          "index": index + 1,
          "title": Whitespace.trimIncludingNewlines(clean(item.title)),
          "text": Whitespace.trimIncludingNewlines(text),
          "paragraphs": Whitespace.nonBlankLines(text),
        ]
      }
    }

    /// A framework area (its catalog short name when known) or a custom one.
    func area(_ area: AreaSection, index: Int) -> [String: any Sendable] {
      let spec = area.areaID.flatMap { catalog.area(id: $0) }
      let summary = clean(area.summary)
      return [
        "index": index,
        "id": area.areaID ?? "",
        "title": clean(area.title),
        "short": spec?.short ?? clean(area.title),
        "summary": Whitespace.trimIncludingNewlines(summary),
        "summaryParagraphs": Whitespace.nonBlankLines(summary),
        "items": items(area.items),
        "isCustom": area.areaID == nil,
      ]
    }

    func shortcoming(_ s: Shortcoming, index: Int) -> [String: any Sendable] {
      [
        "index": index,
        "problem": Whitespace.trimIncludingNewlines(clean(s.problem)),
        "cause": Whitespace.trimIncludingNewlines(clean(s.cause)),
      ]
    }

    func indicator(_ value: IndicatorValue, custom: Bool) -> [String: any Sendable] {
      let spec = catalog.indicator(id: value.id)
      return [
        "id": value.id,
        "label": clean(value.label),
        "display": QuantityFormatter.display(value.quantity),
        "value": value.quantity.value.doubleValue,
        "unit": clean(value.quantity.unit),
        "approximate": value.quantity.isApproximate,
        "area": spec?.area ?? "",
        "isCustom": custom,
      ]
    }
  }

  /// The tree with every mapping wrapped so unknown keys are recorded.
  func strict(recorder: MissingKeyRecorder) -> [String: Any] {
    func wrap(_ value: Any, path: @autoclosure () -> String) -> Any {
      // Most values are text, numbers and flags: let them through before the costlier collection casts, and
      // spell out a path only for the mappings that keep one.
      switch value {
      case is String, is Int, is Bool, is Double: return value
      default: break
      }
      if let dict = value as? [String: any Sendable] {
        let path = path()
        var out: [String: Any] = Dictionary(minimumCapacity: dict.count)
        for (k, v) in dict { out[k] = wrap(v, path: path.isEmpty ? k : "\(path).\(k)") }
        return StrictMap(out, path: path, recorder: recorder)
      }
      if let array = value as? [any Sendable] {
        let path = path()
        return array.enumerated().map { wrap($1, path: "\(path).\($0)") }
      }
      if let array = value as? [[String: any Sendable]] {
        let path = path()
        return array.enumerated().map { wrap($1, path: "\(path).\($0)") }
      }
      return value
    }
    var out: [String: Any] = Dictionary(minimumCapacity: tree.count)
    for (k, v) in tree { out[k] = wrap(v, path: k) }
    return out
  }
}

extension TemplateContext {
  /// The context as pretty JSON with sorted keys (for `draft --context` and golden tests).
  public var json: String {
    JSONOutput.text(tree: tree)
  }
}
