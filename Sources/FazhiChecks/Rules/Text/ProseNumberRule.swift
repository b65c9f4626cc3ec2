import FazhiCore
import FazhiInput

/// Numbers in prose written against GB/T 15835-2011: the data's `number_format` and `fullwidth_digits` findings,
/// made on the text too, at warning level there (a draft is never blocked by how a number is written).
///
/// Which Chinese numerals are statistics: only a figure the scanner reads with a counting unit (not an ordinal,
/// a year, a quoted slogan or a listed fixed phrase), and then only when it is a percentage (百分之九十九点一), a
/// decimal (九十九点一), or a count of one hundred or more (一千二百件). Fixed expressions, ordinals and slogans use
/// small numerals (一是, 第一, 三项制度, 十四五, 一把手, 两个维护, 一站式, 七五普法, 二十条措施): below one hundred
/// a Chinese numeral is left alone, since nothing in the words tells 办理二十件 from 出台二十条措施. Approximations
/// written with adjacent numerals or 几 (三五百人, 十几件) are Chinese by the standard (4.1.2) and never reported.
struct ProseNumberRule: ValidationRule {
  static let description = NumberFormatRule.description

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for span in context.textSpans {
      var locator = context.positions.quoteLocator(for: span)
      findings += fullwidthDigits(in: span, context)
      // Every finding needs a place value of a hundred or more, 点 or a percent (一千二百, 4千, 百分之, 九十九点一,
      // 3万4千): a span without one of those characters is not scanned.
      guard span.text.unicodeScalars.contains(where: Self.isTrigger) else { continue }
      for match in QuantityScanner.scan(span.text) where match.role.isFigure {
        guard let note = Self.styleNote(match, in: span.text) else { continue }
        let raw = String(span.text[match.range])
        let location = locator.location(of: raw, at: match.range.lowerBound)
        // The approximation the figure carries itself (4千余件); one from a word before it (约) stays there.
        let over = raw.contains("余") || raw.contains("多")
        let suggestion = QuantityFormatter.display(
          Quantity(value: match.quantity.value, unit: match.quantity.unit, approximation: over ? .over : nil))
        let message = NumberFormatRule.prose(raw, suggestion: suggestion, note: note)
        findings.append(context.diagnostic(Self.description, at: location, message))
      }
    }
    return findings
  }

  /// 百千万亿点佰仟. A switch, not a `Set`: it is asked of every scalar of every text, and hashing each took a
  /// third of this rule's time.
  static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "百", "千", "万", "亿", "点", "佰", "仟": true
    default: false
    }
  }

  /// The note to report about a figure, or nil when it is written well (or is not a statistic).
  static func styleNote(_ match: QuantityMatch, in text: String) -> QuantityNote? {
    let notes = Set(match.notes)
    if notes.contains(.arabicWithChineseMultiplier) { return .arabicWithChineseMultiplier }
    if notes.contains(.compoundMultipliers) { return .compoundMultipliers }
    guard notes.contains(.chineseNumerals) || notes.contains(.chineseDecimal) else { return nil }
    let raw = text[match.range]
    // 百分之百 is an idiom (全部); adjacent numerals (三五百) are an approximation the standard writes in Chinese.
    if raw.hasPrefix("百分之百") || hasAdjacentDigits(raw) { return nil }
    if notes.contains(.chineseDecimal) || match.quantity.unit == "%" { return .chineseNumerals }
    // Anniversaries (建党一百周年) are names; 周 is the only counting unit that opens one.
    if match.quantity.unit == "周" { return nil }
    return match.quantity.value >= 100 ? .chineseNumerals : nil
  }

  /// 三五, 七八: two numeral digits in a row, with no place value between them.
  static func hasAdjacentDigits(_ raw: Substring) -> Bool {
    var previousWasDigit = false
    for scalar in raw.unicodeScalars {
      let isDigit = ChineseNumeral.digitValue(scalar).map { $0 > 0 } ?? false
      if isDigit && previousWasDigit { return true }
      previousWasDigit = isDigit
    }
    return false
  }

  /// Full-width digits (０-９) anywhere in the text, one finding per run.
  func fullwidthDigits(in span: TextSpan, _ context: ValidationContext) -> [Diagnostic] {
    guard Self.hasFullwidthDigit(span.text) else { return [] }
    var findings: [Diagnostic] = []
    let text = span.text
    var locator = context.positions.quoteLocator(for: span)
    var i = text.unicodeScalars.startIndex
    while i < text.unicodeScalars.endIndex {
      guard Self.isFullwidthDigit(text.unicodeScalars[i]) else {
        i = text.unicodeScalars.index(after: i)
        continue
      }
      var end = i
      while end < text.unicodeScalars.endIndex, Self.isFullwidthDigit(text.unicodeScalars[end]) {
        end = text.unicodeScalars.index(after: end)
      }
      let run = String(text.unicodeScalars[i..<end])
      let halfWidth = String(String.UnicodeScalarView(run.unicodeScalars.compactMap { Unicode.Scalar($0.value - 0xFEE0) }))
      let location = locator.location(of: run, at: i)
      findings.append(
        context.diagnostic(
          FullwidthDigitsRule.description, at: location, FullwidthDigitsRule.prose(run, halfWidth: halfWidth),
          severity: FullwidthDigitsRule.description.proseSeverity))
      i = end
    }
    return findings
  }

  static func isFullwidthDigit(_ scalar: Unicode.Scalar) -> Bool { (0xFF10...0xFF19).contains(scalar.value) }

  /// Whether `text` holds a full-width digit, read from its bytes: U+FF10–FF19 are EF BC 90–99 in UTF-8, and
  /// EF BC alone (the full-width comma and brackets of every Chinese text) let nearly every text through.
  static func hasFullwidthDigit(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 3 else { return false }
      for i in 0..<(bytes.count - 2)
      where bytes[i] == 0xEF && bytes[i + 1] == 0xBC && (0x90...0x99).contains(bytes[i + 2]) {
        return true
      }
      return false
    }
  }
}
