import Foundation
import FazhiCore

/// 审核汇总：the whole folder at a glance — units ranked by score, how many units show each kind of defect, each
/// headline indicator across units, duplicates, files set aside and units without last year's report.
public struct ReviewSummary: Sendable, Hashable, Codable {
  public var schemaVersion = 1
  public var folder: String
  public var lastFolder: String?
  /// The year asked for with `--year`, when given.
  public var year: Int?
  /// Units, best score first.
  public var units: [ReviewUnit]
  public var skipped: [ReviewSkip]
  /// Files of this year without a report of the same unit last year (only with `--last`).
  public var unpaired: [String]
  /// Rule id → number of units where it fired.
  public var defects: [String: Int]
  /// Each headline indicator across units.
  public var indicators: [IndicatorSpread]

  public init(folder: String, lastFolder: String?, year: Int?, units: [ReviewUnit], skipped: [ReviewSkip], unpaired: [String]) {
    self.folder = folder
    self.lastFolder = lastFolder
    self.year = year
    var units = Self.markingDuplicates(units)
    units.sort { ($0.score.total, $1.file) > ($1.score.total, $0.file) }
    self.units = units
    self.skipped = skipped
    self.unpaired = unpaired
    var defects: [String: Int] = [:]
    for unit in units { for id in unit.findingCounts.keys { defects[id, default: 0] += 1 } }
    self.defects = defects
    indicators = UnitReviewer.headlineIndicators.compactMap { id in IndicatorSpread(id: id, units: units) }
  }

  /// Units with errors, and read errors: what decides the exit status.
  public var hasErrors: Bool { units.contains { $0.errors > 0 } }
  public var hasReadErrors: Bool { skipped.contains(where: \.isReadError) }

  /// Two reports of the same issuer and year are both kept and both flagged.
  static func markingDuplicates(_ units: [ReviewUnit]) -> [ReviewUnit] {
    var counts: [String: Int] = [:]
    let key = { (unit: ReviewUnit) in "\(unit.issuerKey)|\(unit.year.map(String.init) ?? "")" }
    for unit in units where !unit.issuerKey.isEmpty { counts[key(unit), default: 0] += 1 }
    return units.map { unit in
      var unit = unit
      unit.isDuplicate = !unit.issuerKey.isEmpty && counts[key(unit), default: 0] > 1
      return unit
    }
  }
}

/// 指标分布：one headline indicator across the units that state it, with the outliers (Tukey's fences: more than
/// 1.5 interquartile ranges beyond the quartiles).
public struct IndicatorSpread: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  public var units: Int
  public var minimum: Decimal
  public var median: Decimal
  public var maximum: Decimal
  /// Files of the units whose value lies outside the fences.
  public var outliers: [String]

  init?(id: String, units: [ReviewUnit]) {
    let values = units.compactMap { unit in
      unit.headline.first { $0.id == id }.flatMap { h in h.value.map { (file: unit.file, label: h.label, value: $0) } }
    }.sorted { $0.value < $1.value }
    guard let first = values.first, let last = values.last else { return nil }
    self.id = id
    label = first.label
    self.units = values.count
    minimum = first.value
    maximum = last.value
    median = Self.quantile(values.map(\.value), 0.5)
    let q1 = Self.quantile(values.map(\.value), 0.25)
    let q3 = Self.quantile(values.map(\.value), 0.75)
    let fence = (q3 - q1) * 3 / 2
    outliers = values.count < 4 ? [] : values.filter { $0.value < q1 - fence || $0.value > q3 + fence }.map(\.file)
  }

  /// The `p` quantile of sorted values, interpolated between neighbours.
  static func quantile(_ sorted: [Decimal], _ p: Decimal) -> Decimal {
    guard !sorted.isEmpty else { return 0 }
    let position = p * Decimal(sorted.count - 1)
    let lower = NSDecimalNumber(decimal: position).intValue
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Decimal(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
  }
}
