import Foundation

/// 文中数字：a figure (or figure-like expression) found in running prose by `QuantityScanner`.
public struct QuantityMatch: Sendable, Hashable {
  /// What the number means in its sentence.
  public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// A level or count: 受理100件, 出庭应诉率达100%.
    case value
    /// A change upwards: 同比增长12%, 提高3.5个百分点.
    case changeIncrease
    /// A change downwards: 下降8%, 减少3件.
    case changeDecrease
    /// The first end of a before/after pair or range: 由42.28%提升至99.95%, 15%～30%.
    case rangeFrom
    /// The second end of a before/after pair or range.
    case rangeTo
    /// An ordinal: 第三次, 第14次, 第二十五条.
    case ordinal
    /// A slogan, name, code or document number that is not a figure: “六稳”, 三项制度, 〔2019〕28号.
    case fixedExpression
    /// A year: 2023年, 2021—2025年 (value is the year, unit 年).
    case year
    /// A date: 2024年3月6日 (value is the year when stated, else the month with unit 月).
    case date

    /// True for roles that state a figure (value, change or range end).
    public var isFigure: Bool {
      switch self {
      case .value, .changeIncrease, .changeDecrease, .rangeFrom, .rangeTo: true
      case .ordinal, .fixedExpression, .year, .date: false
      }
    }
  }

  /// The span of the number and its unit (for ordinals including 第, for documents the whole 〔2019〕28号).
  public var range: Range<String.Index>
  public var quantity: Quantity
  public var role: Role
  /// Writing issues (full-width digits, Chinese numerals …).
  public var notes: [QuantityNote]

  public init(range: Range<String.Index>, quantity: Quantity, role: Role, notes: [QuantityNote] = []) {
    self.range = range
    self.quantity = quantity
    self.role = role
    self.notes = notes
  }
}
