import FazhiCore
import Foundation

/// Generates `Schemas/report.schema.json` (JSON Schema draft-07, what yaml-language-server supports) from the
/// catalog, so editors autocomplete the Chinese keys, the areas and the indicator names.
public enum ReportSchemaGenerator {
  public static func generate(catalog: Catalog) -> String {
    var properties = metadataProperties(catalog).merging(figureProperties(catalog), uniquingKeysWith: { _, b in b })
    for part in catalog.parts { properties[part.key] = partSchema(part, catalog: catalog) }
    let schema: [String: Any] = [
      "$schema": "http://json-schema.org/draft-07/schema#",
      "$id": "https://fazhi.example/schemas/report.schema.json",
      "title": "法治政府建设情况报告数据（fazhi）",
      "description": "由 fazhi schema 根据 Schemas/catalog 生成，请勿手工修改",
      "type": "object",
      "required": [ReportKey.year, ReportKey.jurisdiction] + catalog.parts.filter(\.required).map(\.key),
      "properties": properties,
      "additionalProperties": false,
    ]
    return JSONOutput.text(tree: schema)
  }

  /// A text with a description.
  static func text(_ description: String) -> [String: Any] { ["type": "string", "description": description] }

  /// A figure as users write it: a number or a string with a percent sign or an approximation.
  static var value: [String: Any] {
    [
      "description": "数字、百分数（97.2%）或约数（200余、4.3万余）",
      "oneOf": [["type": "number"], ["type": "string"]],
    ]
  }

  /// A part's or an area's items: one text, or a list of texts and titled items.
  static var items: [String: Any] {
    let item: [String: Any] = [
      "oneOf": [
        ["type": "string", "description": "只有内容、没有标题的一段文字"],
        [
          "type": "object",
          "properties": [
            ReportKey.ItemKey.title: ["type": "string", "description": "事项标题，不要手写序号"],
            ReportKey.ItemKey.text: ["type": "string", "description": "事项内容"],
          ],
          "additionalProperties": false,
        ],
      ]
    ]
    return ["oneOf": [["type": "string"], ["type": "array", "items": item]]]
  }

  /// 年度、地区、层级、纲要、标题、主送、落款、日期、来源、导语.
  static func metadataProperties(_ catalog: Catalog) -> [String: Any] {
    // Oldest first, as ids are years.
    let frameworkIDs = catalog.frameworks.map(\.id).sorted()
    return [
      ReportKey.year: ["type": "integer", "minimum": 1990, "maximum": 2100, "description": "报告年度，如 2025"],
      ReportKey.jurisdiction: ["type": "string", "description": "地区或部门名称，如 示例县"],
      ReportKey.level: [
        "type": "string", "enum": ReportLevel.allCases.map(\.chineseName), "description": "层级，决定报送期限",
      ],
      ReportKey.framework: [
        "oneOf": [
          ["type": "integer", "enum": frameworkIDs.compactMap { Int($0) }], ["type": "string", "enum": frameworkIDs],
        ],
        "description": "法治政府建设实施纲要：\(frameworkIDs.reversed().joined(separator: " 或 "))",
      ],
      ReportKey.title: text("非标准标题时填写"),
      ReportKey.recipients: [
        "oneOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]], "description": "主送机关",
      ],
      ReportKey.issuer: text("落款"),
      ReportKey.date: ["type": "string", "description": "成文日期，如 2026-02-20 或 2026年2月20日"],
      ReportKey.publishedDate: ["type": "string", "description": "发布日期（提取自网页时）"],
      ReportKey.source: text("来源或发布机构（提取自网页时）"),
      ReportKey.preamble: text("导语：开头段落"),
    ]
  }

  /// 主要指标 (every catalog indicator by name), 其他指标 and 数字.
  static func figureProperties(_ catalog: Catalog) -> [String: Any] {
    var indicatorProperties: [String: Any] = [:]
    for spec in catalog.indicators {
      indicatorProperties[spec.label] = value.merging(
        ["description": "\(spec.description)（单位：\(spec.unit)）"], uniquingKeysWith: { _, b in b })
    }
    return [
      ReportKey.indicators: [
        "type": "object", "description": "目录指标：键为指标名称（fazhi indicators 列出全部）",
        "properties": indicatorProperties,
      ],
      ReportKey.customIndicators: [
        "type": "object", "description": "目录以外的数字，值带单位，如 20起",
        "additionalProperties": value,
      ],
      ReportKey.facts: [
        "type": "array",
        "items": [
          "type": "object",
          "properties": [
            ReportKey.FactKey.label: ["type": "string"], ReportKey.FactKey.value: value,
            ReportKey.FactKey.sentence: ["type": "string"],
          ],
        ],
      ],
    ]
  }

  /// A mandated part: achievements are a list of areas, shortcomings a list of problems with causes, the others
  /// plain items.
  static func partSchema(_ part: PartSpec, catalog: Catalog) -> [String: Any] {
    switch part.id {
    case .achievements: achievementsSchema(part, catalog: catalog)
    case .shortcomings: shortcomingsSchema(part)
    case .firstResponsible, .nextYear, .other:
      items.merging(["description": part.description], uniquingKeysWith: { _, b in b })
    }
  }

  static func achievementsSchema(_ part: PartSpec, catalog: Catalog) -> [String: Any] {
    let areaNames = catalog.frameworks.flatMap { f in f.areas.flatMap { [$0.short, $0.title] } }
    return [
      "description": part.description,
      "type": "array",
      "items": [
        "type": "object",
        "required": [ReportKey.Area.area],
        "properties": [
          ReportKey.Area.area: [
            "type": "string", "description": "纲要领域（简称或标准标题），其他为自定义领域",
            "examples": areaNames,
          ],
          ReportKey.Area.title: ["type": "string", "description": "覆盖领域的标准标题"],
          ReportKey.Area.summary: ["type": "string", "description": "领域导语"],
          ReportKey.Area.items: items,
        ],
        "additionalProperties": false,
      ],
    ]
  }

  static func shortcomingsSchema(_ part: PartSpec) -> [String: Any] {
    [
      "description": part.description,
      "type": "array",
      "items": [
        "oneOf": [
          ["type": "string"],
          [
            "type": "object",
            "required": [ReportKey.ShortcomingKey.problem, ReportKey.ShortcomingKey.cause],
            "properties": [
              ReportKey.ShortcomingKey.problem: ["type": "string", "description": "存在的不足"],
              ReportKey.ShortcomingKey.cause: ["type": "string", "description": "不足的原因"],
            ],
            "additionalProperties": false,
          ],
        ]
      ],
    ]
  }
}
