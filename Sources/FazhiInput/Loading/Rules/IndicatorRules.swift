import FazhiCore

// Findings about 主要指标 and 其他指标: names, values, units.
// Each rule: its description (`fazhi rules`, the example tests) and the messages the loader words with it.

private let header = LoadingRules.header

/// 指标值无法识别.
package enum IndicatorValueRule {
  package static let description = RuleDescription(
    identifier: "indicator_value", name: "指标值无法识别", severity: .error,
    description: "指标值不是可识别的数字、百分数或约数；或把「个百分点」（变化幅度）填成了比率；或计数不是整数；或计数、金额是负数。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100\n  行政机关负责人出庭应诉率: 100%\n  罚没金额: 0\n"],
    failingExamples: [
      header + "主要指标:\n  行政复议受理: ↓很多\n", header + "主要指标:\n  人民调解成功率: ↓97.2个百分点\n",
      header + "主要指标:\n  行政复议受理: ↓-3\n  罚没金额: ↓-12万元\n",
    ])

  /// `problem` is the parser's explanation.
  static func unparsable(_ label: String, raw: String, problem: String) -> String {
    "「\(label)」的值「\(raw)」无法识别：\(problem)"
  }

  static func percentagePoints(_ label: String, raw: String) -> String {
    "「\(label)」写成了「\(raw)」：「个百分点」表示两个比率之差，不是比率本身；请填写比率，如 97.2%"
  }

  /// A count or an amount below zero: a sign typed by mistake, or a change written where the value belongs.
  static func negative(_ label: String, unit: String, raw: String) -> String {
    "「\(label)」是数量（\(unit)），不能为负数，这里是「\(raw)」；增减变化请写在正文中，这里填写本年度的数"
  }

  static func notWhole(_ label: String, unit: String, raw: String) -> String {
    "「\(label)」是计数（\(unit)），应为整数，这里是「\(raw)」"
  }
}

/// 指标单位不符.
package enum IndicatorUnitRule {
  package static let description = RuleDescription(
    identifier: "indicator_unit", name: "指标单位不符", severity: .error,
    description: "指标值带的单位与目录中该指标的单位不符（如计数指标写成百分数）。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100件\n"],
    failingExamples: [header + "主要指标:\n  行政复议受理: ↓85%\n"])

  static func rateUnit(_ label: String, unit: String) -> String { "「\(label)」是比率（%），不能用单位「\(unit)」" }

  static func percentForQuantity(_ label: String, unit: String, raw: String) -> String {
    "「\(label)」是数量（\(unit)），不应写成百分数「\(raw)」；比率请用对应的「…率」指标"
  }

  static func wrongUnit(_ label: String, expected: String, unit: String) -> String {
    "「\(label)」的单位应为「\(expected)」，这里写成了「\(unit)」"
  }

  /// A count in another counting word: a warning, the figure is kept.
  static func unusualUnit(_ label: String, expected: String, unit: String) -> String {
    "「\(label)」的单位通常为「\(expected)」，这里写成了「\(unit)」；请确认口径一致"
  }
}

/// 比率未带百分号.
package enum RateWithoutPercentRule {
  package static let description = RuleDescription(
    identifier: "rate_without_percent", name: "比率未带百分号", severity: .warning,
    description: "比率类指标写成了不带 % 的数字（97.2），按百分数理解并提示补上百分号。",
    passingExamples: [header + "主要指标:\n  人民调解成功率: 97.2%\n"],
    failingExamples: [header + "主要指标:\n  人民调解成功率: ↓97.2\n"])

  /// `value` is the number as written.
  static func message(_ label: String, value: String) -> String { "「\(label)」是比率，请带百分号，写成 \(value)%" }
}

/// 未知指标.
package enum UnknownIndicatorRule {
  package static let description = RuleDescription(
    identifier: "unknown_indicator", name: "未知指标", severity: .warning,
    description: "「主要指标」中的名称不在目录中（fazhi indicators 列出全部指标）；目录以外的数字请写在「其他指标」下。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100\n其他指标:\n  办结营商环境投诉举报: 20起\n"],
    failingExamples: [header + "主要指标:\n  ↓行政复议收件: 100\n"])

  static func message(_ name: String, guess: String?, customIndicators: String) -> String {
    let hint = guess.map { "；是不是「\($0)」？" } ?? "；"
    return "「\(name)」不是目录中的指标\(hint)目录以外的数字请写在「\(customIndicators)」下（fazhi indicators 可列出全部指标）"
  }
}

/// 指标重复.
package enum DuplicateIndicatorRule {
  package static let description = RuleDescription(
    identifier: "duplicate_indicator", name: "指标重复", severity: .error,
    description: "同一个指标以标准名和别名各写了一次。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100\n"],
    failingExamples: [header + "主要指标:\n  行政复议受理: 100\n  ↓受理行政复议申请: 100\n"])

  static func message(_ name: String, previous: String, label: String) -> String {
    "「\(name)」与「\(previous)」是同一个指标（\(label)），请只保留一个"
  }
}

/// 指标用了别名.
package enum IndicatorAliasRule {
  package static let description = RuleDescription(
    identifier: "indicator_alias", name: "指标用了别名", severity: .note,
    description: "「主要指标」中的名称是目录指标的别名，可以识别，建议改用标准名称。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100\n"],
    failingExamples: [header + "主要指标:\n  ↓受理行政复议申请: 100\n"])

  static func message(_ name: String, label: String) -> String { "「\(name)」是指标「\(label)」的别名，建议改用标准名称" }
}

/// 其他指标中写了目录指标.
package enum CustomIsCatalogRule {
  package static let description = RuleDescription(
    identifier: "custom_is_catalog", name: "其他指标中写了目录指标", severity: .warning,
    description: "「其他指标」中的名称其实是目录指标，应移到「主要指标」下，才能核对算术关系。",
    passingExamples: [header + "其他指标:\n  办结营商环境投诉举报: 20起\n"],
    failingExamples: [header + "其他指标:\n  ↓行政复议受理: 100件\n"])

  static func message(_ name: String, label: String, indicators: String) -> String {
    "「\(name)」是目录指标「\(label)」，请移到「\(indicators)」下，以便核对算术关系"
  }
}

/// 其他指标未写单位.
package enum CustomIndicatorUnitRule {
  package static let description = RuleDescription(
    identifier: "custom_indicator_unit", name: "其他指标未写单位", severity: .warning,
    description: "「其他指标」没有目录单位可依，数值须带单位（20起、3个）。",
    passingExamples: [header + "其他指标:\n  办结营商环境投诉举报: 20起\n"],
    failingExamples: [header + "其他指标:\n  办结营商环境投诉举报: ↓20\n"])

  static func message(_ label: String) -> String { "「\(label)」没有写单位，请写成「20起」「3个」这样的形式" }
}
