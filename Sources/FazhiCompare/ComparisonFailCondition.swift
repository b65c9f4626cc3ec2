import Foundation
import FazhiCore

/// 失败条件：`--fail-on METRIC=LIMIT` — the command exits 1 when a measured value reaches the limit.
///
/// Metrics: `reuse` (share of this year's text, `30%` or `0.3`), `dropped-parts`, `dropped-areas`, `dropped-items`,
/// `missing-indicators`, `swings`, `stale-references`, `copied-plans` (counts). "Reaches" means ≥: `reuse=30%` fails at
/// 30.0 % reuse and above, `dropped-parts=1` fails as soon as one mandated part is dropped.
public struct ComparisonFailCondition: Sendable, Hashable, CustomStringConvertible {
  public enum Metric: String, Sendable, Hashable, CaseIterable {
    case reuse
    case droppedParts = "dropped-parts"
    case droppedAreas = "dropped-areas"
    case droppedItems = "dropped-items"
    case missingIndicators = "missing-indicators"
    case swings
    case staleReferences = "stale-references"
    case copiedPlans = "copied-plans"

    /// 重复占比 / 缺失的法定部分 …
    public var chineseName: String {
      switch self {
      case .reuse: "重复文字占比"
      case .droppedParts: "缺失的法定部分"
      case .droppedAreas: "缺失的领域"
      case .droppedItems: "缺失的事项"
      case .missingIndicators: "本年缺失的指标"
      case .swings: "大幅波动的指标"
      case .staleReferences: "过时内容"
      case .copiedPlans: "照搬的去年安排"
      }
    }
  }

  public var metric: Metric
  /// For `reuse` a share 0…1; otherwise a count.
  public var limit: Double

  public init(metric: Metric, limit: Double) {
    self.metric = metric
    self.limit = limit
  }

  /// Parses `reuse=30%`, `reuse=0.3`, `dropped-parts=1`. Throws a usage `FazhiError` with the accepted forms.
  public static func parse(_ text: String) throws -> ComparisonFailCondition {
    let names = Metric.allCases.map(\.rawValue).joined(separator: "、")
    let pieces = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard pieces.count == 2, let metric = Metric(rawValue: pieces[0].lowercased()) else {
      throw FazhiError(.usage, "--fail-on「\(text)」无法识别，请写成「指标=上限」，指标可用：\(names)，例如 reuse=30%")
    }
    var number = pieces[1]
    let isPercent = number.hasSuffix("%")
    if isPercent { number.removeLast() }
    guard let value = Double(number), value.isFinite, value >= 0 else {
      throw FazhiError(.usage, "--fail-on「\(text)」的上限不是数字，例如 reuse=30% 或 dropped-parts=1")
    }
    if metric == .reuse {
      let share = isPercent || value > 1 ? value / 100 : value
      return ComparisonFailCondition(metric: metric, limit: share)
    }
    // A count that Int can hold (messages print it as Int); 1e300 is refused, not trapped on.
    guard !isPercent, value == value.rounded(), value < 1e15 else {
      throw FazhiError(.usage, "--fail-on「\(text)」：\(metric.rawValue) 的上限是个数，请写整数")
    }
    return ComparisonFailCondition(metric: metric, limit: value)
  }

  /// The measured value in `comparison` (share for reuse, count otherwise).
  public func measure(_ c: ReportComparison) -> Double {
    switch metric {
    case .reuse: c.reuse.share
    case .droppedParts: Double(c.coverage.droppedParts.count)
    case .droppedAreas: Double(c.coverage.droppedAreas.count)
    case .droppedItems: Double(c.coverage.droppedItems.count)
    case .missingIndicators: Double(c.missingIndicators.count)
    case .swings: Double(c.swings.count + c.facts.matched.filter(\.isSwing).count)
    case .staleReferences: Double(c.staleReferences.count)
    case .copiedPlans: Double(c.planFollowUps.filter { $0.status == .copied }.count)
    }
  }

  /// True when the measured value reaches the limit.
  public func isMet(by c: ReportComparison) -> Bool { measure(c) >= limit - 1e-12 }

  /// Chinese message for a met condition: `重复文字占比 42.0% 达到上限 30.0%`.
  public func message(for c: ReportComparison) -> String {
    let value = measure(c)
    if metric == .reuse {
      return "\(metric.chineseName) \(ComparisonFormatting.share(value)) 达到上限 \(ComparisonFormatting.share(limit))"
    }
    return "\(metric.chineseName) \(Self.count(value)) 个，达到上限 \(Self.count(limit)) 个"
  }

  public var description: String {
    metric == .reuse ? "reuse=\(ComparisonFormatting.share(limit))" : "\(metric.rawValue)=\(Self.count(limit))"
  }

  /// A count as a whole number. `parse` admits only whole limits below 10^15, but `init` takes any Double, and
  /// `Int(_:)` traps on one beyond Int's range.
  static func count(_ x: Double) -> String {
    Int(exactly: x.rounded()).map(String.init) ?? String(x)
  }
}
