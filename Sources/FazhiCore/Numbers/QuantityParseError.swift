import Foundation

/// 数值无法识别：why a scalar is not a figure, with a Chinese message saying what to write.
public enum QuantityParseError: Error, Sendable, Hashable {
  /// Nothing was written.
  case empty
  /// The text is not a number (`abc`, `%`).
  case notANumber(String)
  /// More than one decimal point (`97.2.1`).
  case multipleDecimalPoints(String)
  /// Thousands separators not in groups of three (`1,10,0`).
  case malformedGrouping(String)
  /// A decimal in Chinese numerals (`九十七点二%`), with the Arabic spelling.
  case chineseDecimal(String, suggestion: String)
  /// Arabic and Chinese numerals mixed in one number (`3万四千`).
  case mixedNumerals(String)
  /// Text after the number that is neither a unit nor an approximation marker (`120件（含7件）`).
  case trailingText(String, rest: String)

  /// What is wrong and what to write instead, in Chinese, without a trailing 。.
  public var message: String {
    switch self {
    case .empty:
      "数值为空，请填写阿拉伯数字，如 120、120件 或 97.2%"
    case .notANumber(let text):
      "无法识别数值“\(text)”，请填写阿拉伯数字，如 120、120件 或 97.2%"
    case .multipleDecimalPoints(let text):
      "“\(text)”有多个小数点，请只保留一个，如 97.2"
    case .malformedGrouping(let text):
      "“\(text)”的千分位分隔不正确，请直接写作 1100 这样的形式（分隔时每三位一组，如 1,100）"
    case .chineseDecimal(let text, let suggestion):
      "“\(text)”用汉字写了小数，请写作 \(suggestion)"
    case .mixedNumerals(let text):
      "“\(text)”混用了阿拉伯数字和汉字数字，请统一写作阿拉伯数字，如 34000 或 3.4万"
    case .trailingText(let text, let rest):
      "无法识别“\(text)”中数值后的“\(rest)”，请只写数值和单位，如 120件，说明放在备注中"
    }
  }
}
