import Foundation

/// 汉字数字：reading and writing Chinese numerals (一百零五, 两千, 三万四千, 贰佰 …).
///
/// Only whole numbers written with Chinese characters; mixes such as `1.2万` belong to `QuantityParser`.
public enum ChineseNumeral {
  /// The value of a Chinese numeral such as `十一`, `一百零五`, `两千`, `三万四千`, `壹仟贰佰`, or nil.
  ///
  /// Digit-by-digit strings (`二〇二五`) are not numerals in this sense: use `year(of:)`.
  /// Colloquial abbreviations are accepted (`一万五` is 15000, `两千五` is 2500).
  public static func value(of text: Substring) -> Decimal? {
    var total: Decimal = 0  // completed 亿 groups
    var wanGroup: Decimal = 0  // the 万 group inside the current 亿 group
    var small: Decimal = 0  // below 万
    var digit: Int?
    var zeroPending = false
    var lastSmallUnit = Int.max
    var lastBigUnit: Decimal = 0
    var sawAnything = false
    var sawNonZero = false

    for scalar in text.unicodeScalars {
      sawAnything = true
      if let d = digitValue(scalar) {
        if digit != nil { return nil }  // 一二: two digits in a row is not a numeral
        if d == 0 {
          zeroPending = true
          continue
        }
        digit = d
        sawNonZero = true
      } else if let unit = smallUnitValue(scalar) {
        guard unit < lastSmallUnit else { return nil }
        // 十 may stand alone at the start of a group (十一, 三万十二) or after 零 (一千零十).
        if digit == nil {
          guard unit == 10, small == 0 || zeroPending else { return nil }
        }
        small += Decimal((digit ?? 1) * unit)
        digit = nil
        zeroPending = false
        lastSmallUnit = unit
        sawNonZero = true
      } else if let big = bigUnitValue(scalar) {
        let group = small + Decimal(digit ?? 0)
        if big == 10_000 {
          guard group > 0, lastBigUnit != 10_000 else { return nil }
          wanGroup = group * 10_000
        } else {
          // One 亿 per numeral (万亿 included: the 万 group is then still open). A second one (一亿一万一亿) is no
          // numeral, and repeating it multiplied the value past Decimal's range, into NaN.
          guard group + wanGroup > 0, lastBigUnit != 100_000_000, total == 0 else { return nil }
          total = (total + wanGroup + group) * 100_000_000
          wanGroup = 0
        }
        small = 0
        digit = nil
        zeroPending = false
        lastSmallUnit = Int.max
        lastBigUnit = big
      } else {
        return nil
      }
    }
    guard sawAnything else { return nil }
    if !sawNonZero { return 0 }  // 零, 〇
    if let d = digit {
      if zeroPending || lastSmallUnit == 10 || (lastSmallUnit == Int.max && lastBigUnit == 0) {
        small += Decimal(d)
      } else if lastSmallUnit != Int.max {
        // 两千五: the trailing digit counts in the next lower place.
        small += Decimal(d * lastSmallUnit / 10)
      } else {
        // 一万五 = 15000, 三亿五 = 350000000
        small += Decimal(d) * lastBigUnit / 10
      }
    }
    return total + wanGroup + small
  }

  /// The value of a digit-by-digit year such as `二〇二五` or `二零二五` (four digits), or nil.
  public static func year(of text: Substring) -> Int? {
    var value = 0
    var count = 0
    for scalar in text.unicodeScalars {
      guard let d = digitValue(scalar), scalar != "两", count < 4 else { return nil }
      value = value * 10 + d
      count += 1
    }
    return count == 4 ? value : nil
  }

  /// The Chinese numeral for `n`: 十, 十一, 二十, 一百, 一百零五, 一百一十, 一万零一十 (negative gets 负).
  public static func chinese(_ n: Int) -> String {
    if n == 0 { return "零" }
    if n < 0 { return "负" + chinese(-n) }
    var text = ""
    var needZero = false
    let groups: [(Int, String)] = [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")]
    for (index, (group, suffix)) in groups.enumerated() {
      if group == 0 {
        if !text.isEmpty { needZero = true }
        continue
      }
      if !text.isEmpty && (needZero || group < 1000) { text += "零" }
      // The 亿 group can exceed 9999 for very large numbers.
      text += (index == 0 && group > 9999 ? chinese(group) : groupText(group)) + suffix
      needZero = false
    }
    if text.hasPrefix("一十") { text.removeFirst() }
    return text
  }

  /// 1…9999 without leading 零.
  private static func groupText(_ group: Int) -> String {
    var text = ""
    var zero = false
    for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
      let d = group / place % 10
      if d == 0 {
        if !text.isEmpty { zero = true }
        continue
      }
      if zero {
        text += "零"
        zero = false
      }
      text += digitCharacters[d] + unit
    }
    return text
  }

  private static let digitCharacters = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// 0…9 for 零〇一二两三四五六七八九 and the financial 壹贰叁肆伍陆柒捌玖.
  package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "零", "〇": return 0
    case "一", "壹": return 1
    case "二", "两", "贰", "貳", "兩": return 2
    case "三", "叁", "參": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆", "陸": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// 10, 100, 1000 for 十百千 and 拾佰仟.
  static func smallUnitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十", "拾": return 10
    case "百", "佰": return 100
    case "千", "仟": return 1000
    default: return nil
    }
  }

  /// 10⁴ and 10⁸ for 万 and 亿.
  static func bigUnitValue(_ scalar: Unicode.Scalar) -> Decimal? {
    switch scalar {
    case "万", "萬": return 10_000
    case "亿", "億": return 100_000_000
    default: return nil
    }
  }

  /// True for any character that can be part of a Chinese numeral.
  static func isNumeralCharacter(_ scalar: Unicode.Scalar) -> Bool {
    digitValue(scalar) != nil || smallUnitValue(scalar) != nil || bigUnitValue(scalar) != nil
  }
}
