import Foundation

extension Quantity {
  /// The values a figure as written can stand for: an exact figure is itself; an approximation spans the
  /// rounding its last written digit implies (`3100余` is 3100…3200, `约2.6万` 25000…27000, `近3100` 3000…3100).
  /// Two figures contradict each other only when their ranges do not meet.
  public var plausibleRange: ClosedRange<Double> {
    let v = NSDecimalNumber(decimal: value).doubleValue
    guard let approximation else { return v...v }
    let step = Self.lastDigitPlace(of: v)
    switch approximation {
    case .over: return v...(v + step)
    case .about: return (v - step)...(v + step)
    case .nearly, .under: return (v - step)...v
    }
  }

  /// True when the two figures can describe the same count (their plausible ranges meet).
  public func isCompatible(with other: Quantity) -> Bool {
    plausibleRange.overlaps(other.plausibleRange)
  }

  /// The place value of the last non-zero digit (3100 → 100, 26000 → 1000, 97.5 → 0.1); 1 for zero.
  static func lastDigitPlace(of value: Double) -> Double {
    let magnitude = abs(value)
    guard magnitude > 0 else { return 1 }
    for exponent in stride(from: 12, through: -4, by: -1) {
      let place = pow(10, Double(exponent))
      let ratio = magnitude / place
      if ratio >= 1 && abs(ratio - ratio.rounded()) < 1e-6 { return place }
    }
    return 0.0001
  }
}
