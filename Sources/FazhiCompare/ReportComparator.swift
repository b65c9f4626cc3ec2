import Foundation
import FazhiCore
import FazhiInput

/// 年度对比：compares this year's report with last year's — parts, areas and items, figures, reused text, stale
/// references and last year's plans.
///
/// Pure and deterministic: the same reports, catalog and options give the same `ReportComparison`. Reuse detection
/// is near-linear in the text size (see `ReuseDetector`).
public struct ReportComparator: Sendable {
  public var catalog: Catalog
  public var options: ComparisonOptions

  public init(catalog: Catalog, options: ComparisonOptions = ComparisonOptions()) {
    self.catalog = catalog
    self.options = options
  }

  /// Compares `this` year's report with `last` year's. Throws `FazhiError.unreadableInput` when a side has no
  /// content at all (nothing to compare); odd pairs (other jurisdiction, same year, a gap) only add warnings.
  /// With a side's `positions` (a YAML file), each of its sentences is located on its own line; without, at its
  /// paragraph.
  public func compare(
    this: Report, last: Report, thisFile: String? = nil, lastFile: String? = nil,
    thisPositions: PositionMap? = nil, lastPositions: PositionMap? = nil
  ) throws -> ReportComparison {
    if ReportComparator.isEmpty(this) {
      throw FazhiError(.unreadableInput, path: thisFile, "本年度报告没有可对比的内容，请检查文件是否为空或格式是否正确")
    }
    if ReportComparator.isEmpty(last) {
      throw FazhiError(.unreadableInput, path: lastFile, "上年度报告没有可对比的内容，请检查文件是否为空或格式是否正确")
    }
    let stock = StockPhraseMatcher(catalog.stockPhrases)
    var thisProse = ReportProse(this, catalog: catalog, stockPhrases: stock)
    var lastProse = ReportProse(last, catalog: catalog, stockPhrases: stock)
    if let thisPositions { thisProse.locateSentences(of: this, catalog: catalog, positions: thisPositions) }
    if let lastPositions { lastProse.locateSentences(of: last, catalog: catalog, positions: lastPositions) }

    var reuse = ReuseDetector(options: options).detect(this: thisProse, last: lastProse)
    let plans = PlanFollowUpFinder(options: options, stockPhrases: stock).find(
      this: thisProse, last: lastProse, reuse: &reuse)
    let stale = StaleReferenceFinder().find(
      this: thisProse, last: lastProse, thisYear: this.metadata.year,
      lastYear: last.metadata.year, thisReport: this, lastReport: last, catalog: catalog)

    return ReportComparison(
      this: summary(this, thisProse, thisFile), last: summary(last, lastProse, lastFile), options: options,
      warnings: warnings(this, last, reuse: reuse), coverage: coverage(this: this, last: last),
      indicators: indicatorChanges(this: this, last: last), facts: factChanges(this: this, last: last),
      reuse: reuse, staleReferences: stale, planFollowUps: plans,
      thisSentences: thisProse.sentences, lastSentences: lastProse.sentences)
  }

  /// True when a report has no prose and no figures.
  public static func isEmpty(_ report: Report) -> Bool {
    let prose = (report.preamble ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    return prose && report.achievements.isEmpty && report.indicators.isEmpty && report.customIndicators.isEmpty
      && report.firstResponsible.isEmpty && report.shortcomings.isEmpty && report.nextYearPlans.isEmpty
      && report.otherMatters.isEmpty && report.facts.isEmpty
  }

  private func summary(_ report: Report, _ prose: ReportProse, _ file: String?) -> ComparedReportSummary {
    ComparedReportSummary(
      file: file, jurisdiction: report.metadata.jurisdiction, year: report.metadata.year,
      title: report.metadata.effectiveTitle, characters: prose.sentences.reduce(0) { $0 + $1.countedCharacters },
      sentences: prose.sentences.count)
  }

  private func warnings(_ this: Report, _ last: Report, reuse: ReuseSummary) -> [ComparisonWarning] {
    var result: [ComparisonWarning] = []
    let a = this.metadata
    let b = last.metadata
    if a.jurisdiction != b.jurisdiction {
      result.append(
        ComparisonWarning(
          code: "different_jurisdiction", message: "两份报告的报告主体不同（\(a.jurisdiction)、\(b.jurisdiction)），请确认是否选错文件"))
    }
    if a.year == b.year {
      result.append(ComparisonWarning(code: "same_year", message: "两份报告都是\(a.year)年度，请确认第二个文件是上年度报告"))
    } else if a.year < b.year {
      result.append(
        ComparisonWarning(
          code: "reversed_years", message: "本年度（\(a.year)年）早于上年度（\(b.year)年），请先写本年度文件、再写上年度文件"))
    } else if a.year - b.year > 1 {
      result.append(
        ComparisonWarning(code: "year_gap", message: "两份报告相隔\(a.year - b.year)年（\(b.year)年、\(a.year)年），同比数字不是逐年变化"))
    }
    if this == last || (reuse.totalCharacters > 0 && reuse.reusedCharacters == reuse.totalCharacters) {
      result.append(ComparisonWarning(code: "identical", message: "两份报告的正文完全相同，请确认是否选错文件"))
    }
    return result
  }
}
