import Foundation

/// 数量：a number as reports state it, with its unit and approximation marker.
///
/// Multipliers (万, 亿, 千 …) are folded into `value`: `4.3万余人次` is `value = 43000, unit = "人次",
/// approximation = .over`. Percentages keep their percent value (`97.2%` is `value = 97.2, unit = "%"`).
public struct Quantity: Sendable, Hashable, Codable {
  /// How a stated figure is approximate (余/多/约/近 …).
  public enum Approximation: String, Sendable, Hashable, Codable, CaseIterable {
    /// 余、多、逾、超、以上: at least the stated value.
    case over
    /// 约、左右、大约、上下: about the stated value.
    case about
    /// 近、将近、接近: slightly below the stated value.
    case nearly
    /// 不足、不到、以下: below the stated value.
    case under
  }

  /// The value with multipliers folded in.
  public var value: Decimal
  /// The unit after the number (件, 人次, %, 个百分点, 元 …), nil when none was stated.
  public var unit: String?
  /// Nil for an exact figure.
  public var approximation: Approximation?

  public init(value: Decimal, unit: String? = nil, approximation: Approximation? = nil) {
    self.value = value
    self.unit = unit
    self.approximation = approximation
  }

  /// True when the unit is `%`.
  public var isPercent: Bool { unit == "%" }
  /// True when the figure is stated as approximate.
  public var isApproximate: Bool { approximation != nil }
}

extension Decimal {
  /// Plain decimal text without grouping or exponent (`1100000`, `97.2`).
  public var plainText: String {
    var copy = self
    var rounded = Decimal()
    NSDecimalRound(&rounded, &copy, 6, .plain)
    return NSDecimalNumber(decimal: rounded).stringValue
  }

  /// The value as a Double, for ratios and display only (never stored).
  public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }
}
