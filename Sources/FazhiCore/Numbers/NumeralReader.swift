import Foundation

/// A bare number read from text: Arabic with separators and multipliers, or Chinese numerals.
struct NumeralToken {
  enum Script { case arabic, chinese, chineseDigits }

  var value: Decimal
  var end: ScalarText.Index
  var script: Script
  var notes: NoteList
  /// The digit count of a plain Arabic integer (no separators, decimals or multipliers); nil otherwise.
  var plainIntegerDigits: Int?
  /// True when 万 or 亿 was folded in (so 余 cannot be followed by another multiplier).
  var hasBigMultiplier: Bool
}

/// Why a strict read failed, with the index where reading stopped.
enum NumeralFailure: Error {
  case multipleDecimalPoints
  case malformedGrouping
  case chineseDecimal(value: Decimal, end: ScalarText.Index)
}

/// Ordered notes without duplicates.
struct NoteList {
  private(set) var notes: [QuantityNote] = []

  init(_ notes: [QuantityNote] = []) {
    for note in notes { insert(note) }
  }

  mutating func insert(_ note: QuantityNote) {
    if !notes.contains(note) { notes.append(note) }
  }

  mutating func formUnion(_ other: NoteList) {
    for note in other.notes { insert(note) }
  }
}

/// Reads one number at a position; shared by `QuantityParser` (strict) and `QuantityScanner` (lenient).
enum NumeralReader {
  /// 0…9 for ASCII and full-width digits.
  static func arabicDigit(_ scalar: Unicode.Scalar) -> (value: Int, fullWidth: Bool)? {
    switch scalar.value {
    case 0x30...0x39: (Int(scalar.value - 0x30), false)
    case 0xFF10...0xFF19: (Int(scalar.value - 0xFF10), true)
    default: nil
    }
  }

  static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool { arabicDigit(scalar) != nil }

  /// Reads an Arabic or Chinese number at `start`; nil when none starts there.
  ///
  /// Strict mode reports malformed separators and decimals; lenient mode stops before them.
  static func read(_ text: ScalarText, at start: ScalarText.Index, strict: Bool) -> Result<NumeralToken, NumeralFailure>? {
    guard let first = text[start] else { return nil }
    if isArabicDigit(first) { return readArabic(text, at: start, strict: strict) }
    if ChineseNumeral.isNumeralCharacter(first) { return readChinese(text, at: start, strict: strict) }
    return nil
  }

  // MARK: Arabic

  private static func readDigitRun(
    _ text: ScalarText, _ index: inout ScalarText.Index, into digits: inout String, notes: inout NoteList
  ) -> Int {
    var count = 0
    while let scalar = text[index], let digit = arabicDigit(scalar) {
      digits.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + digit.value)))
      if digit.fullWidth { notes.insert(.fullWidthDigits) }
      count += 1
      index = text.after(index)
    }
    return count
  }

  /// The value of ASCII digits with at most one decimal point (`120`, `97.5`). A whole number that fits 64 bits is
  /// made from the integer, which gives the same Decimal, field for field, without Decimal's string parser: that
  /// parser cost more than the rest of reading a number.
  static func decimal(ofDigits digits: String) -> Decimal {
    if digits.utf8.count <= 19, let whole = UInt64(digits) { return Decimal(whole) }
    return Decimal(string: digits) ?? 0
  }

  /// The number of Arabic digits at `index`, looking at no more than `limit`.
  private static func digitCount(_ text: ScalarText, at index: ScalarText.Index, limit: Int) -> Int {
    var count = 0
    var i = index
    while count < limit, let scalar = text[i], isArabicDigit(scalar) {
      count += 1
      i = text.after(i)
    }
    return count
  }

  private static func readArabic(
    _ text: ScalarText, at start: ScalarText.Index, strict: Bool
  ) -> Result<NumeralToken, NumeralFailure> {
    var i = start
    var digits = ""
    var notes = NoteList()
    let firstGroup = readDigitRun(text, &i, into: &digits, notes: &notes)
    var plain = true

    while let separator = text[i], separator == "," || separator == "，" {
      let next = text.after(i)
      let following = digitCount(text, at: next, limit: 4)
      // In prose a full-width comma after three digits is far more often a list (100，200) than grouping.
      let firstGroupLimit = strict || separator == "," ? 3 : 2
      if following == 3 && firstGroup <= firstGroupLimit {
        i = next
        _ = readDigitRun(text, &i, into: &digits, notes: &notes)
        notes.insert(.thousandsSeparator)
        if separator == "，" { notes.insert(.fullWidthPunctuation) }
        plain = false
      } else {
        if strict && following > 0 { return .failure(.malformedGrouping) }
        break
      }
    }

    if let dot = text[i], dot == "." || dot == "．", let digit = text[text.after(i)], isArabicDigit(digit) {
      i = text.after(i)
      digits += "."
      _ = readDigitRun(text, &i, into: &digits, notes: &notes)
      if dot == "．" { notes.insert(.fullWidthPunctuation) }
      plain = false
      if strict, let dot2 = text[i], dot2 == "." || dot2 == "．", let digit2 = text[text.after(i)],
        isArabicDigit(digit2)
      {
        return .failure(.multipleDecimalPoints)
      }
      if strict, let separator = text[i], separator == "," || separator == "，" { return .failure(.malformedGrouping) }
    }

    var value = decimal(ofDigits: digits)
    var hasBig = false

    if let scalar = text[i], let multiplier = ChineseNumeral.smallUnitValue(scalar),
      text.longestMatch(NumberLexicon.multiplierLookalikes, at: i) == nil
    {
      value *= Decimal(multiplier)
      i = text.after(i)
      notes.insert(.arabicWithChineseMultiplier)
      plain = false
    }
    if let scalar = text[i], var multiplier = ChineseNumeral.bigUnitValue(scalar) {
      i = text.after(i)
      if multiplier == 10_000, text[i] == "亿" {
        multiplier = 1_000_000_000_000
        i = text.after(i)
      }
      value *= multiplier
      hasBig = true
      plain = false
      if let tail = readCompoundTail(text, at: i, below: multiplier) {
        value += tail.value
        i = tail.end
        notes.insert(.compoundMultipliers)
      }
    }
    return .success(
      NumeralToken(
        value: value, end: i, script: .arabic, notes: notes, plainIntegerDigits: plain ? firstGroup : nil,
        hasBigMultiplier: hasBig))
  }

  /// The rest of a split number: `4000` in 3万4000, `2000万` in 1亿2000万.
  private static func readCompoundTail(
    _ text: ScalarText, at start: ScalarText.Index, below multiplier: Decimal
  ) -> (value: Decimal, end: ScalarText.Index)? {
    guard multiplier == 10_000 || multiplier == 100_000_000 else { return nil }
    func plainInteger(at index: ScalarText.Index) -> (value: Decimal, digits: Int, end: ScalarText.Index)? {
      var i = index
      var digits = ""
      var notes = NoteList()
      let count = readDigitRun(text, &i, into: &digits, notes: &notes)
      guard count > 0, count <= 8 else { return nil }
      if let next = text[i],
        next == "." || next == "．" || next == "," || next == "，"
          || ChineseNumeral.smallUnitValue(next) != nil
      {
        return nil
      }
      return (decimal(ofDigits: digits), count, i)
    }
    guard let first = plainInteger(at: start) else { return nil }
    if multiplier == 10_000 {
      guard first.digits == 4, text[first.end].map({ ChineseNumeral.bigUnitValue($0) == nil }) ?? true else {
        return nil
      }
      return (first.value, first.end)
    }
    if text[first.end] == "万", first.digits <= 4 {
      var value = first.value * 10_000
      var end = text.after(first.end)
      if let rest = plainInteger(at: end), rest.digits == 4,
        text[rest.end].map({ ChineseNumeral.bigUnitValue($0) == nil }) ?? true
      {
        value += rest.value
        end = rest.end
      }
      return (value, end)
    }
    guard first.digits == 8, text[first.end].map({ ChineseNumeral.bigUnitValue($0) == nil }) ?? true else {
      return nil
    }
    return (first.value, first.end)
  }

  // MARK: Chinese

  private static func readChinese(
    _ text: ScalarText, at start: ScalarText.Index, strict: Bool
  ) -> Result<NumeralToken, NumeralFailure>? {
    var i = start
    while let scalar = text[i], ChineseNumeral.isNumeralCharacter(scalar) { i = text.after(i) }
    let run = Substring(text.text(start..<i))
    let notes = NoteList([.chineseNumerals])
    if let value = ChineseNumeral.value(of: run) {
      if text[i] == "点", let next = text[text.after(i)], next != "两", ChineseNumeral.digitValue(next) != nil {
        var k = text.after(i)
        var fraction = ""
        while let scalar = text[k], scalar != "两", let digit = ChineseNumeral.digitValue(scalar) {
          fraction += String(digit)
          k = text.after(k)
        }
        let decimal = Decimal(string: value.plainText + "." + fraction) ?? value
        if strict { return .failure(.chineseDecimal(value: decimal, end: k)) }
        var decimalNotes = notes
        decimalNotes.insert(.chineseDecimal)
        return .success(
          NumeralToken(
            value: decimal, end: k, script: .chinese, notes: decimalNotes, plainIntegerDigits: nil,
            hasBigMultiplier: false))
      }
      let hasBig = run.unicodeScalars.contains { ChineseNumeral.bigUnitValue($0) != nil }
      return .success(
        NumeralToken(
          value: value, end: i, script: .chinese, notes: notes, plainIntegerDigits: nil, hasBigMultiplier: hasBig))
    }
    if let year = ChineseNumeral.year(of: run) {
      return .success(
        NumeralToken(
          value: Decimal(year), end: i, script: .chineseDigits, notes: notes, plainIntegerDigits: nil,
          hasBigMultiplier: false))
    }
    return nil
  }
}
