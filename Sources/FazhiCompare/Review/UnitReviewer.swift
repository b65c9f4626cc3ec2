import Foundation
import FazhiChecks
import FazhiCore
import FazhiInput

/// 单份审核：what `fazhi review` does for one submission — read it (any format), validate it, compare it with the
/// same unit's report last year, and condense the result into a `ReviewUnit` that keeps no text.
public struct UnitReviewer: Sendable {
  public let catalog: Catalog
  let extractor: ReportExtractor
  let validator: Validator
  let comparator: ReportComparator

  /// The headline indicators a reviewer compares across units (catalog ids).
  public static let headlineIndicators = [
    "reconsideration_correction_rate", "litigation_appearance_rate", "litigation_loss_rate",
    "normative_docs_filing_rate",
  ]
  /// How many findings each unit's section lists.
  public static let topFindingCount = 8

  public init(catalog: Catalog) throws {
    self.catalog = catalog
    extractor = ReportExtractor(catalog: catalog)
    validator = Validator(catalog: catalog)
    comparator = try ReportComparator(catalog: catalog, options: ComparisonOptions())
  }

  /// The outcome for one file: a reviewed unit, or the reason it was set aside.
  public enum Outcome: Sendable {
    case unit(ReviewUnit)
    case skipped(ReviewSkip)
  }

  /// Identifies a file of last year's folder: the issuer key and year, nil when it is not a readable report.
  public func identify(_ path: String) -> (key: String, year: Int?)? {
    guard case .report(let read) = ReviewSource.read(path, catalog: catalog, extractor: extractor) else { return nil }
    let name = read.report.metadata.jurisdiction
    return name.isEmpty ? nil : (ReviewUnit.issuerKey(name), read.report.metadata.year == 0 ? nil : read.report.metadata.year)
  }

  /// Reviews `path` (shown as `name`), comparing with the file `lastPath` gives for the unit's issuer key.
  public func review(_ path: String, name: String, lastPath: (String) -> String? = { _ in nil }) -> Outcome {
    let read: ReviewSource.Read
    switch ReviewSource.read(path, catalog: catalog, extractor: extractor) {
    case .skipped(let reason, let isReadError):
      return .skipped(ReviewSkip(file: name, reason: reason, isReadError: isReadError))
    case .report(let found): read = found
    }
    let report = read.report
    let issuer = report.metadata.jurisdiction
    let lastPath = issuer.isEmpty ? nil : lastPath(ReviewUnit.issuerKey(issuer))
    var last: Report?
    if let lastPath, case .report(let lastRead) = ReviewSource.read(lastPath, catalog: catalog, extractor: extractor) {
      last = lastRead.report
    }
    let findings = (validator.validate(read.loaded, options: ValidationOptions(lastYear: last)) + read.extractionFindings)
      .sorted()
    let comparison = last.flatMap { try? comparator.compare(this: report, last: $0, thisFile: path, lastFile: lastPath) }
    return .unit(unit(report, read: read, name: name, findings: findings, last: last, lastPath: lastPath, comparison: comparison))
  }

  private func unit(
    _ report: Report, read: ReviewSource.Read, name: String, findings: [Diagnostic], last: Report?, lastPath: String?,
    comparison: ReportComparison?
  ) -> ReviewUnit {
    let required = ReportPart.allCases.filter { catalog.part($0).required }
    let present = ReportPart.allCases.filter(report.hasContent)
    let framework = catalog.framework(for: report.metadata)
    let covered = Set(report.achievements.compactMap(\.areaID)).filter { id in
      framework?.areas.contains { $0.id == id } ?? false
    }
    let count = { (severity: Severity) in findings.filter { $0.severity == severity }.count }
    let characters = Self.characters(of: report)
    let figures = report.indicators.count + report.customIndicators.count + report.facts.count
    let reuse = comparison.map { $0.reuse.share }
    let deadline = findings.first { $0.ruleID == "deadline" }
    let withCause = report.shortcomings.filter { !($0.cause ?? "").isEmpty }.count
    let errors = count(.error)
    let warnings = count(.warning)
    let score = ReviewScore(
      requiredPartsPresent: required.filter(present.contains).count, requiredParts: required.count,
      shortcomings: report.shortcomings.count, withCause: withCause, errors: errors, warnings: warnings,
      density: characters == 0 ? 0 : Double(figures) * 1000 / Double(characters), reuseShare: reuse,
      meetsDeadline: deadline == nil)
    return ReviewUnit(
      file: name, jurisdiction: report.metadata.jurisdiction, level: report.metadata.level,
      year: report.metadata.year == 0 ? nil : report.metadata.year, format: read.format, partsPresent: present,
      partsMissing: required.filter { !present.contains($0) }, shortcomings: report.shortcomings.count,
      shortcomingsWithCause: withCause, areasCovered: covered.sorted(), areasInFramework: framework?.areas.count ?? 0,
      errors: errors, warnings: warnings, notes: count(.note),
      topFindings: Array(
        findings.sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0 < $1 }.prefix(Self.topFindingCount)),
      findingCounts: Dictionary(findings.map { ($0.ruleID, 1) }, uniquingKeysWith: +), deadline: deadline?.message,
      characters: characters, figures: figures, lastFile: lastPath, reuseShare: reuse,
      reuseExamples: comparison.map { Array($0.reuse.matches.prefix(5).map(\.this.text)) } ?? [],
      staleReferences: comparison?.staleReferences.count ?? 0, headline: headline(report, last: last), score: score)
  }

  private func headline(_ report: Report, last: Report?) -> [HeadlineValue] {
    Self.headlineIndicators.compactMap { id in
      guard let spec = catalog.indicator(id: id) else { return nil }
      return HeadlineValue(
        id: id, label: spec.label, value: report.indicator(id)?.quantity.value,
        lastValue: last?.indicator(id)?.quantity.value)
    }
  }

  /// Characters of the report's prose (what a reader reads; titles and metadata excluded).
  static func characters(of report: Report) -> Int {
    var total = report.preamble?.count ?? 0
    for area in report.achievements {
      total += (area.summary?.count ?? 0) + area.items.reduce(0) { $0 + $1.text.count }
    }
    for items in [report.firstResponsible, report.nextYearPlans, report.otherMatters] {
      total += items.reduce(0) { $0 + $1.text.count }
    }
    return total + report.shortcomings.reduce(0) { $0 + $1.problem.count + ($1.cause?.count ?? 0) }
  }
}
