import FazhiCore

/// Which finding each parser note becomes when a user typed the value.
enum QuantityNoteMessages {
  static func finding(for note: QuantityNote, raw: String, label: String) -> (rule: RuleDescription, message: String)? {
    switch note {
    case .fullWidthDigits, .fullWidthPercent, .fullWidthPunctuation:
      return (FullwidthDigitsRule.description, FullwidthDigitsRule.quantity(label, raw: raw, note: note.message))
    case .chineseNumerals, .chineseDecimal, .arabicWithChineseMultiplier, .compoundMultipliers, .thousandsSeparator,
      .redundantApproximation:
      return (NumberFormatRule.description, NumberFormatRule.quantity(label, raw: raw, note: note.message))
    case .percentagePoints, .unrecognisedUnit:
      return nil
    }
  }
}
