import Foundation
import FazhiCore

/// 指标同比：one catalog indicator in the two years.
public struct IndicatorChange: Sendable, Hashable, Codable {
  /// Whether the indicator is stated in both years.
  public enum Status: String, Sendable, Hashable, Codable {
    case both
    /// Stated last year, not this year.
    case missing
    /// Stated this year only.
    case new
  }

  /// How the change reads given the indicator's direction.
  public enum Assessment: String, Sendable, Hashable, Codable {
    case better
    case worse
    case unchanged
    /// The catalog gives no direction.
    case neutral
    /// Not stated in both years, or in different units.
    case notComparable = "not_comparable"

    /// 向好 / 变差 …
    public var chineseName: String {
      switch self {
      case .better: "向好"
      case .worse: "变差"
      case .unchanged: "持平"
      case .neutral: "—"
      case .notComparable: "无法比较"
      }
    }
  }

  public var id: String
  public var label: String
  public var unit: String?
  public var status: Status
  public var last: Quantity?
  public var this: Quantity?
  /// This − last, in the unit (percentage points for rates).
  public var change: Decimal?
  /// (This − last) / last × 100, rounded to 0.1; nil when last is 0 or a side is missing.
  public var percentChange: Decimal?
  /// True when either value is approximate (`200余`): the change is approximate too.
  public var isApproximate: Bool
  public var direction: IndicatorSpec.Direction
  public var assessment: Assessment
  /// |percentChange| exceeds the swing threshold.
  public var isSwing: Bool
  public var lastLocation: TextLocation?
  public var thisLocation: TextLocation?

  public init(
    id: String, label: String, unit: String?, status: Status, last: Quantity?, this: Quantity?, change: Decimal?,
    percentChange: Decimal?, isApproximate: Bool, direction: IndicatorSpec.Direction, assessment: Assessment,
    isSwing: Bool, lastLocation: TextLocation? = nil, thisLocation: TextLocation? = nil
  ) {
    self.id = id
    self.label = label
    self.unit = unit
    self.status = status
    self.last = last
    self.this = this
    self.change = change
    self.percentChange = percentChange
    self.isApproximate = isApproximate
    self.direction = direction
    self.assessment = assessment
    self.isSwing = isSwing
    self.lastLocation = lastLocation
    self.thisLocation = thisLocation
  }
}

/// 其他数字：generic figures matched across years by label similarity.
public struct FactChanges: Sendable, Hashable, Codable {
  public var matched: [FactMatch]
  /// Figures of last year with no similar label this year.
  public var lastOnly: [FactFigure]
  /// Figures of this year with no similar label last year.
  public var thisOnly: [FactFigure]

  public init(matched: [FactMatch], lastOnly: [FactFigure], thisOnly: [FactFigure]) {
    self.matched = matched
    self.lastOnly = lastOnly
    self.thisOnly = thisOnly
  }
}

/// A generic figure of one year.
public struct FactFigure: Sendable, Hashable, Codable {
  /// `fact` (found in prose) or `custom` (其他指标).
  public var source: String
  public var label: String
  public var quantity: Quantity
  public var location: TextLocation?

  public init(source: String, label: String, quantity: Quantity, location: TextLocation?) {
    self.source = source
    self.label = label
    self.quantity = quantity
    self.location = location
  }
}

/// The same generic figure in both years.
public struct FactMatch: Sendable, Hashable, Codable {
  public var last: FactFigure
  public var this: FactFigure
  /// Character-bigram Dice similarity of the labels (0…1).
  public var score: Double
  public var change: Decimal?
  public var percentChange: Decimal?
  public var isApproximate: Bool
  public var isSwing: Bool

  public init(
    last: FactFigure, this: FactFigure, score: Double, change: Decimal?, percentChange: Decimal?,
    isApproximate: Bool, isSwing: Bool
  ) {
    self.last = last
    self.this = this
    self.score = score
    self.change = change
    self.percentChange = percentChange
    self.isApproximate = isApproximate
    self.isSwing = isSwing
  }
}
