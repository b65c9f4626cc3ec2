/// 标题编号样式：the numbering styles headings use in reports.
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
  /// A paragraph opening with a short sentence that names its subject (`深入学习宣传贯彻习近平法治思想。…`).
  case leadSentence

  /// True for styles written as a marker at the start of a line.
  public var isLineMarker: Bool {
    switch self {
    case .chineseComma, .chineseParen, .arabicDot, .arabicParen: true
    case .inlineOrdinal, .leadSentence: false
    }
  }

  /// The canonical marker for `number` in this style (`（三）`).
  public func marker(_ number: Int) -> String {
    switch self {
    case .chineseComma: ChineseOrdinal.text(number) + "、"
    case .chineseParen: "（" + ChineseOrdinal.text(number) + "）"
    case .arabicDot: "\(number)."
    case .arabicParen: "（\(number)）"
    case .inlineOrdinal: ChineseOrdinal.text(number) + "是"
    case .leadSentence: ""
    }
  }
}

/// 标题编号：a heading marker at the start of a line.
struct HeadingMarker: Sendable, Hashable {
  var style: HeadingStyle
  /// Nil when the number was lost (`)统筹谋划…`).
  var number: Int?
  /// The marker as written.
  var written: String
  /// Offset of the heading text after the marker.
  var bodyStart: Int
  /// True when the marker is damaged (a parenthesis missing).
  var isMalformed: Bool

  /// The marker at the start of `chars` (a line's Unicode scalars; offsets count scalars), if any.
  static func parse(_ chars: [Unicode.Scalar]) -> HeadingMarker? {
    let n = chars.count
    guard n >= 2 else { return nil }
    // (一) / (1) and damaged forms.
    if openers.contains(chars[0]) {
      if let (value, end) = ChineseOrdinal.parse(chars, from: 1) {
        if end < n && closers.contains(chars[end]) {
          return HeadingMarker(
            style: .chineseParen, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
            isMalformed: false)
        }
        if end < n && !closers.contains(chars[end]) && end - 1 <= 2 && value <= 20 && !countWords.contains(chars[end]) {
          return HeadingMarker(
            style: .chineseParen, number: value, written: String(scalars: chars[0..<end]), bodyStart: skipSpace(chars, end),
            isMalformed: true)
        }
      }
      if let (value, end) = arabic(chars, from: 1), end < n, closers.contains(chars[end]), value <= 50 {
        return HeadingMarker(
          style: .arabicParen, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
          isMalformed: false)
      }
      return nil
    }
    if closers.contains(chars[0]) {
      // `)统筹谋划…`: the opening parenthesis and number were lost.
      guard n > 4, chars[1].digitValue == nil else { return nil }
      return HeadingMarker(
        style: .chineseParen, number: nil, written: String(Character(chars[0])), bodyStart: skipSpace(chars, 1), isMalformed: true)
    }
    if let (value, end) = ChineseOrdinal.parse(chars, from: 0), end < n {
      if chars[end] == "、" || chars[end] == "．" {
        return HeadingMarker(
          style: .chineseComma, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
          isMalformed: false)
      }
      if closers.contains(chars[end]) && end <= 2 && n > end + 3 {
        return HeadingMarker(
          style: .chineseParen, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
          isMalformed: true)
      }
      return nil
    }
    if let (value, end) = arabic(chars, from: 0), end < n, value <= 50 {
      let c = chars[end]
      if c == "." || c == "、" || c == "．" || c == "，" {
        guard end + 1 < n, chars[end + 1].digitValue == nil, c != "，" || end <= 1 else { return nil }
        return HeadingMarker(
          style: .arabicDot, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
          isMalformed: false)
      }
      if closers.contains(c) && end <= 2 {
        return HeadingMarker(
          style: .arabicParen, number: value, written: String(scalars: chars[0...end]), bodyStart: skipSpace(chars, end + 1),
          isMalformed: true)
      }
    }
    return nil
  }

  private static let openers: Set<Unicode.Scalar> = ["(", "（"]
  private static let closers: Set<Unicode.Scalar> = [")", "）"]
  /// Characters after `(一` that make it a phrase (`(一是`, `(一个`), not a damaged marker.
  private static let countWords = Set("是要个项条次大级".unicodeScalars)

  static func skipSpace(_ chars: [Unicode.Scalar], _ from: Int) -> Int {
    var i = from
    while i < chars.count && (chars[i] == " " || chars[i] == "\u{3000}") { i += 1 }
    return i
  }

  static func arabic(_ chars: [Unicode.Scalar], from: Int) -> (Int, Int)? {
    var i = from
    var value = 0
    while i < chars.count, i - from < 3, let d = chars[i].digitValue {
      value = value * 10 + d
      i += 1
    }
    guard i > from, i - from <= 2 else { return nil }
    return (value, i)
  }
}

/// Small Chinese ordinals (一 … 九十九) as heading numbers use them.
enum ChineseOrdinal {
  static let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
  static let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// A numeral of at most three characters starting at `from`: (value, end offset).
  static func parse(_ chars: [Unicode.Scalar], from: Int) -> (Int, Int)? {
    var i = from
    var value = 0
    var digit = 0
    while i < chars.count, i - from < 3 {
      if let d = digits[chars[i]] {
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

  static func text(_ number: Int) -> String {
    if number <= 0 { return "" }
    if number < 10 { return names[number] }
    if number < 20 { return "十" + names[number - 10] }
    if number < 100 { return names[number / 10] + "十" + names[number % 10] }
    return "\(number)"
  }
}
