/// Renders a list counter in a Word number format (`w:numFmt`).
enum ListNumberFormat {
  /// The counter as a reader sees it; `nil` for bullets (not rendered) and "" for "none".
  static func render(_ value: Int, format: String) -> String? {
    switch format {
    case "bullet": return nil
    case "none": return ""
    case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
    case "upperRoman": return roman(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperLetter": return letters(value)
    case "lowerLetter": return letters(value).lowercased()
    case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
      "japaneseCounting", "ideographLegalTraditional":
      return chinese(value)
    case "chineseLegalSimplified": return chineseLegal(value)
    case "ideographTraditional": return cyclic(value, "甲乙丙丁戊己庚辛壬癸")
    case "ideographZodiac": return cyclic(value, "子丑寅卯辰巳午未申酉戌亥")
    case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
      return String("\(value)".map { $0.wholeNumberValue.map { digitCharacters[$0] } ?? $0 })
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
      return enclosedCircle(value)
    case "decimalEnclosedFullstop": return enclosed(value, base: 0x2488)
    case "decimalEnclosedParen": return enclosed(value, base: 0x2474)
    case "decimalFullWidth", "decimalFullWidth2":
      // ASCII digits and the minus sign have full-width forms at +0xFEE0 (U+FF10–FF19, U+FF0D).
      return String("\(value)".unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0).map(Character.init) ?? Character($0) })
    default: return "\(value)"
    }
  }

  private static let digitCharacters: [Character] = Array("〇一二三四五六七八九")
  private static let countingDigits: [Character] = Array("零一二三四五六七八九")

  /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 10000 → 一万.
  static func chinese(_ value: Int) -> String {
    guard value > 0, value < 100_000_000 else { return "\(value)" }
    let high = value / 10_000
    let low = value % 10_000
    if high == 0 { return belowTenThousand(low, digits: countingDigits, units: ["", "十", "百", "千"]) }
    var result = belowTenThousand(high, digits: countingDigits, units: ["", "十", "百", "千"]) + "万"
    if low > 0 {
      if low < 1000 { result += "零" }
      result += belowTenThousand(low, digits: countingDigits, units: ["", "十", "百", "千"], spokenTen: false)
    }
    return result
  }

  /// 1 → 壹, 10 → 壹拾, 11 → 壹拾壹 (financial numerals).
  static func chineseLegal(_ value: Int) -> String {
    guard value > 0, value < 10_000 else { return "\(value)" }
    return belowTenThousand(
      value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], spokenTen: false)
  }

  private static func belowTenThousand(
    _ value: Int, digits: [Character], units: [String], spokenTen: Bool = true
  ) -> String {
    if spokenTen, (10...19).contains(value) {
      return units[1] + (value == 10 ? "" : String(digits[value - 10]))
    }
    var result = ""
    var pendingZero = false
    for position in stride(from: 3, through: 0, by: -1) {
      let divisor = [1, 10, 100, 1000][position]
      let digit = (value / divisor) % 10
      if digit == 0 {
        if !result.isEmpty { pendingZero = true }
        continue
      }
      if pendingZero { result.append(digits[0]) }
      pendingZero = false
      result += String(digits[digit]) + units[position]
    }
    return result
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return "\(value)" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, symbol) in table {
      while rest >= amount {
        result += symbol
        rest -= amount
      }
    }
    return result
  }

  /// Word's letter numbering: A…Z, then AA, BB, …
  private static func letters(_ value: Int) -> String {
    guard value > 0 else { return "\(value)" }
    let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static func cyclic(_ value: Int, _ symbols: String) -> String {
    let characters = Array(symbols)
    guard value > 0, value <= characters.count else { return "\(value)" }
    return String(characters[value - 1])
  }

  private static func enclosedCircle(_ value: Int) -> String {
    switch value {
    case 1...20: return scalar(0x2460 + value - 1)
    case 21...35: return scalar(0x3251 + value - 21)
    case 36...50: return scalar(0x32B1 + value - 36)
    default: return "\(value)"
    }
  }

  private static func enclosed(_ value: Int, base: Int) -> String {
    (1...20).contains(value) ? scalar(base + value - 1) : "\(value)"
  }

  private static func scalar(_ value: Int) -> String {
    Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? ""
  }
}
