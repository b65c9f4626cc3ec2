import Foundation

/// 报告：one jurisdiction's annual 法治政府建设情况报告 for one year, as fazhi's data model.
///
/// The YAML a user types maps onto this with Chinese keys (see `ReportKey`); JSON output uses the
/// English property names.
public struct Report: Sendable, Hashable, Codable {
  public var metadata: ReportMetadata
  /// 导语：the opening paragraph(s) before the first part.
  public var preamble: String?
  /// 主要举措和成效, grouped by framework area.
  public var achievements: [AreaSection]
  /// 主要指标: catalog indicators keyed by catalog id, in file order.
  public var indicators: [IndicatorValue]
  /// 其他指标: figures outside the catalog (label, value and unit as stated).
  public var customIndicators: [IndicatorValue]
  /// 党政主要负责人履行推进法治建设第一责任人职责情况.
  public var firstResponsible: [Item]
  /// 存在的不足和原因.
  public var shortcomings: [Shortcoming]
  /// 下一年度主要安排.
  public var nextYearPlans: [Item]
  /// 其他需要报告的情况 (optional part).
  public var otherMatters: [Item]
  /// Numbers found in prose outside the catalog (filled by extraction; empty for hand-written data).
  public var facts: [Fact]

  public init(
    metadata: ReportMetadata, preamble: String? = nil, achievements: [AreaSection] = [],
    indicators: [IndicatorValue] = [], customIndicators: [IndicatorValue] = [], firstResponsible: [Item] = [],
    shortcomings: [Shortcoming] = [], nextYearPlans: [Item] = [], otherMatters: [Item] = [], facts: [Fact] = []
  ) {
    self.metadata = metadata
    self.preamble = preamble
    self.achievements = achievements
    self.indicators = indicators
    self.customIndicators = customIndicators
    self.firstResponsible = firstResponsible
    self.shortcomings = shortcomings
    self.nextYearPlans = nextYearPlans
    self.otherMatters = otherMatters
    self.facts = facts
  }

  /// The value of a catalog indicator, if stated.
  public func indicator(_ id: String) -> IndicatorValue? {
    indicators.first { $0.id == id }
  }
}

/// 报告的基本信息.
public struct ReportMetadata: Sendable, Hashable, Codable {
  /// 报告主体: the jurisdiction or department name, e.g. 示例县 or 示例县司法局.
  public var jurisdiction: String
  /// 层级.
  public var level: ReportLevel?
  /// 年度: the year reported on.
  public var year: Int
  /// 纲要: the id of the framework the report says it follows ("2021"); nil when it does not say, and then
  /// the catalog decides by the year (`Catalog.framework(for:)`).
  public var framework: String?
  /// 标题, when it differs from the standard `{报告主体}{年度}年度法治政府建设情况报告`.
  public var title: String?
  /// 落款: the issuing body; nil means derived from the jurisdiction.
  public var issuer: String?
  /// 主送 organs.
  public var recipients: [String]
  /// 成文日期.
  public var date: ReportDate?
  /// 发布日期 (publication on a website), when known (extraction).
  public var publishedDate: ReportDate?
  /// 来源/发布机构, when known (extraction).
  public var source: String?

  public init(
    jurisdiction: String, level: ReportLevel? = nil, year: Int, framework: String? = nil, title: String? = nil,
    issuer: String? = nil, recipients: [String] = [], date: ReportDate? = nil, publishedDate: ReportDate? = nil,
    source: String? = nil
  ) {
    self.jurisdiction = jurisdiction
    self.level = level
    self.year = year
    self.framework = framework
    self.title = title
    self.issuer = issuer
    self.recipients = recipients
    self.date = date
    self.publishedDate = publishedDate
    self.source = source
  }

  /// The title as it will be printed.
  public var effectiveTitle: String {
    title ?? "\(jurisdiction)\(year)年度法治政府建设情况报告"
  }

  /// The 落款 as it will be printed: the stated issuer, or `{jurisdiction}人民政府` for governments.
  public var effectiveIssuer: String {
    if let issuer, !issuer.isEmpty { return issuer }
    if level == .department || jurisdiction.hasSuffix("政府") || jurisdiction.hasSuffix("委员会") {
      return jurisdiction
    }
    return jurisdiction + "人民政府"
  }
}

/// A calendar date without time zone (成文日期, 发布日期).
public struct ReportDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// True when the day exists in the Gregorian calendar.
  public var isValid: Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let days = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }

  private var isLeapYear: Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  /// GB/T 9704 form: `2026年2月20日` (no leading zeros).
  public var chinese: String { "\(year)年\(month)月\(day)日" }
  /// ISO form `2026-02-20`.
  public var iso: String {
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(m)-\(d)"
  }
  public var description: String { iso }

  public static func < (a: ReportDate, b: ReportDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

/// One framework area of 主要举措和成效 (e.g. 行政执法), with its items.
public struct AreaSection: Sendable, Hashable, Codable {
  /// The catalog area id, nil for a custom area.
  public var areaID: String?
  /// The heading text (the catalog's standard title unless the user gave another).
  public var title: String
  /// 概述: a lead paragraph before the items.
  public var summary: String?
  /// 事项.
  public var items: [Item]
  public var location: TextLocation?

  public init(areaID: String?, title: String, summary: String? = nil, items: [Item] = [], location: TextLocation? = nil) {
    self.areaID = areaID
    self.title = title
    self.summary = summary
    self.items = items
    self.location = location
  }
}

/// 事项：a titled paragraph (the title may be empty for a plain paragraph).
public struct Item: Sendable, Hashable, Codable {
  /// 标题 (without numbering).
  public var title: String?
  /// 内容.
  public var text: String
  public var location: TextLocation?

  public init(title: String? = nil, text: String, location: TextLocation? = nil) {
    self.title = title
    self.text = text
    self.location = location
  }
}

/// 不足：a shortcoming and its cause.
public struct Shortcoming: Sendable, Hashable, Codable {
  /// 不足.
  public var problem: String
  /// 原因 (required by 督察工作规定 art. 25; empty when the report does not state it).
  public var cause: String?
  public var location: TextLocation?

  public init(problem: String, cause: String? = nil, location: TextLocation? = nil) {
    self.problem = problem
    self.cause = cause
    self.location = location
  }
}

/// 指标值：one stated figure for a catalog (or custom) indicator.
public struct IndicatorValue: Sendable, Hashable, Codable {
  /// Catalog id (e.g. `reconsideration_received`), or the label itself for a custom indicator.
  public var id: String
  /// The label as printed (catalog label, or the user's own for custom indicators).
  public var label: String
  public var quantity: Quantity
  /// The text as typed (`97.2%`, `200余`).
  public var raw: String
  public var location: TextLocation?

  public init(id: String, label: String, quantity: Quantity, raw: String, location: TextLocation? = nil) {
    self.id = id
    self.label = label
    self.quantity = quantity
    self.raw = raw
    self.location = location
  }
}

/// 事实：a figure found in prose outside the catalog, with a short label phrase and its sentence.
public struct Fact: Sendable, Hashable, Codable {
  /// A short phrase naming what is counted (`办结营商环境投诉举报`).
  public var label: String
  public var quantity: Quantity
  /// The sentence it was found in.
  public var sentence: String
  public var location: TextLocation?

  public init(label: String, quantity: Quantity, sentence: String, location: TextLocation? = nil) {
    self.label = label
    self.quantity = quantity
    self.sentence = sentence
    self.location = location
  }
}

/// A position in a file: 1-based line and column, columns counted in Unicode characters.
///
/// In a Word or PDF document `line` is the paragraph's number (`unit` is `.paragraph`) and `column` the character
/// offset in it, plus one; the `file:line:col` form stays the same so that editors and CI still parse it.
public struct TextLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// Nil for a line of the file; `.paragraph` when `line` is 第N段 (written to JSON only then).
  public var unit: LocationUnit?

  public init(file: String, line: Int, column: Int, unit: LocationUnit? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.unit = unit
  }

  public var description: String { "\(file):\(line):\(column)" }

  /// 第N段 for a paragraph location, to put before a message; nil for a line of the file, whose number is enough.
  public var paragraphName: String? { unit == .paragraph ? "第\(line)段" : nil }

  public static func < (a: TextLocation, b: TextLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}
