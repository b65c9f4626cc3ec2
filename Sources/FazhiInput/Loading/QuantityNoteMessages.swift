import FazhiCore

/// Which finding each parser note becomes when a user typed the value.
enum QuantityNoteMessages {
  static func finding(for note: QuantityNote, raw: String, label: String) -> (rule: String, severity: Severity, message: String)? {
    switch note {
    case .fullWidthDigits, .fullWidthPercent, .fullWidthPunctuation:
      return ("fullwidth_digits", .error, "「\(label)」的值「\(raw)」含全角字符：\(note.message)（切换到英文输入法输入）")
    case .chineseNumerals, .chineseDecimal, .arabicWithChineseMultiplier, .compoundMultipliers, .thousandsSeparator,
      .redundantApproximation:
      return ("number_format", .warning, "「\(label)」写成了「\(raw)」：\(note.message)")
    case .percentagePoints, .unrecognisedUnit:
      return nil
    }
  }
}
