import FazhiCore

/// 网页元数据：the publication details a web page shows around a report (kept when chrome is stripped).
public struct PageMetadata: Sendable, Hashable, Codable {
  /// 发布时间 / 发布日期.
  public var publishedDate: ReportDate?
  /// 成文日期.
  public var writtenDate: ReportDate?
  /// 来源 / 发布机构 / 发文机构.
  public var source: String?
  /// 名称 / 标题 field of an information-disclosure page.
  public var titleField: String?
  /// 文号, when one is given (and not 无).
  public var documentNumber: String?

  public init() {}
}

/// Dates as reports and web pages write them: `2024年3月6日`, `2024-02-28`, `2024/5/14 13:54:30`, `2024.2.27`.
enum DateText {
  /// The first date in `text`, when it is a valid calendar date.
  static func firstDate(in text: some StringProtocol) -> (date: ReportDate, range: Range<Int>)? {
    let chars = Array(text)
    var i = 0
    while i + 3 < chars.count {
      if let found = date(at: i, in: chars) { return found }
      i += 1
    }
    return nil
  }

  /// A date starting exactly at `start`.
  static func date(at start: Int, in chars: [Character]) -> (date: ReportDate, range: Range<Int>)? {
    guard start == 0 || !isDigit(chars[start - 1]) else { return nil }
    var i = start
    func digits(max: Int) -> Int? {
      var value = 0
      var n = 0
      while i < chars.count, n < max, let d = digit(chars[i]) {
        value = value * 10 + d
        n += 1
        i += 1
      }
      return n == 0 ? nil : value
    }
    guard let year = digits(max: 4), i - start == 4, (1990...2100).contains(year), i < chars.count else { return nil }
    let separator = chars[i]
    guard "年-/.－／．".contains(separator) else { return nil }
    i += 1
    guard let month = digits(max: 2), i < chars.count else { return nil }
    let second = chars[i]
    if separator == "年" {
      guard second == "月" else { return nil }
    } else {
      guard second == separator || (separator == "－" && second == "-") else { return nil }
    }
    i += 1
    guard let day = digits(max: 2) else { return nil }
    if separator == "年" {
      guard i < chars.count, chars[i] == "日" || chars[i] == "号" else { return nil }
      i += 1
    }
    let date = ReportDate(year: year, month: month, day: day)
    guard date.isValid else { return nil }
    return (date, start..<i)
  }

  static func isDigit(_ c: Character) -> Bool { digit(c) != nil }

  static func digit(_ c: Character) -> Int? {
    guard let ascii = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
    let v = ascii.value
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
    return nil
  }
}
