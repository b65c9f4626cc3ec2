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
    description: "中文输入法下输入的全角数字（２０２５）无法按数字处理。正文中的全角数字同样提示，但只是警告，不影响起草。",
    passingExamples: [header, header + "导语: 2025年，示例县办结行政复议案件120件。\n"],
    failingExamples: [
      "年度: ↓２０２５\n报告主体: 示例县\n", header + "导语: ↓２０２５年，示例县办结行政复议案件↓１２０件。\n",
    ],
    proseSeverity: .warning)

  static func year(_ text: String, year: Int) -> String {
    "「年度」用了全角数字「\(text)」，请改为半角数字 \(year)（切换到英文输入法输入）"
  }

  /// `note` is the parser's explanation.
  static func quantity(_ label: String, raw: String, note: String) -> String {
    "「\(label)」的值「\(raw)」含全角字符：\(note)（切换到英文输入法输入）"
  }

  /// Full-width digits `text` in the prose; `halfWidth` is the same number in ASCII.
  package static func prose(_ text: String, halfWidth: String) -> String {
    "正文中有全角数字「\(text)」，请改为半角数字 \(halfWidth)（切换到英文输入法输入）"
  }
}

/// 数字写法不规范.
package enum NumberFormatRule {
  package static let description = RuleDescription(
    identifier: "number_format", name: "数字写法不规范", severity: .warning,
    description: "统计数字应使用阿拉伯数字（GB/T 15835）：数据中「二〇二五」「百分之九十七」「3千」等写法给出提示，并按其数值继续核对。正文中也检查：百分数和小数写成汉字（百分之九十九点一）、一百及以上的计数写成汉字（一千二百件）、阿拉伯数字带十百千（4千余件）。一百以下的汉字数字不提示：序数、口号和固定说法（一是、第一、三项制度、十四五、一把手、两个维护、一站式、七五普法）都用小数目，无从与计数区分；相邻数字和「几」表示的约数（三五百人、十几件）按标准用汉字。千分位分节（38,472）是标准允许的写法（5.1.3），不提示。",
    passingExamples: [
      header + "主要指标:\n  人民调解成功率: 97%\n",
      header + "导语: 一是推行三项制度，落实一把手责任，完成七五普法和“十四五”规划中期评估；第一批两个项目实现一站式办理，三五百人参加，办结十几件，成功率百分之百。\n",
    ],
    failingExamples: [
      "年度: ↓二〇二五\n报告主体: 示例县\n",
      header + "导语: 全年办结案件↓一千二百件，调解成功率↓百分之九十九点一，受理↓4千余件。\n",
    ])

  static func year(_ text: String, year: Int) -> String { "「年度」请写阿拉伯数字 \(year)，不要写「\(text)」" }

  /// `note` is the parser's explanation.
  static func quantity(_ label: String, raw: String, note: String) -> String { "「\(label)」写成了「\(raw)」：\(note)" }

  /// A figure in the prose; `suggestion` is how to write it (1200件, 99.1%, 4000余件).
  package static func prose(_ raw: String, suggestion: String, note: QuantityNote) -> String {
    switch note {
    case .arabicWithChineseMultiplier: "正文中的「\(raw)」：阿拉伯数字后不能用十、百、千作单位，请写作「\(suggestion)」"
    case .compoundMultipliers: "正文中的「\(raw)」：不要把阿拉伯数字拆成几段，请写作「\(suggestion)」"
    default: "正文中的「\(raw)」是统计数字，请使用阿拉伯数字，写作「\(suggestion)」（GB/T 15835）"
    }
  }
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
