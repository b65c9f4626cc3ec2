import Foundation

/// Years (2025年, 二〇二五年), dates (2025年3月6日, 3月6日) and document numbers (〔2019〕28号).
extension QuantityScan {
  mutating func emitYearOrDate(
    from start: Index, year: Int, yearEnd: Index, notes: NoteList = NoteList()
  ) -> Index {
    if let month = smallNumber(at: yearEnd), text[month.end] == "月", (1...12).contains(month.value) {
      let end = dayEnd(after: text.after(month.end)) ?? text.after(month.end)
      emit(start..<end, Quantity(value: Decimal(year), unit: "年"), .date, notes)
      return end
    }
    emit(start..<yearEnd, Quantity(value: Decimal(year), unit: "年"), .year, notes)
    return yearEnd
  }

  mutating func emitDate(from start: Index, value: Decimal, monthEnd: Index, notes: NoteList) -> Index {
    let end = dayEnd(after: monthEnd) ?? monthEnd
    emit(start..<end, Quantity(value: value, unit: "月"), .date, notes)
    return end
  }

  /// The end of `6日` / `六日` / `6号` at `index`.
  func dayEnd(after index: Index) -> Index? {
    guard let day = smallNumber(at: index), (1...31).contains(day.value), let mark = text[day.end],
      mark == "日" || mark == "号"
    else { return nil }
    return text.after(day.end)
  }

  /// A one- or two-digit Arabic number or a short Chinese numeral (三, 十二, 二十六) at `index`.
  func smallNumber(at index: Index) -> (value: Int, end: Index)? {
    var i = index
    var value = 0
    var count = 0
    while count < 3, let scalar = text[i], let digit = NumeralReader.arabicDigit(scalar) {
      value = value * 10 + digit.value
      count += 1
      i = text.after(i)
    }
    if count > 0 { return count <= 2 ? (value, i) : nil }
    while count < 4, let scalar = text[i], ChineseNumeral.isNumeralCharacter(scalar) {
      count += 1
      i = text.after(i)
    }
    guard count > 0, let chinese = ChineseNumeral.value(of: Substring(text.text(index..<i))) else { return nil }
    return (NSDecimalNumber(decimal: chinese).intValue, i)
  }

  /// 〔2019〕28号 as one fixed expression.
  mutating func scanDocumentNumber(at start: Index) -> Index? {
    guard let open = text[start], let close = Lexicon.documentYearBrackets[open] else { return nil }
    var i = text.after(start)
    for _ in 0..<4 {
      guard let scalar = text[i], NumeralReader.isArabicDigit(scalar) else { return nil }
      i = text.after(i)
    }
    guard text[i] == close else { return nil }
    i = text.after(i)
    guard case .success(let token)? = NumeralReader.read(text, at: i, strict: false), token.script == .arabic,
      text[token.end] == "号"
    else { return nil }
    let end = text.after(token.end)
    emit(start..<end, Quantity(value: token.value, unit: "号"), .fixedExpression, [])
    return end
  }
}
