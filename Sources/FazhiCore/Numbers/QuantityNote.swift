import Foundation

/// 数字写法提示：how a figure was written, for the validator to warn about (GB/T 15835-2011).
public enum QuantityNote: String, Sendable, Hashable, Codable, CaseIterable {
  /// Full-width digits (２０２５).
  case fullWidthDigits
  /// Full-width percent sign (97.2％).
  case fullWidthPercent
  /// Full-width decimal point, comma or minus (97．2, 1，100).
  case fullWidthPunctuation
  /// Thousands separators (1,100): allowed by GB/T 15835-2011 5.1.3 (分节), so not reported to the user.
  case thousandsSeparator
  /// Chinese numerals for a statistic (三件, 百分之九十七).
  case chineseNumerals
  /// A Chinese decimal (九十七点二).
  case chineseDecimal
  /// A percentage-point change (3.5个百分点).
  case percentagePoints
  /// 十/百/千 after Arabic digits (3千人).
  case arabicWithChineseMultiplier
  /// Arabic digits split by 万/亿 (3万4000).
  case compoundMultipliers
  /// Two approximation markers (约300左右).
  case redundantApproximation
  /// A unit outside fazhi's list, kept as written.
  case unrecognisedUnit

  /// What to do about it, in Chinese.
  public var message: String {
    switch self {
    case .fullWidthDigits: "请使用半角数字"
    case .fullWidthPercent: "百分号请使用半角 %"
    case .fullWidthPunctuation: "数字中的小数点、千分位和负号请使用半角符号"
    case .thousandsSeparator: "数字不必加千分位分隔符，直接写作 1100 这样的形式"
    case .chineseNumerals: "统计数字请使用阿拉伯数字"
    case .chineseDecimal: "小数请使用阿拉伯数字，如 97.2"
    case .percentagePoints: "这是百分点变化量，不是比率"
    case .arabicWithChineseMultiplier: "阿拉伯数字后不能用十、百、千作单位，应写作 3000 这样的形式"
    case .compoundMultipliers: "不要把阿拉伯数字拆成几段，应写作 34000 或 3.4万"
    case .redundantApproximation: "约数标记重复，保留一个即可（如 约300 或 300左右）"
    case .unrecognisedUnit: "单位不在常用单位表中，请确认"
    }
  }
}
