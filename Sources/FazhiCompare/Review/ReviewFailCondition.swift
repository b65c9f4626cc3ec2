import FazhiCore

/// 审核失败条件：`fazhi review --fail-on METRIC=LIMIT` — exit 1 when the folder reaches the limit, as `diff`'s
/// `--fail-on` does for one pair.
///
/// Metrics: `score` (some unit scores below the limit), `reuse` (some unit reuses at least the share, `30%` or
/// `0.3`), `missing-parts`, `duplicates`, `skipped` (counts of units or files, failing at ≥ the limit).
public struct ReviewFailCondition: Sendable, Hashable, CustomStringConvertible {
  public enum Metric: String, Sendable, Hashable, CaseIterable {
    case score
    case reuse
    case missingParts = "missing-parts"
    case duplicates
    case skipped
  }

  public var metric: Metric
  public var limit: Double

  public var description: String { "\(metric.rawValue)=\(limit)" }

  /// Parses `score=60`, `reuse=30%`, `missing-parts=1`; a Chinese usage error otherwise.
  public static func parse(_ text: String) throws -> ReviewFailCondition {
    let pieces = text.split(separator: "=", maxSplits: 1).map(String.init)
    let names = Metric.allCases.map(\.rawValue).joined(separator: "、")
    guard pieces.count == 2, let metric = Metric(rawValue: pieces[0]) else {
      throw FazhiError(.usage, "--fail-on「\(text)」无法识别，写成 指标=界限，可用指标：\(names)")
    }
    var number = pieces[1]
    let isPercent = number.hasSuffix("%")
    if isPercent { number.removeLast() }
    guard let value = Double(number), value.isFinite, value >= 0 else {
      throw FazhiError(.usage, "--fail-on「\(text)」的界限应为非负数，如 score=60、reuse=30%")
    }
    return ReviewFailCondition(metric: metric, limit: isPercent || (metric == .reuse && value > 1) ? value / 100 : value)
  }

  /// Whether the folder meets the condition, and a Chinese sentence saying how.
  public func check(_ s: ReviewSummary) -> String? {
    switch metric {
    case .score:
      let low = s.units.filter { $0.score.total < limit }
      return low.isEmpty ? nil : "\(low.count) 份报告得分低于 \(ReviewText.number(limit))"
    case .reuse:
      let high = s.units.filter { ($0.reuseShare ?? 0) >= limit }
      return high.isEmpty ? nil : "\(high.count) 份报告与上年重复率达到 \(ReviewText.percent(limit))"
    case .missingParts:
      let count = s.units.filter { !$0.partsMissing.isEmpty }.count
      return Double(count) >= limit && count > 0 ? "\(count) 份报告缺少法定部分" : nil
    case .duplicates:
      let count = s.units.filter(\.isDuplicate).count
      return Double(count) >= limit && count > 0 ? "\(count) 份报告属于同一单位同一年度的重复提交" : nil
    case .skipped:
      return Double(s.skipped.count) >= limit && !s.skipped.isEmpty ? "\(s.skipped.count) 个文件未审核" : nil
    }
  }
}
