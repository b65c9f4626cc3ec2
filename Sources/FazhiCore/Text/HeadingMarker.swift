/// 标题编号样式：the numbering styles headings use in reports (GB/T 9704 7.3.3 and the forms reports add).
public enum HeadingStyle: String, Sendable, Hashable, Codable, CaseIterable {
  /// `一、`
  case chineseComma
  /// `（一）` or `(一)`
  case chineseParen
  /// `1.` `1、` `1．`
  case arabicDot
  /// `（1）` or `(1)`
  case arabicParen
  /// `一是…二是…` inside a paragraph.
  case inlineOrdinal
  /// `第一，第二，…` opening a paragraph.
  case ordinalWord
  /// A paragraph opening with a short sentence that names its subject (`深入学习宣传贯彻习近平法治思想。…`).
  case leadSentence

  /// The style GB/T 9704 prescribes for a heading level: 一、 （一） 1. （1）; levels below 4 reuse （1）.
  public init(level: Int) {
    switch level {
    case ...1: self = .chineseComma
    case 2: self = .chineseParen
    case 3: self = .arabicDot
    default: self = .arabicParen
    }
  }

  /// True for styles written as a marker at the start of a heading line.
  public var isLineMarker: Bool {
    switch self {
    case .chineseComma, .chineseParen, .arabicDot, .arabicParen: true
    case .inlineOrdinal, .ordinalWord, .leadSentence: false
    }
  }

  /// The canonical marker for `number` in this style (`（三）`, `十一、`, `二是`).
  public func marker(_ number: Int) -> String {
    switch self {
    case .chineseComma: ChineseNumeral.chinese(number) + "、"
    case .chineseParen: "（" + ChineseNumeral.chinese(number) + "）"
    case .arabicDot: "\(number)."
    case .arabicParen: "（\(number)）"
    case .inlineOrdinal: ChineseNumeral.chinese(number) + "是"
    case .ordinalWord: "第" + ChineseNumeral.chinese(number) + "，"
    case .leadSentence: ""
    }
  }
}

/// 标题编号：the numbering marker at the start of a line, as written (`（三）`, `2、`, `二是`, a damaged `)`).
/// The one parser of heading markers: extraction builds the outline from it, validation finds hand-typed numbers
/// with it.
package struct HeadingMarker: Sendable, Hashable {
  package var style: HeadingStyle
  /// Nil when the number was lost (`)统筹谋划…`).
  package var number: Int?
  /// The marker as written.
  package var written: String
  /// Offset of the heading text after the marker and the spaces after it.
  package var bodyStart: Int
  /// True when the marker is damaged (a parenthesis missing).
  package var isMalformed: Bool

  /// The intact marker `text` starts with after leading white space (`一、`, `（一）`, `1.`, `（1）`, `一是`,
  /// `第一，`), as written; nil for none or a damaged one.
  package static func leading(in text: String) -> String? {
    // Only the start matters: a marker is at most a few characters, whatever the paragraph's length.
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex, Whitespace.isWhitespace(scalars[start]) { scalars.formIndex(after: &start) }
    guard let marker = parse(Array(scalars[start...].prefix(16))), !marker.isMalformed else { return nil }
    return marker.written
  }

  /// False when no line opening with `scalar` has a marker (`parse` is nil for it): a caller can skip decoding the
  /// scalars of most body lines.
  package static func mayStart(with scalar: Unicode.Scalar) -> Bool {
    openers.contains(scalar) || closers.contains(scalar) || scalar == "第" || scalar == "十"
      || chineseDigits[scalar] != nil || scalar.digitValue != nil
  }

  /// The marker at the start of `chars` (a line's Unicode scalars; offsets count scalars), if any.
  package static func parse(_ chars: [Unicode.Scalar]) -> HeadingMarker? {
    guard chars.count >= 2 else { return nil }
    if openers.contains(chars[0]) { return parenthesized(chars) }
    if closers.contains(chars[0]) {
      // `)统筹谋划…`: the opening parenthesis and number were lost.
      guard chars.count > 4, chars[1].digitValue == nil else { return nil }
      return HeadingMarker(style: .chineseParen, number: nil, chars, through: 0, isMalformed: true)
    }
    if chars[0] == "第" { return ordinalWord(chars) }
    if let (value, end) = chineseOrdinal(chars, from: 0), end < chars.count { return chinese(chars, value, end) }
    if let (value, end) = arabic(chars, from: 0), end < chars.count, value <= 50 { return arabic(chars, value, end) }
    return nil
  }

  /// `(一)` / `(1)`, and `(二完善…` with its closing parenthesis lost.
  private static func parenthesized(_ chars: [Unicode.Scalar]) -> HeadingMarker? {
    let n = chars.count
    if let (value, end) = chineseOrdinal(chars, from: 1) {
      if end < n && closers.contains(chars[end]) {
        return HeadingMarker(style: .chineseParen, number: value, chars, through: end, isMalformed: false)
      }
      if end < n && end - 1 <= 2 && value <= 20 && !countWords.contains(chars[end]) {
        return HeadingMarker(style: .chineseParen, number: value, chars, through: end - 1, isMalformed: true)
      }
    }
    if let (value, end) = arabic(chars, from: 1), end < n, closers.contains(chars[end]), value <= 50 {
      return HeadingMarker(style: .arabicParen, number: value, chars, through: end, isMalformed: false)
    }
    return nil
  }

  /// `一、` `一．`, `一是`, and `一)` with its opening parenthesis lost.
  private static func chinese(_ chars: [Unicode.Scalar], _ value: Int, _ end: Int) -> HeadingMarker? {
    switch chars[end] {
    case "、", "．": return HeadingMarker(style: .chineseComma, number: value, chars, through: end, isMalformed: false)
    case "是": return HeadingMarker(style: .inlineOrdinal, number: value, chars, through: end, isMalformed: false)
    case _ where closers.contains(chars[end]) && end <= 2 && chars.count > end + 3:
      return HeadingMarker(style: .chineseParen, number: value, chars, through: end, isMalformed: true)
    default: return nil
    }
  }

  /// `1.` `1、` `1．` `1，`, and `1)` with its opening parenthesis lost; `1.5万` is a number, not a marker.
  private static func arabic(_ chars: [Unicode.Scalar], _ value: Int, _ end: Int) -> HeadingMarker? {
    let c = chars[end]
    if c == "." || c == "、" || c == "．" || c == "，" {
      guard end + 1 < chars.count, chars[end + 1].digitValue == nil, c != "，" || end <= 1 else { return nil }
      return HeadingMarker(style: .arabicDot, number: value, chars, through: end, isMalformed: false)
    }
    if closers.contains(c) && end <= 2 {
      return HeadingMarker(style: .arabicParen, number: value, chars, through: end, isMalformed: true)
    }
    return nil
  }

  /// `第一，` `第二、`.
  private static func ordinalWord(_ chars: [Unicode.Scalar]) -> HeadingMarker? {
    guard let (value, end) = chineseOrdinal(chars, from: 1), end < chars.count,
      chars[end] == "，" || chars[end] == "," || chars[end] == "、"
    else { return nil }
    return HeadingMarker(style: .ordinalWord, number: value, chars, through: end, isMalformed: false)
  }

  private static let openers: Set<Unicode.Scalar> = ["(", "（"]
  private static let closers: Set<Unicode.Scalar> = [")", "）"]
  /// Characters after `(一` that make it a phrase (`(一是`, `(一个`), not a damaged marker.
  private static let countWords = Set("是要个项条次大级".unicodeScalars)

  fileprivate static func skipSpace(_ chars: [Unicode.Scalar], _ from: Int) -> Int {
    var i = from
    while i < chars.count && (chars[i] == " " || chars[i] == "\u{3000}") { i += 1 }
    return i
  }

  /// One or two ASCII or full-width digits starting at `from`: (value, end offset).
  private static func arabic(_ chars: [Unicode.Scalar], from: Int) -> (Int, Int)? {
    var i = from
    var value = 0
    while i < chars.count, i - from < 3, let d = chars[i].digitValue {
      value = value * 10 + d
      i += 1
    }
    guard i > from, i - from <= 2 else { return nil }
    return (value, i)
  }

  private static let chineseDigits: [Unicode.Scalar: Int] = [
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]

  /// A small Chinese ordinal (一 … 九十九) of at most three characters starting at `from`: (value, end offset).
  private static func chineseOrdinal(_ chars: [Unicode.Scalar], from: Int) -> (Int, Int)? {
    var i = from
    var value = 0
    var digit = 0
    while i < chars.count, i - from < 3 {
      if let d = chineseDigits[chars[i]] {
        digit = d
      } else if chars[i] == "十" {
        value += (digit == 0 ? 1 : digit) * 10
        digit = 0
      } else {
        break
      }
      i += 1
    }
    value += digit
    guard i > from, value > 0 else { return nil }
    return (value, i)
  }
}

extension HeadingMarker {
  /// A heading that has no number written, only a level (a Word heading style): the style GB/T 9704 gives that level,
  /// its number left to the sequence it stands in, nothing written.
  package init(unwrittenAtLevel level: Int) {
    self.init(style: HeadingStyle(level: level), number: nil, written: "", bodyStart: 0, isMalformed: false)
  }

  /// The marker `chars[0...end]`, its text starting after the spaces that follow.
  fileprivate init(style: HeadingStyle, number: Int?, _ chars: [Unicode.Scalar], through end: Int, isMalformed: Bool) {
    self.init(
      style: style, number: number, written: String(scalars: chars[0...end]), bodyStart: Self.skipSpace(chars, end + 1),
      isMalformed: isMalformed)
  }
}
