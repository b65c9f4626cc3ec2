import Foundation

/// 文中数字扫描：finds figures in running Chinese prose for the extractor.
///
/// A single forward pass over Unicode scalars with bounded look-behind, so it is linear in the input. Arabic
/// numbers always produce a match; Chinese numerals only when followed by a measure word and not part of a
/// known word or slogan (see `NumberLexicon`). Years, dates, ordinals and slogans are reported with their own
/// roles so callers can skip them.
public struct QuantityScanner {
  /// Every number-like span in `text`, in order.
  public static func scan(_ text: String) -> [QuantityMatch] {
    let found = scan(scalars: Array(scalarsOf: text))
    // Scalar offsets to string indices, counted forward once: linear in the text.
    let view = text.unicodeScalars
    var index = view.startIndex
    var offset = 0
    func stringIndex(_ target: Int) -> String.Index {
      index = view.index(index, offsetBy: target - offset)
      offset = target
      return index
    }
    return found.map { match in
      let lower = stringIndex(match.range.lowerBound)
      return QuantityMatch(
        range: lower..<stringIndex(match.range.upperBound), quantity: match.quantity, role: match.role,
        notes: match.notes)
    }
  }

  /// The same matches with ranges in scalar offsets, for callers that already hold the scalars.
  package static func scan(scalars: [Unicode.Scalar]) -> [ScannedQuantity] {
    var scan = QuantityScan(text: ScalarText(scalars: scalars))
    scan.run()
    return scan.matches
  }
}

/// A match of `QuantityScanner` located by scalar offsets.
package struct ScannedQuantity: Sendable, Hashable {
  package var range: Range<Int>
  package var quantity: Quantity
  package var role: QuantityMatch.Role
  package var notes: [QuantityNote]
}

/// The state of one pass; each `scan…` function returns where to continue, always past its start. Years, dates
/// and document numbers are read in `QuantityScanner+Dates.swift`, the words before a number in
/// `QuantityScanner+Context.swift`.
struct QuantityScan {
  typealias Index = ScalarText.Index
  typealias Lexicon = NumberLexicon

  let text: ScalarText
  var matches: [ScannedQuantity] = []

  init(text: ScalarText) { self.text = text }

  mutating func run() {
    var i = text.startIndex
    while let scalar = text[i] {
      guard Self.mayStartNumber(scalar) else {
        i = text.after(i)
        continue
      }
      var next: Index?
      if NumeralReader.isArabicDigit(scalar) {
        next = scanArabic(at: i)
      } else if Lexicon.documentYearBrackets[scalar] != nil {
        next = scanDocumentNumber(at: i)
      } else if scalar == "百", let numberStart = text.match("百分之", at: i) {
        next = scanPercentWords(at: i, numberStart: numberStart)
      } else if scalar == "半" {
        next = scanHalf(at: i)
      } else if ChineseNumeral.isNumeralCharacter(scalar) {
        next = scanChinese(at: i)
      }
      if let next, next > i { i = next } else { i = text.after(i) }
    }
  }

  /// A cheap first test on every scalar: digits, numeral characters, 半 and document-number brackets.
  static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0xFF10...0xFF19: return true
    case 0x5B, 0x3014, 0x3010, 0xFF3B: return true  // [ 〔 【 ［
    case 0x00...0x2FFF: return false
    default: return scalar == "半" || ChineseNumeral.isNumeralCharacter(scalar)
    }
  }

  // MARK: Arabic numbers

  mutating func scanArabic(at start: Index) -> Index? {
    guard case .success(let token)? = NumeralReader.read(text, at: start, strict: false) else { return nil }
    if isCode(before: start) || (text[token.end].map(isASCIILetter) ?? false) {
      return emitCode(from: start)
    }
    if let digits = token.plainIntegerDigits, digits <= 5 {
      let number = NSDecimalNumber(decimal: token.value).intValue
      if digits == 4, (1900...2100).contains(number) {
        var yearMark = token.end
        if text[yearMark] == " ", text[text.after(yearMark)] == "年" { yearMark = text.after(yearMark) }
        if text[yearMark] == "年" { return emitYearOrDate(from: start, year: number, yearEnd: text.after(yearMark)) }
        if let connector = text[token.end], Lexicon.rangeConnectors.contains(connector),
          isYear(at: text.after(token.end))
        {
          emit(start..<token.end, Quantity(value: token.value, unit: "年"), .year, token.notes)
          return token.end
        }
      }
      if digits <= 2, (1...12).contains(number), text[token.end] == "月" {
        return emitDate(from: start, value: token.value, monthEnd: text.after(token.end), notes: token.notes)
      }
      if digits == 5, Lexicon.hotlineRange.contains(number),
        text.longestMatch(Lexicon.units, at: token.end) == nil
      {
        emit(start..<token.end, Quantity(value: token.value), .fixedExpression, token.notes)
        return token.end
      }
    }
    return emitNumber(token, from: start, unitList: Lexicon.units)
  }

  /// Digits glued to Latin letters are codes and standard numbers (GB/T 9704-2012, 5G).
  func isCode(before start: Index) -> Bool {
    guard var previous = text.scalar(before: start) else { return false }
    if previous == " ", let p = text.before(start), let beforeSpace = text.scalar(before: p) {
      previous = beforeSpace
    }
    return isASCIILetter(previous) || previous == "/"
  }

  func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  mutating func emitCode(from start: Index) -> Index {
    var end = start
    while let scalar = text[end], scalar.isASCII,
      isASCIILetter(scalar) || NumeralReader.isArabicDigit(scalar) || "-./_:".unicodeScalars.contains(scalar)
    {
      end = text.after(end)
    }
    var value: Decimal = 0
    if case .success(let token)? = NumeralReader.read(text, at: start, strict: false) { value = token.value }
    emit(start..<end, Quantity(value: value), .fixedExpression, [])
    return end
  }

  /// A four-digit year ending in 年 at `index` (the second end of 2021—2025年).
  func isYear(at index: Index) -> Bool {
    var i = index
    var number = 0
    for _ in 0..<4 {
      guard let scalar = text[i], let digit = NumeralReader.arabicDigit(scalar) else { return false }
      number = number * 10 + digit.value
      i = text.after(i)
    }
    return (1900...2100).contains(number) && text[i] == "年"
  }

  // MARK: Chinese numerals

  mutating func scanChinese(at start: Index) -> Index? {
    if let phrase = text.longestMatch(Lexicon.phrases, at: start) {
      var value: Decimal = 0
      if case .success(let token)? = NumeralReader.read(text, at: start, strict: false) { value = token.value }
      emit(start..<phrase.end, Quantity(value: value), .fixedExpression, [])
      return phrase.end
    }
    var runEnd = start
    while let scalar = text[runEnd], ChineseNumeral.isNumeralCharacter(scalar) { runEnd = text.after(runEnd) }
    if let previous = text.scalar(before: start), Lexicon.numeralBlockers.contains(previous) { return runEnd }
    guard case .success(let token)? = NumeralReader.read(text, at: start, strict: false) else { return runEnd }
    if token.script == .chineseDigits {
      // A year is four digits (二〇二五); a longer digit-by-digit run is no year, and Int could not hold it all.
      guard text[token.end] == "年", token.value < 10_000 else { return token.end }
      return emitYearOrDate(
        from: start, year: NSDecimalNumber(decimal: token.value).intValue,
        yearEnd: text.after(token.end), notes: token.notes)
    }
    let isBareOne = text.after(start) == token.end && (text[start] == "一" || text[start] == "壹")
    let units = isBareOne ? Lexicon.bareOneUnits : Lexicon.chineseNumeralUnits
    return emitNumber(token, from: start, unitList: units, requireUnit: true)
  }

  mutating func scanHalf(at start: Index) -> Index? {
    if let previous = text.scalar(before: start), Lexicon.halfBlockers.contains(previous) { return nil }
    guard let unit = text.longestMatch(Lexicon.halfUnits, at: text.after(start)) else { return nil }
    if text.longestMatch(Lexicon.nonFigures, at: unit.end) != nil { return unit.end }
    let context = context(before: start)
    let unitWord = unit.word == "月" ? "个月" : Lexicon.canonicalUnit(unit.word)
    let quantity = Quantity(value: 0.5, unit: unitWord, approximation: context.approximation)
    emit(start..<unit.end, quantity, role(for: context, at: start), [.chineseNumerals])
    return unit.end
  }

  mutating func scanPercentWords(at start: Index, numberStart: Index) -> Index? {
    let context = context(before: start)
    if let end = text.match("百分之百", at: start) {
      emit(start..<end, Quantity(value: 100, unit: "%"), role(for: context, at: start), [.chineseNumerals])
      return end
    }
    guard case .success(let token)? = NumeralReader.read(text, at: numberStart, strict: false) else {
      return numberStart
    }
    var notes = token.notes
    notes.insert(.chineseNumerals)
    let quantity = Quantity(value: token.value, unit: "%", approximation: context.approximation)
    emit(start..<token.end, quantity, role(for: context, at: start), notes)
    return token.end
  }

  // MARK: Numbers with units

  /// Emits a number with its markers and unit, deciding its role from the words around it.
  mutating func emitNumber(
    _ token: NumeralToken, from start: Index, unitList: WordList, requireUnit: Bool = false
  ) -> Index? {
    let context = context(before: start)
    if let ordinalStart = context.ordinalStart {
      var end = token.end
      var unit: String?
      if let word = text.longestMatch(Lexicon.ordinalUnits, at: end) {
        unit = word.word
        end = word.end
      }
      emit(ordinalStart..<end, Quantity(value: token.value, unit: unit), .ordinal, token.notes)
      return end
    }
    if context.quoted {
      let end = closingQuote(from: token.end) ?? token.end
      emit(start..<end, Quantity(value: token.value), .fixedExpression, token.notes)
      return end
    }

    var value = token.value
    var approximation = context.approximation
    var notes = token.notes
    var i = token.end
    if let over = text.longestMatch(Lexicon.overWords, at: i) {
      if approximation == nil { approximation = .over } else { notes.insert(.redundantApproximation) }
      i = over.end
      if !token.hasBigMultiplier, let scalar = text[i], let multiplier = ChineseNumeral.bigUnitValue(scalar) {
        value *= multiplier
        i = text.after(i)
      }
    }
    var unit: String?
    var unitStart = i
    if token.script == .arabic, text[i] == " " {
      // Word documents often pad Arabic numbers with spaces: 受理 100 件.
      let afterSpace = text.after(i)
      if text.longestMatch(unitList, at: afterSpace) != nil { unitStart = afterSpace }
    }
    if let word = text.longestMatch(unitList, at: unitStart) {
      unit = Lexicon.canonicalUnit(word.word)
      if word.word == "％" { notes.insert(.fullWidthPercent) }
      if unit == "个百分点" { notes.insert(.percentagePoints) }
      i = word.end
      if text[i] == "半", ["年", "个月", "小时", "天"].contains(unit) {
        value += 0.5
        i = text.after(i)
      }
    }
    if requireUnit {
      guard unit != nil else { return token.end }
      if let slogan = text.longestMatch(Lexicon.slogans, at: i) {
        emit(start..<slogan.end, Quantity(value: value, unit: unit), .fixedExpression, notes.notes)
        return slogan.end
      }
      if text.longestMatch(Lexicon.nonFigures, at: i) != nil { return i }
    }
    if let suffix = text.longestMatch(Lexicon.scannerSuffixes, at: i),
      let marker = Lexicon.approximationSuffixes[suffix.word]
    {
      if approximation == nil { approximation = marker } else { notes.insert(.redundantApproximation) }
      i = suffix.end
    }
    let quantity = Quantity(value: value, unit: unit, approximation: approximation)
    emit(start..<i, quantity, role(for: context, at: start), notes)
    return i
  }

  mutating func emit(_ range: Range<Index>, _ quantity: Quantity, _ role: QuantityMatch.Role, _ notes: NoteList) {
    matches.append(ScannedQuantity(range: range, quantity: quantity, role: role, notes: notes.notes))
  }

  mutating func emit(
    _ range: Range<Index>, _ quantity: Quantity, _ role: QuantityMatch.Role, _ notes: [QuantityNote]
  ) {
    matches.append(ScannedQuantity(range: range, quantity: quantity, role: role, notes: notes))
  }
}
