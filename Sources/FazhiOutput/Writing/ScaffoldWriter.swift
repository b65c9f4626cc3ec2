import FazhiCore

/// 模板文件：the YAML `fazhi init` writes — every part and every framework area present, Chinese comments on
/// each field, and the 【待填】 marker wherever the user must write something. With last year's report, its
/// structure is carried forward and its values are shown as comments.
public struct ScaffoldWriter: Sendable {
  public struct Options: Sendable {
    public var jurisdiction: String
    public var level: ReportLevel
    public var year: Int
    /// The 纲要 asked for (`--framework`, a framework id); nil: the one the catalog gives for the year.
    public var framework: String?
    /// Last year's report (`--from`), whose areas, item titles and indicators are carried forward.
    public var previous: Report?
    /// Path written into the `yaml-language-server` modeline.
    public var schemaPath: String

    public init(
      jurisdiction: String, level: ReportLevel, year: Int, framework: String? = nil, previous: Report? = nil,
      schemaPath: String
    ) {
      self.jurisdiction = jurisdiction
      self.level = level
      self.year = year
      self.framework = framework
      self.previous = previous
      self.schemaPath = schemaPath
    }
  }

  public let catalog: Catalog

  public init(catalog: Catalog) {
    self.catalog = catalog
  }

  static let todo = Scaffold.marker

  public func scaffold(_ options: Options) -> String {
    var y = YAMLText()
    let year = options.year
    let previous = options.previous
    y.raw("# yaml-language-server: $schema=\(options.schemaPath)")
    y.comment("\(options.jurisdiction)\(year)年度法治政府建设情况报告 · 数据文件（由 fazhi init 生成）")
    y.comment("填写说明：凡是「\(Self.todo)」的地方都要换成实际内容；fazhi validate 会列出所有未填之处和其他问题。")
    y.comment("不要手写「一、」「（一）」「1.」等序号，fazhi draft 会按 GB/T 9704 自动编号。")
    if let previous {
      y.comment("结构沿用自 \(previous.metadata.year) 年度的报告；以「上年：」开头的注释是去年的内容，仅供参考。")
    }
    y.blank()
    y.comment("—— 基本信息 ——")
    y.number(ReportKey.year, String(year), comment: "报告年度")
    y.pair(ReportKey.jurisdiction, options.jurisdiction, comment: "地区或部门名称，标题为「\(options.jurisdiction)\(year)年度法治政府建设情况报告」")
    y.pair(ReportKey.level, options.level.chineseName, comment: "省级 / 市级 / 县级 / 乡级 / 部门 / 开发区；决定报送期限")
    let framework = options.framework.flatMap { catalog.framework(id: $0) } ?? catalog.framework(forReportYear: year)
    y.number(ReportKey.framework, framework?.id ?? "", comment: frameworkChoices)
    y.comment("标题: 如需使用非标准标题，去掉行首的 # 并填写")
    y.open(ReportKey.recipients, comment: "主送机关，可写多个；政府报告通常报同级党委、人大常委会和上一级政府")
    let recipients = previous?.metadata.recipients ?? []
    if recipients.isEmpty {
      y.entry(Self.todo, indent: 2)
    } else {
      for r in recipients { y.entry(r, indent: 2) }
    }
    let issuer = ReportMetadata(jurisdiction: options.jurisdiction, level: options.level, year: year).effectiveIssuer
    y.pair(ReportKey.issuer, previous?.metadata.issuer ?? issuer, comment: "落款（发文机关署名）")
    let deadline = ReportingDeadline.signing(options.level).date(reportYear: year).chinese
    y.pair(ReportKey.date, Self.todo, comment: "成文日期，如 \(year + 1)-02-20；应早于 \(deadline)")
    y.blank()
    y.comment("—— 导语：开头段落，概述全年工作，以「现将有关情况报告如下：」结尾 ——")
    if let old = previous?.preamble { y.comment("上年：\(Self.excerpt(old))") }
    y.pair(ReportKey.preamble, "\(year)年，\(options.jurisdiction)\(Self.todo)现将有关情况报告如下：\n")
    y.blank()

    for part in catalog.parts {
      y.comment("—— \(part.heading)\(part.required ? "（必填）" : "（可选）")：\(part.description) ——")
      switch part.id {
      case .achievements: writeAchievements(part, framework, options, into: &y)
      case .shortcomings:
        y.open(part.key)
        let count = max(previous?.shortcomings.count ?? 0, 3)
        for index in 0..<count {
          if let old = previous?.shortcomings[safe: index] {
            y.comment("上年：\(Self.excerpt(old.problem))", indent: 2)
          }
          y.pair(ReportKey.ShortcomingKey.problem, Self.todo, indent: 2, prefix: "- ")
          y.pair(ReportKey.ShortcomingKey.cause, Self.todo, indent: 4, comment: "每条不足都要写明原因")
        }
      case .firstResponsible, .nextYear:
        let old = part.id == .nextYear ? previous?.nextYearPlans ?? [] : previous?.firstResponsible ?? []
        y.open(part.key)
        let count = max(old.count, part.id == .nextYear ? 4 : 2)
        for index in 0..<count {
          let title = old[safe: index]?.title
          if let text = old[safe: index]?.text { y.comment("上年：\(Self.excerpt(text))", indent: 2) }
          y.pair(ReportKey.ItemKey.title, title ?? Self.todo, indent: 2, prefix: "- ")
          y.pair(ReportKey.ItemKey.text, "\(Self.todo)\n", indent: 4)
        }
      case .other:
        y.comment("\(part.key): 如有其他需要报告的情况，去掉行首的 # 并填写")
      }
      y.blank()
    }
    writeIndicators(options, into: &y)
    y.blank()
    y.comment("—— 其他指标：目录以外、想在对比中跟踪的数字，值带单位 ——")
    if let custom = previous?.customIndicators, !custom.isEmpty {
      y.open(ReportKey.customIndicators)
      for value in custom {
        y.pair(value.label, Self.todo, indent: 2, comment: "上年：\(value.raw)")
      }
    } else {
      y.comment("\(ReportKey.customIndicators):")
      y.comment("  办结营商环境投诉举报: 20起")
    }
    return y.text
  }

  /// The frameworks a user may write in `纲要`: the newest by its full name, earlier ones by their short name.
  var frameworkChoices: String {
    catalog.frameworksNewestFirst.enumerated().map { index, spec in
      index == 0 ? "\(spec.id)：《\(spec.name)》" : "\(spec.id)：\(spec.label)"
    }.joined(separator: "；")
  }

  func writeAchievements(_ part: PartSpec, _ framework: FrameworkSpec?, _ options: Options, into y: inout YAMLText) {
    y.open(part.key)
    let areas = framework?.areas ?? []
    y.comment("按纲要\(framework?.id ?? "")的 \(areas.count) 个领域组织；确无相关工作的领域可删除（validate 会给出提示）", indent: 2)
    let carried = CarriedAreas(options.previous?.achievements ?? [], into: framework, catalog: catalog)
    for spec in areas {
      y.pair(ReportKey.Area.area, spec.short, indent: 2, prefix: "- ", comment: "标准标题：\(spec.title)")
      let old = carried.byArea[spec.id] ?? []
      // Last year's own title for this very area is kept as this year's 标题; an area of an earlier 纲要 carried
      // on here is only named, since its title is the old 纲要's.
      if let same = old.first(where: { $0.areaID == spec.id }), same.title != spec.title {
        y.pair(ReportKey.Area.title, same.title, indent: 4, comment: "上年使用的标题")
      }
      for earlier in old where earlier.areaID != spec.id {
        y.comment("上年：「\(earlier.title)」，按纲要的对应关系归入本领域", indent: 4)
      }
      writeItems(old.flatMap(\.items), into: &y)
    }
    for old in carried.custom {
      y.pair(ReportKey.Area.area, old.title, indent: 2, prefix: "- ", comment: "自定义领域（沿用上年）")
      writeItems(old.items, into: &y)
    }
  }

  /// An area's 事项: last year's items (their text as 上年 comments, their titles kept), at least two.
  private func writeItems(_ oldItems: [Item], into y: inout YAMLText) {
    y.open(ReportKey.Area.items, indent: 4)
    for index in 0..<max(oldItems.count, 2) {
      if let text = oldItems[safe: index]?.text { y.comment("上年：\(Self.excerpt(text))", indent: 6) }
      y.pair(ReportKey.ItemKey.title, oldItems[safe: index]?.title ?? Self.todo, indent: 6, prefix: "- ")
      y.pair(ReportKey.ItemKey.text, "\(Self.todo)\n", indent: 8)
    }
  }

  func writeIndicators(_ options: Options, into y: inout YAMLText) {
    y.comment("—— 主要指标：常见量化指标，键为指标名称，值为数字、百分数（97.2%）或约数（200余） ——")
    let previous = options.previous?.indicators ?? []
    if !previous.isEmpty {
      y.comment("以下为上年报告过的指标，请填写本年度数值；其余目录指标见文末注释")
      y.open(ReportKey.indicators)
      for value in previous {
        let spec = catalog.indicator(id: value.id)
        y.pair(spec?.label ?? value.label, Self.todo, indent: 2, comment: "上年：\(value.raw)（\(spec?.unit ?? "")）")
      }
    } else {
      y.comment("需要的指标去掉行首的 # 并填写数值；没有的不必填写。全部指标：fazhi indicators")
      y.comment("\(ReportKey.indicators):")
    }
    let used = Set(previous.map(\.id))
    let areaNames = Dictionary(catalog.allAreas.map { ($0.id, $0.short) }, uniquingKeysWith: { a, _ in a })
    var currentArea: String?
    for spec in catalog.indicators where !used.contains(spec.id) {
      if spec.area != currentArea {
        currentArea = spec.area
        y.comment("  · \(spec.area.flatMap { areaNames[$0] } ?? "其他")")
      }
      y.comment("  \(spec.label):    # \(spec.unit)  \(spec.description)")
    }
  }

  static func excerpt(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 60 ? String(flat.prefix(60)) + "…" : flat
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
