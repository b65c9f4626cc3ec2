import FazhiCore

/// Which finding each parser note becomes when a user typed the value.
enum QuantityNoteMessages {
  static func finding(for note: QuantityNote, raw: String, label: String) -> (rule: RuleDescription, message: String)? {
    switch note {
    case .fullWidthDigits, .fullWidthPercent, .fullWidthPunctuation:
      return (FullwidthDigitsRule.description, FullwidthDigitsRule.quantity(label, raw: raw, note: note.message))
    case .chineseNumerals, .chineseDecimal, .arabicWithChineseMultiplier, .compoundMultipliers, .redundantApproximation:
      return (NumberFormatRule.description, NumberFormatRule.quantity(label, raw: raw, note: note.message))
    // GB/T 15835-2011 5.1.3 allows grouping digits in threes (分节): 38,472 is a correct way to write it.
    case .thousandsSeparator, .percentagePoints, .unrecognisedUnit:
      return nil
    }
  }
}
