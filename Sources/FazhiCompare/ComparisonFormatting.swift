import Foundation
import FazhiCore

/// How figures read in every comparison reporter (one place, so text, Markdown and HTML agree).
public enum ComparisonFormatting {
  /// `120件`, `200余场`, `约30%`, `—` for a missing value.
  public static func quantity(_ q: Quantity?, unit: String? = nil) -> String {
    guard let q else { return "—" }
    let u = q.unit ?? unit ?? ""
    let number = q.value.plainText
    switch q.approximation {
    case .over: return "\(number)余\(u)"
    case .about: return "约\(number)\(u)"
    case .nearly: return "近\(number)\(u)"
    case .under: return "不足\(number)\(u)"
    case nil: return "\(number)\(u)"
    }
  }

  /// `+80件`, `-2个百分点` for rates, `约+60场` when approximate, `—` when not comparable.
  public static func change(_ d: Decimal?, unit: String?, approximate: Bool) -> String {
    guard let d else { return "—" }
    let sign = d > 0 ? "+" : (d < 0 ? "-" : "±")
    let u = unit == "%" ? "个百分点" : (unit ?? "")
    return (approximate ? "约" : "") + sign + abs(d).plainText + u
  }

  /// `+80.0%`, `-40.0%`, `—`.
  public static func percent(_ p: Decimal?) -> String {
    guard let p else { return "—" }
    let text = String(format: "%.1f", abs(p.doubleValue))
    return (p > 0 ? "+" : (p < 0 ? "-" : "±")) + text + "%"
  }

  /// A 0…1 share as `35.2%`.
  public static func share(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

  /// A 0…1 similarity as `0.83`.
  public static func score(_ x: Double) -> String { String(format: "%.2f", x) }

  /// 向好 / 变差 / 持平, with the direction of the indicator when it has none.
  public static func assessment(_ c: IndicatorChange) -> String {
    switch c.status {
    case .missing: return "本年缺失"
    case .new: return "本年新增"
    case .both: return c.assessment.chineseName
    }
  }

  /// `示例县-2025.yaml:12:5 第2句` or the section path.
  public static func place(_ s: TextSentence) -> String { s.place }

  static func place(_ location: TextLocation?, fallback: String) -> String {
    location.map(\.description) ?? fallback
  }
}
