import FazhiCore

// Findings about metadata values: fixed choices, dates, numbers, area names.
// Each rule: its description (`fazhi rules`, the example tests) and the messages the loader words with it.

private let header = LoadingRules.header

/// 取值无效: a field with fixed choices (层级, 纲要) holds something else.
package enum InvalidValueRule {
  package static let description = RuleDescription(
    identifier: "invalid_value", name: "取值无效", severity: .error,
    description: "「层级」「纲要」等只能取固定值的字段写了其他内容。",
    passingExamples: [header + "层级: 县级\n纲要: 2021\n"],
    failingExamples: [header + "层级: ↓村级\n"])

  /// `names` are the levels, joined.
  static func level(_ text: String, names: String) -> String { "「层级」的值「\(text)」无法识别，请填写：\(names)" }

  /// `choices` describe the frameworks, joined.
  static func framework(choices: String) -> String { "「纲要」请填写 \(choices)" }
}

/// 日期无效.
package enum InvalidDateRule {
  package static let description = RuleDescription(
    identifier: "invalid_date", name: "日期无效", severity: .error,
    description: "日期无法识别或不存在（如 2月30日）。",
    passingExamples: [header + "成文日期: 2026-02-20\n"],
    failingExamples: [header + "成文日期: ↓2026-02-30\n"])

  static func unrecognised(_ path: String, text: String) -> String {
    "「\(path)」的日期「\(text)」无法识别，请写成 2026-02-20 或 2026年2月20日"
  }

  static func nonexistent(_ path: String, text: String) -> String { "「\(path)」的日期「\(text)」不存在，请检查月份和日期" }
}

/// 日期写法不规范.
package enum DateFormatRule {
  package static let description = RuleDescription(
    identifier: "date_format", name: "日期写法不规范", severity: .warning,
    description: "GB/T 9704 的日期写作 2026年2月20日（不补零）；数据中也可写 2026-02-20。「2026/2/20」「2026.2.20」给出警告。",
    passingExamples: [header + "成文日期: 2026年2月20日\n"],
    failingExamples: [header + "成文日期: ↓2026/2/20\n"])

  static func message(_ path: String, text: String, date: ReportDate) -> String {
    "「\(path)」写成了「\(text)」，请写成 \(date.iso) 或 \(date.chinese)（GB/T 9704 日期不用「/」「.」分隔）"
  }
}

/// 全角数字.
package enum FullwidthDigitsRule {
  package static let description = RuleDescription(
    identifier: "fullwidth_digits", name: "全角数字", severity: .error,
    description: "中文输入法下输入的全角数字（２０２５）无法按数字处理。",
    passingExamples: [header],
    failingExamples: ["年度: ↓２０２５\n报告主体: 示例县\n"])

  static func year(_ text: String, year: Int) -> String {
    "「年度」用了全角数字「\(text)」，请改为半角数字 \(year)（切换到英文输入法输入）"
  }

  /// `note` is the parser's explanation.
  static func quantity(_ label: String, raw: String, note: String) -> String {
    "「\(label)」的值「\(raw)」含全角字符：\(note)（切换到英文输入法输入）"
  }
}

/// 数字写法不规范.
package enum NumberFormatRule {
  package static let description = RuleDescription(
    identifier: "number_format", name: "数字写法不规范", severity: .warning,
    description: "统计数字应使用阿拉伯数字（GB/T 15835）：「二〇二五」「百分之九十七」「3千」等写法给出提示，并按其数值继续核对。千分位分节（38,472）是标准允许的写法（5.1.3），不提示。",
    passingExamples: [header + "主要指标:\n  人民调解成功率: 97%\n"],
    failingExamples: ["年度: ↓二〇二五\n报告主体: 示例县\n"])

  static func year(_ text: String, year: Int) -> String { "「年度」请写阿拉伯数字 \(year)，不要写「\(text)」" }

  /// `note` is the parser's explanation.
  static func quantity(_ label: String, raw: String, note: String) -> String { "「\(label)」写成了「\(raw)」：\(note)" }
}

/// 自定义领域: an area the framework does not name, kept as its own heading.
package enum CustomAreaRule {
  package static let description = RuleDescription(
    identifier: "custom_area", name: "自定义领域", severity: .warning,
    description: "「领域」不是所选纲要的领域，将原样作为标题输出；可能是错别字或纲要填错。",
    passingExamples: [header + "主要举措和成效:\n  - 领域: 行政执法\n    事项: [推行三项制度。]\n"],
    failingExamples: [header + "主要举措和成效:\n  - 领域: ↓行政执发\n    事项: [推行三项制度。]\n"])

  /// `otherFramework` is a framework the area belongs to; `guess` the closest area of this one.
  static func message(_ area: String, framework: String, otherFramework: String?, guess: String?) -> String {
    var message = "「\(area)」不是纲要\(framework)的领域，将作为自定义领域输出"
    if let otherFramework {
      message += "；它属于纲要\(otherFramework)，请检查「纲要」是否填对"
    } else if let guess {
      message += "；是不是「\(guess)」？"
    }
    return message
  }
}
