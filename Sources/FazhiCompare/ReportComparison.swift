import FazhiCore

/// 年度对比结果：everything `fazhi diff` finds between this year's report and last year's.
///
/// Built by `ReportComparator`, printed by the reporters (`ComparisonTextReporter`, `…Markdown…`, `…JSON…`,
/// `…HTML…`). Encoded as JSON it is the stable shape documented on `ComparisonJSONReporter`; the sentence lists
/// used by the HTML side-by-side view are not part of it.
public struct ReportComparison: Sendable, Hashable, Codable {
  /// Version of the JSON shape; bumped only on incompatible changes.
  public var schemaVersion: Int = 1
  public var this: ComparedReportSummary
  public var last: ComparedReportSummary
  public var options: ComparisonOptions
  /// Problems with the pair itself (different jurisdictions, same year, a gap, identical files).
  public var warnings: [ComparisonWarning]
  public var coverage: CoverageChanges
  /// Catalog indicators present in either year.
  public var indicators: [IndicatorChange]
  /// Generic figures (`facts`, `customIndicators`) matched across years by label.
  public var facts: FactChanges
  public var reuse: ReuseSummary
  public var staleReferences: [StaleReference]
  /// Last year's plans that reappear this year (fulfilled, or copied unchanged).
  public var planFollowUps: [PlanFollowUp]
  /// This year's text split into sentences (for the side-by-side view; not encoded).
  public var thisSentences: [TextSentence] = []
  /// Last year's text split into sentences (not encoded).
  public var lastSentences: [TextSentence] = []

  enum CodingKeys: String, CodingKey {
    case schemaVersion, this, last, options, warnings, coverage, indicators, facts, reuse, staleReferences
    case planFollowUps
  }

  public init(
    this: ComparedReportSummary, last: ComparedReportSummary, options: ComparisonOptions,
    warnings: [ComparisonWarning], coverage: CoverageChanges, indicators: [IndicatorChange], facts: FactChanges,
    reuse: ReuseSummary, staleReferences: [StaleReference], planFollowUps: [PlanFollowUp],
    thisSentences: [TextSentence] = [], lastSentences: [TextSentence] = []
  ) {
    self.this = this
    self.last = last
    self.options = options
    self.warnings = warnings
    self.coverage = coverage
    self.indicators = indicators
    self.facts = facts
    self.reuse = reuse
    self.staleReferences = staleReferences
    self.planFollowUps = planFollowUps
    self.thisSentences = thisSentences
    self.lastSentences = lastSentences
  }

  /// Indicators stated last year and not this year.
  public var missingIndicators: [IndicatorChange] { indicators.filter { $0.status == .missing } }
  /// Indicators whose change exceeds the swing threshold.
  public var swings: [IndicatorChange] { indicators.filter(\.isSwing) }
}

/// One side of the comparison, as printed in headers.
public struct ComparedReportSummary: Sendable, Hashable, Codable {
  public var file: String?
  public var jurisdiction: String
  public var year: Int
  public var title: String
  /// Counted characters (no punctuation, spaces or stock phrases) in the report's prose.
  public var characters: Int
  public var sentences: Int

  public init(file: String?, jurisdiction: String, year: Int, title: String, characters: Int, sentences: Int) {
    self.file = file
    self.jurisdiction = jurisdiction
    self.year = year
    self.title = title
    self.characters = characters
    self.sentences = sentences
  }
}

/// 对比警告：something odd about the pair; the comparison still runs.
public struct ComparisonWarning: Sendable, Hashable, Codable {
  /// Stable id: `different_jurisdiction`, `same_year`, `reversed_years`, `year_gap`, `identical`.
  public var code: String
  /// Chinese, no trailing 。.
  public var message: String

  public init(code: String, message: String) {
    self.code = code
    self.message = message
  }
}
