import FazhiCore
import FazhiInput
import Foundation

/// 单位审核结果：what `fazhi review` found in one unit's report. Holds no report text, so a province's year of
/// reports fits in memory.
public struct ReviewUnit: Sendable, Hashable, Codable {
  /// The file as found in the folder (relative to it).
  public var file: String
  /// 报告主体, 层级 and 年度 as the content states them (empty / nil when not found).
  public var jurisdiction: String
  public var level: ReportLevel?
  public var year: Int?
  /// What the file is: docx, pdf, html, text or yaml.
  public var format: String
  /// The mandated parts found, and the required ones missing (ids of `ReportPart`).
  public var partsPresent: [ReportPart]
  public var partsMissing: [ReportPart]
  /// 不足 items, and how many of them state a 原因.
  public var shortcomings: Int
  public var shortcomingsWithCause: Int
  /// 纲要 areas covered (catalog area ids), and how many areas the unit's 纲要 has.
  public var areasCovered: [String]
  public var areasInFramework: Int
  /// Counts of `validate`'s findings by severity, and the first findings (errors first), located.
  public var errors: Int
  public var warnings: Int
  public var notes: Int
  public var topFindings: [Diagnostic]
  /// Every rule id that fired, with how many times (for the defect counts across units).
  public var findingCounts: [String: Int]
  /// The deadline finding, when the dates miss the rule.
  public var deadline: String?
  /// Characters of the report's text and the concrete figures in it (catalog indicators and other facts).
  public var characters: Int
  public var figures: Int
  /// The file of the same unit's report last year, when `--last` paired one.
  public var lastFile: String?
  /// Share of this year's sentences reused from last year (boilerplate excluded), 0…1; nil without last year.
  public var reuseShare: Double?
  /// Up to five reused sentences, for the unit's section.
  public var reuseExamples: [String]
  /// Mentions of last year's dates and meeting counts left in the text.
  public var staleReferences: Int
  /// The headline indicators with last year's value and the change.
  public var headline: [HeadlineValue]
  /// The score and its components (see `ReviewScore`).
  public var score: ReviewScore
  /// True when another report in the folder has the same issuer and year.
  public var isDuplicate: Bool = false

  /// 数据密度：concrete figures per 1,000 characters.
  public var density: Double { characters == 0 ? 0 : Double(figures) * 1000 / Double(characters) }

  /// The key that pairs a unit with last year's report and finds duplicates: the issuer's name, normalised.
  public var issuerKey: String { ReviewUnit.issuerKey(jurisdiction) }

  public static func issuerKey(_ name: String) -> String {
    IssuerEvidence.stripGovernment(TextKey.key(name))
  }
}

/// 重点指标：one headline indicator of a unit, this year and last.
public struct HeadlineValue: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  public var value: Decimal?
  public var lastValue: Decimal?

  /// 上升 / 下降 / 持平, nil when either year is missing.
  public var direction: String? {
    guard let value, let lastValue else { return nil }
    return value > lastValue ? "上升" : value < lastValue ? "下降" : "持平"
  }
}

/// A file of the folder that was not reviewed, and why (not a report, another kind of report, unreadable).
public struct ReviewSkip: Sendable, Hashable, Codable {
  public var file: String
  public var reason: String
  /// True when the file looks like a report but could not be read (exit 2).
  public var isReadError: Bool
}
