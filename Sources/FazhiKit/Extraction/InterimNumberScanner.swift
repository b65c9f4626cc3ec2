import Foundation

/// Interim stand-in for `QuantityScanner` (branch `numbers`); see `NumberSpotter`. Character scanner, no regexes.
enum InterimNumberScanner {
  /// Units, longest first so `人次` wins over `人`.
  static let units: [String] = [
    "个百分点", "个工作日", "平方公里", "万元", "亿元", "余元", "人次", "家次", "件次", "场次", "户次", "次数", "工作日", "百分点", "公里", "小时",
    "%", "％", "‰", "件", "次", "人", "名", "项", "个", "家", "户", "场", "起", "条", "份", "部", "宗", "本", "台", "支", "元", "天", "亩",
    "所", "批", "期", "篇", "册", "座", "处", "类", "套", "张", "个月", "年", "月", "日", "届", "轮", "位", "组", "页", "册", "首", "万",
  ]
  /// Units by their first character, longest first.
  static let unitsByFirst: [Character: [String]] = Dictionary(grouping: units, by: { $0.first! })

  /// The longest unit starting at `position`.
  static func unit(at position: Int, in chars: [Character]) -> String? {
    guard position < chars.count, let candidates = unitsByFirst[chars[position]] else { return nil }
    return candidates.first { matches($0, at: position, in: chars) }
  }

  static let chineseDigits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  static let chineseUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
  static let countUnitsForChinese: Set<String> = [
    "件", "项", "个", "部", "名", "次", "场", "家", "人", "条", "份", "批", "支", "期", "场次", "人次", "余",
  ]

  static func scan(_ chars: [Character]) -> [SpottedNumber] {
    var results: [SpottedNumber] = []
    var i = 0
    var quoteDepth = 0
    let n = chars.count
    while i < n {
      let c = chars[i]
      if c == "“" || c == "「" || c == "\"" && quoteDepth == 0 {
        quoteDepth += 1
      } else if c == "”" || c == "」" || c == "\"" {
        quoteDepth = max(0, quoteDepth - 1)
      }
      if DateText.digit(c) != nil && (i == 0 || !isNumeralChar(chars[i - 1])) {
        if let spotted = arabic(at: i, in: chars, quoted: quoteDepth > 0, previous: results.last) {
          results.append(spotted)
          i = max(spotted.range.upperBound, i + 1)
          continue
        }
        while i < n && (DateText.digit(chars[i]) != nil || chars[i] == "." || chars[i] == ",") { i += 1 }
        continue
      }
      if (chineseDigits[c] != nil || chineseUnits[c] != nil) && (i == 0 || !isChineseNumeral(chars[i - 1])) {
        if let spotted = chinese(at: i, in: chars, quoted: quoteDepth > 0) {
          results.append(spotted)
          i = spotted.range.upperBound
          continue
        }
        while i < n && isChineseNumeral(chars[i]) { i += 1 }
        continue
      }
      i += 1
    }
    return results
  }

  static func isNumeralChar(_ c: Character) -> Bool { DateText.digit(c) != nil || c == "." || c == "+" || c == "-" }
  static func isChineseNumeral(_ c: Character) -> Bool { chineseDigits[c] != nil || chineseUnits[c] != nil || c == "万" }

  static func arabic(at start: Int, in chars: [Character], quoted: Bool, previous: SpottedNumber?) -> SpottedNumber? {
    let n = chars.count
    var i = start
    var text = ""
    var digitCount = 0
    while i < n {
      if let d = DateText.digit(chars[i]) {
        text.append(String(d))
        digitCount += 1
        i += 1
      } else if (chars[i] == "." || chars[i] == "．") && i + 1 < n && DateText.digit(chars[i + 1]) != nil
        && !text.contains(".")
      {
        text.append(".")
        i += 1
      } else if chars[i] == "," && i + 3 < n && (0..<3).allSatisfy({ DateText.digit(chars[i + 1 + $0]) != nil })
        && (i + 4 >= n || DateText.digit(chars[i + 4]) == nil)
      {
        i += 1
      } else {
        break
      }
    }
    guard var value = Decimal(string: text) else { return nil }
    let numeralEnd = i
    // Dates and years.
    if DateText.date(at: start, in: chars) != nil, let d = DateText.date(at: start, in: chars) {
      return SpottedNumber(
        range: d.range, numeralStart: start, quantity: Quantity(value: value), role: .date, raw: String(chars[d.range]))
    }
    if digitCount == 4 && !text.contains(".") && i < n && chars[i] == "年" && (1900...2100).contains(Int(text) ?? 0) {
      var end = i + 1
      if end < n && chars[end] == "度" { end += 1 }
      return SpottedNumber(
        range: start..<end, numeralStart: start, quantity: Quantity(value: value), role: .year,
        raw: String(chars[start..<end]))
    }
    if i < n && (chars[i] == "月" || chars[i] == "日" || chars[i] == "号") && digitCount <= 2 {
      return SpottedNumber(
        range: start..<(i + 1), numeralStart: start, quantity: Quantity(value: value), role: .date,
        raw: String(chars[start..<(i + 1)]))
    }
    // Multiplier and approximation.
    var approximation: Quantity.Approximation?
    if i < n && (chars[i] == "余" || chars[i] == "多") && i + 1 < n && (chars[i + 1] == "万" || chars[i + 1] == "亿") {
      approximation = .over
      i += 1
    }
    if i < n && chars[i] == "万" && !(i + 1 < n && chars[i + 1] == "元") {
      value *= 10000
      i += 1
    } else if i < n && chars[i] == "亿" && !(i + 1 < n && chars[i + 1] == "元") {
      value *= 100_000_000
      i += 1
    }
    if i < n && (chars[i] == "余" || chars[i] == "多") {
      approximation = .over
      i += 1
    }
    var unit: String?
    if let u = Self.unit(at: i, in: chars) {
      unit = u == "％" ? "%" : u
      i += u.count
    }
    if unit == "万元" {
      value *= 10000
      unit = "元"
    } else if unit == "亿元" {
      value *= 100_000_000
      unit = "元"
    } else if unit == "余元" {
      approximation = .over
      unit = "元"
    } else if unit == "万" {
      value *= 10000
      unit = nil
    }
    if i < n && (chars[i] == "余" || chars[i] == "多") && approximation == nil {
      approximation = .over
      i += 1
    }
    if i + 1 < n && chars[i] == "左" && chars[i + 1] == "右" {
      approximation = .about
      i += 2
    }
    // Words before the numeral.
    var rangeStart = start
    let before = String(chars[max(0, start - 3)..<start])
    for (word, kind) in [
      ("超过", Quantity.Approximation.over), ("不足", .under), ("不到", .under), ("接近", .nearly), ("将近", .nearly),
      ("约", .about), ("近", .nearly), ("超", .over), ("逾", .over),
    ]
    where before.hasSuffix(word) {
      if approximation == nil { approximation = kind }
      rangeStart = start - word.count
      break
    }
    let raw = String(chars[rangeStart..<i])
    let quantity = Quantity(value: value, unit: unit, approximation: approximation)
    // Role.
    var role = NumberRole.value
    let prev1 = start > 0 ? chars[start - 1] : " "
    let next = numeralEnd < n ? chars[numeralEnd] : " "
    if prev1 == "第" { role = .ordinal }
    if quoted || prev1 == "+" || next == "+" || next == "-" && unit == nil { role = .fixedExpression }
    if unit == nil && digitCount >= 5 && !text.contains(".") {
      // 12345 热线, 公网安备号, 邮编: codes rather than counts.
      role = .fixedExpression
    }
    if role == .value {
      let context = String(chars[max(0, rangeStart - 4)..<rangeStart])
      if context.hasSuffix("由") || context.hasSuffix("从") {
        role = .rangeFrom
      } else if previous?.role == .rangeFrom
        && (context.hasSuffix("至") || context.hasSuffix("到") || context.hasSuffix("为")),
        let p = previous, rangeStart - p.range.upperBound <= 8
      {
        role = .rangeTo
      } else if ["增长", "提高", "提升", "增加", "上升", "增幅", "多出"].contains(where: { context.hasSuffix($0) })
        || (context.hasSuffix("增") && !context.hasSuffix("新增"))
      {
        role = .changeIncrease
      } else if ["下降", "降低", "减少", "缩短", "压缩", "减幅", "降幅"].contains(where: { context.hasSuffix($0) }) {
        role = .changeDecrease
      } else if unit == "个百分点" {
        role = .changeIncrease
      }
    }
    return SpottedNumber(range: rangeStart..<i, numeralStart: start, quantity: quantity, role: role, raw: raw)
  }

  static func chinese(at start: Int, in chars: [Character], quoted: Bool) -> SpottedNumber? {
    let n = chars.count
    var i = start
    var total = 0
    var section = 0
    var digit = 0
    var sawUnit = false
    while i < n {
      let c = chars[i]
      if let d = chineseDigits[c] {
        digit = d
      } else if let u = chineseUnits[c] {
        section += (digit == 0 && (u == 10 || i == start) ? 1 : digit) * u
        digit = 0
        sawUnit = true
      } else if c == "万" && i > start {
        total += (section + digit) * 10000
        section = 0
        digit = 0
        sawUnit = true
      } else {
        break
      }
      i += 1
    }
    total += section + digit
    guard i > start, total > 0 else { return nil }
    var approximation: Quantity.Approximation?
    if i < n && (chars[i] == "余" || chars[i] == "多") {
      approximation = .over
      i += 1
    }
    let unit = Self.unit(at: i, in: chars)
    guard let unit, countUnitsForChinese.contains(unit) || approximation != nil else { return nil }
    i += unit.count
    let prev = start > 0 ? chars[start - 1] : " "
    let follower = i < n ? chars[i] : " "
    var role = NumberRole.value
    if prev == "第" { role = .ordinal }
    if quoted || (!sawUnit && total < 10 && "是级化办大制证清码率".contains(follower)) { role = .fixedExpression }
    if !sawUnit && total == 1 { role = .fixedExpression }
    return SpottedNumber(
      range: start..<i, numeralStart: start,
      quantity: Quantity(value: Decimal(total), unit: unit, approximation: approximation),
      role: role, raw: String(chars[start..<i]))
  }

  static func matches(_ word: String, at position: Int, in chars: [Character]) -> Bool {
    var p = position
    for c in word {
      guard p < chars.count, chars[p] == c else { return false }
      p += 1
    }
    return true
  }
}
