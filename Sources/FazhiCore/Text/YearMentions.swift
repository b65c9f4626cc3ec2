/// 年份提及：the years written in prose (`2024年`, `二〇二四年`), each with whether its context makes it legitimate
/// in a later year's report. One scanner for `validate` (`stale_year`) and `diff` (过时内容).
///
/// A year before the report year is a sign of copied text only where the current year belongs ("2023年，我区……"
/// in a 2024 report). Spans, 书名号 titles, comparisons, starting points, a law's revision year and the date of
/// a cited document are legitimate (DOMAIN.md 4.1) and come back exempt.
public enum YearMentions {
  /// Why a year's context makes it legitimate.
  public enum Exemption: Sendable, Hashable {
    /// One end of a span of years (`2021—2025年`, `2021年至2024年`, `2022年至今`).
    case span
    /// Inside 书名号 (`《2024年度法治政府建设情况报告》`).
    case title
    /// A comparison or its gloss (`较2024年`, `与上年（2024年）相比`, `2024年同期`).
    case comparison
    /// A starting point (`自2023年起`, `2022年以来`).
    case startingPoint
    /// The date of a law's revision or of a cited document (`行政处罚法（2021年修订）`, `2019年印发的`).
    case documentDate
  }

  public struct Mention: Sendable, Hashable {
    public var year: Int
    /// The year's digits as written, without 年 (`2024`, `二〇二四`).
    public var written: String
    /// Offset of the first digit in the text, in Unicode scalars.
    public var offset: Int
    /// Why the mention is legitimate; nil when it stands where the current year belongs.
    public var exemption: Exemption?
    /// True when the year opens its clause (`2025年，我县将…`): it frames the time of what follows, rather than
    /// qualifying a noun (`深化2025年试点经验`).
    public var opensClause: Bool

    public var isExempt: Bool { exemption != nil }
  }

  /// Years this scanner reads (the range the report loader accepts).
  public static let years = 1990...2100

  /// Every four-digit year followed by 年, and every end of a span of years, in `text`.
  public static func find(in text: String) -> [Mention] {
    let chars = [Unicode.Scalar](scalarsOf: text)
    var result: [Mention] = []
    var bookDepth = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "《" { bookDepth += 1 }
      if c == "》" { bookDepth = max(0, bookDepth - 1) }
      // Most scalars are no digit: asked here, before reading four of them.
      guard digitValue(c) != nil, let (year, written) = year(at: i, in: chars) else {
        i += 1
        continue
      }
      let end = i + 4
      let hasYearMark = end < chars.count && chars[end] == "年"
      let isArabic = isDigit(c)
      let spanStart = isArabic && end + 1 < chars.count && dashes.contains(chars[end]) && isDigit(chars[end + 1])
      let spanEnd = isSpanEnd(before: i, in: chars)
      guard hasYearMark || spanStart || spanEnd else {
        i = end
        continue
      }
      let reason: Exemption? =
        spanStart || spanEnd
        ? .span : bookDepth > 0 ? .title : exemption(before: i, in: chars) ?? exemption(after: end + 1, in: chars)
      result.append(
        Mention(
          year: year, written: written, offset: i, exemption: reason, opensClause: opensClause(before: i, in: chars)))
      i = end
    }
    return result
  }

  // MARK: - Reading the digits

  /// The year of four digits starting at `i` (Arabic or Chinese, not part of a longer number).
  private static func year(at i: Int, in chars: [Unicode.Scalar]) -> (Int, String)? {
    guard i + 4 <= chars.count, let first = digitValue(chars[i]) else { return nil }
    let arabic = isDigit(chars[i])
    func sameKind(_ scalar: Unicode.Scalar) -> Bool { arabic ? isDigit(scalar) : chineseDigit(scalar) != nil }
    if i > 0 && sameKind(chars[i - 1]) { return nil }
    if i + 4 < chars.count && sameKind(chars[i + 4]) { return nil }
    var value = first
    for k in 1..<4 {
      guard sameKind(chars[i + k]), let digit = digitValue(chars[i + k]) else { return nil }
      value = value * 10 + digit
    }
    guard years.contains(value) else { return nil }
    var written = ""
    written.unicodeScalars.append(contentsOf: chars[i..<(i + 4)])
    return (value, written)
  }

  @inline(__always) private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    isDigit(scalar) ? Int(scalar.value - 0x30) : chineseDigit(scalar)
  }

  /// Chinese digits as years are written (二〇二四年, also with ○ or 零 for zero). A switch, not a dictionary: the
  /// scanner asks it of every scalar of every text, and hashing each scalar was most of `stale_year`'s time.
  private static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "○", "零": 0
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  // MARK: - Context

  /// Dashes joining the two ends of a span (2021—2025年).
  private static let dashes: Set<Unicode.Scalar> = Set("—–-~～－−".unicodeScalars)
  /// 至 and 到 join a span only after a year (2021年至2024年); 截至2024年 is a plain date.
  private static let spanWords: Set<Unicode.Scalar> = ["至", "到"]

  /// The second end of a span: a dash before the year, or 至/到 after a digit or 年.
  private static func isSpanEnd(before i: Int, in chars: [Unicode.Scalar]) -> Bool {
    guard i > 0 else { return false }
    let mark = chars[i - 1]
    if dashes.contains(mark) { return true }
    guard spanWords.contains(mark), i > 1 else { return false }
    return isDigit(chars[i - 2]) || chars[i - 2] == "年"
  }

  /// Words right before a year (an opening bracket between them skipped: 与上年（2024年）相比).
  private static let wordsBefore: [(String, Exemption)] = [
    ("较", .comparison), ("比", .comparison), ("与", .comparison), ("和", .comparison), ("同", .comparison),
    ("对比", .comparison), ("相比", .comparison), ("较之", .comparison), ("超过", .comparison),
    ("上年", .comparison), ("去年", .comparison), ("上一年", .comparison), ("上年度", .comparison),
    ("自", .startingPoint), ("从", .startingPoint),
  ]
  /// Words right after 年.
  private static let wordsAfter: [(String, Exemption)] = [
    ("以来", .startingPoint), ("起", .startingPoint), ("至今", .span),
    ("同期", .comparison), ("相比", .comparison), ("同比", .comparison), ("比较", .comparison),
    ("修订", .documentDate), ("修正", .documentDate), ("新修订", .documentDate), ("新修正", .documentDate),
    ("印发的", .documentDate), ("颁布的", .documentDate), ("出台的", .documentDate), ("公布的", .documentDate),
    ("施行的", .documentDate),
  ]
  /// The same two lists as scalars, read at every year.
  private static let scalarsBefore = wordsBefore.map { (Array($0.0.unicodeScalars), $0.1) }
  private static let scalarsAfter = wordsAfter.map { (Array($0.0.unicodeScalars), $0.1) }

  private static func exemption(before i: Int, in chars: [Unicode.Scalar]) -> Exemption? {
    var end = i
    if end > 0 && (chars[end - 1] == "（" || chars[end - 1] == "(") { end -= 1 }
    let lead = chars[max(0, end - 3)..<end]
    return scalarsBefore.first { word, _ in lead.count >= word.count && lead.suffix(word.count).elementsEqual(word) }?.1
  }

  /// `start` is the scalar after 年.
  private static func exemption(after start: Int, in chars: [Unicode.Scalar]) -> Exemption? {
    guard start <= chars.count else { return nil }
    if start < chars.count, spanWords.contains(chars[start]) || dashes.contains(chars[start]),
      start + 1 < chars.count, digitValue(chars[start + 1]) != nil
    {
      return .span
    }
    let tail = chars[start..<min(chars.count, start + 3)]
    return scalarsAfter.first { word, _ in tail.starts(with: word) }?.1
  }

  /// Punctuation that ends a clause, after which a year frames the time of the next one.
  private static let clauseBreaks: Set<Unicode.Scalar> = Set("，。；：！？、\n,;:!?".unicodeScalars)

  private static func opensClause(before i: Int, in chars: [Unicode.Scalar]) -> Bool {
    var k = i - 1
    while k >= 0, chars[k] == " " || chars[k] == "\u{3000}" { k -= 1 }
    // 在2025年 and 于2025年 still open the clause.
    if k >= 0, chars[k] == "在" || chars[k] == "于" { k -= 1 }
    return k < 0 || clauseBreaks.contains(chars[k])
  }
}
