/// 正文中的日期：every `M月D日` written in prose (`9月30日`, `2025年2月28日`, full-width digits too), with the year
/// when it is written right before the month, so a date that cannot exist (`9月31日`, `2025年2月29日`) can be found.
public enum MonthDayMentions {
  public struct Mention: Sendable, Hashable {
    /// The year written before the month (`2025年2月29日`), nil when the prose gives only month and day.
    public var year: Int?
    public var month: Int
    public var day: Int
    /// The date as written (`2025年2月29日`, `9月31日`).
    public var written: String
    /// Offset of its first scalar in the text.
    public var offset: Int

    /// True when the day exists: with no year written, 2月29日 is allowed (it exists in leap years).
    public var exists: Bool {
      ReportDate(year: year ?? 2024, month: month, day: day).isValid
    }
  }

  /// Every month-and-day in `text` whose month is not the tail of a longer number.
  public static func find(in text: String) -> [Mention] {
    let scalars = Array(text.unicodeScalars)
    var result: [Mention] = []
    var i = 0
    while i < scalars.count {
      guard scalars[i].digitValue != nil, i == 0 || scalars[i - 1].digitValue == nil,
        let month = number(at: i, in: scalars, maxDigits: 2), month.end < scalars.count, scalars[month.end] == "月",
        let day = number(at: month.end + 1, in: scalars, maxDigits: 2), day.end < scalars.count,
        scalars[day.end] == "日" || scalars[day.end] == "号"
      else {
        i += 1
        continue
      }
      var start = i
      var year: Int?
      // `2025年` right before the month.
      if i >= 5, scalars[i - 1] == "年", let y = number(at: i - 5, in: scalars, maxDigits: 4), y.end == i - 1,
        i - 5 == 0 || scalars[i - 6].digitValue == nil
      {
        year = y.value
        start = i - 5
      }
      let written = String(String.UnicodeScalarView(scalars[start...day.end]))
      result.append(Mention(year: year, month: month.value, day: day.value, written: written, offset: start))
      i = day.end + 1
    }
    return result
  }

  /// The number of up to `maxDigits` digits at `start` (at least one), and where it ends.
  static func number(at start: Int, in scalars: [Unicode.Scalar], maxDigits: Int) -> (value: Int, end: Int)? {
    var value = 0
    var i = start
    while i < scalars.count, i - start < maxDigits, let d = scalars[i].digitValue {
      value = value * 10 + d
      i += 1
    }
    // A longer run of digits (`123月`) is no month.
    guard i > start, i >= scalars.count || scalars[i].digitValue == nil else { return nil }
    return (value, i)
  }
}
