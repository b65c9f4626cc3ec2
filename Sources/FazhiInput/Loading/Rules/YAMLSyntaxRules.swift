import FazhiCore

// Findings about the YAML text itself, made before or while parsing it.
// Each rule: its description (`fazhi rules`, the example tests) and the messages the loader words with it.

private let header = LoadingRules.header

/// YAML 语法错误: libyaml rejected the text (messages from `YAMLErrorTranslator`).
package enum YAMLSyntaxRule {
  package static let description = RuleDescription(
    identifier: "yaml_syntax", name: "YAML 语法错误", severity: .error,
    description: "文件不符合 YAML 语法（缩进不齐、冒号位置不对、引号未闭合等），位置为 libyaml 给出的行列。",
    passingExamples: [header],
    failingExamples: ["年度: 2025\n报告主体: 示例县\n导语: ↓\"未闭合的引号\n"])

  /// A parser failure that is not a libyaml error.
  static func failed(_ error: any Error) -> String { "YAML 解析失败：\(error)" }

  static let forbiddenCharacter = "文件含有 YAML 不允许的字符，请检查是否混入了控制字符"
}

/// 用 Tab 缩进: found by `InputScreening` before parsing.
package enum TabIndentRule {
  package static let description = RuleDescription(
    identifier: "yaml_tab_indent", name: "用 Tab 缩进", severity: .error,
    description: "YAML 只允许用半角空格缩进，Tab 会导致解析失败。",
    passingExamples: [header + "主送:\n  - 示例市人民政府\n"],
    failingExamples: [header + "主送:\n↓\t- 示例市人民政府\n"])

  static let message = "缩进中有制表符（Tab），YAML 只允许用半角空格缩进；请把 Tab 换成两个空格"
}

/// 全角空格缩进: found by `InputScreening` before parsing.
package enum FullwidthSpaceRule {
  package static let description = RuleDescription(
    identifier: "fullwidth_space", name: "全角空格缩进", severity: .error,
    description: "中文输入法未切换时输入的全角空格（U+3000）不能用于缩进。",
    passingExamples: [header + "主送:\n  - 示例市人民政府\n"],
    failingExamples: [header + "主送:\n↓　- 示例市人民政府\n"])

  static let message = "缩进中有全角空格（可能是中文输入法未切换），请改为半角空格"
}

/// 全角冒号: found by `InputScreening` before parsing.
package enum FullwidthColonRule {
  package static let description = RuleDescription(
    identifier: "fullwidth_colon", name: "全角冒号", severity: .error,
    description: "键和值之间必须用半角冒号加空格（年度: 2025），全角冒号「：」会让整行变成普通文字。",
    passingExamples: [header],
    failingExamples: ["年度↓：2025\n报告主体: 示例县\n"])

  static let message = "键后面用了全角冒号「：」，请使用半角冒号「:」并在其后加一个空格（切换到英文输入法输入）"
}

/// 冒号后缺少空格: found by `InputScreening` before parsing, for the keys fazhi knows.
package enum ColonSpaceRule {
  package static let description = RuleDescription(
    identifier: "colon_without_space", name: "冒号后缺少空格", severity: .error,
    description: "YAML 的键和值之间要用半角冒号加一个空格（年度: 2025）；「年度:2025」会被当成一整段文字，找不到键「年度」。只检查 fazhi 认识的键和指标名。",
    passingExamples: [header + "主要指标:\n  行政复议受理: 100\n"],
    failingExamples: ["年度↓:2025\n报告主体: 示例县\n", header + "主要指标:\n  行政复议受理↓:100\n"])

  static let message = "键后面的冒号「:」与值之间缺少空格，请在冒号后加一个空格（如「年度: 2025」）"
}

/// 键重复: Yams' duplicate-key check.
package enum DuplicateKeyRule {
  package static let description = RuleDescription(
    identifier: "yaml_duplicate_key", name: "键重复", severity: .error,
    description: "同一层级中同一个键出现两次，后一个会覆盖前一个。",
    passingExamples: [header],
    failingExamples: ["↓年度: 2025\n报告主体: 示例县\n年度: 2026\n"])

  /// `names` are the repeated keys.
  static func message(_ names: [String]) -> String {
    "键\(names.map { "「\($0)」" }.joined(separator: "、"))在同一层级重复出现，后一个会覆盖前一个；请合并为一处"
  }
}

/// 顶层不是键值对.
package enum NotMappingRule {
  package static let description = RuleDescription(
    identifier: "yaml_not_mapping", name: "顶层不是键值对", severity: .error,
    description: "报告文件顶层必须是键值对（年度、报告主体……），不能是列表或单个值。",
    passingExamples: [header],
    failingExamples: ["↓- 年度: 2025\n- 报告主体: 示例县\n"])

  /// `found` names what the top level is (列表, 单个值).
  static func message(found: String) -> String {
    "文件顶层应为键值对（如「年度: 2025」），这里是\(found)；请参照 fazhi init 生成的模板"
  }
}

/// 使用了锚点或别名: refused so that an alias bomb cannot blow up the decoder.
package enum AnchorRule {
  package static let description = RuleDescription(
    identifier: "yaml_anchor", name: "使用了锚点或别名", severity: .error,
    description: "报告数据不需要 YAML 锚点（&）和别名（*）；为防止「十亿笑声」式的别名炸弹，一律拒绝。",
    passingExamples: [header],
    failingExamples: [header + "主送: ↓&a 示例市人民政府\n落款: *a\n"])

  static let message = "报告数据中请不要使用 YAML 锚点（&）和别名（*），直接写出内容即可"
}

/// 空文件.
package enum EmptyFileRule {
  package static let description = RuleDescription(
    identifier: "empty_file", name: "空文件", severity: .error,
    description: "文件没有任何内容（或只有注释）。",
    passingExamples: [header],
    failingExamples: ["↓# 只有注释\n"])

  /// The text is blank or only comments.
  static let blank = "文件是空的，请先用 fazhi init 生成模板再填写"
  /// The YAML holds no document.
  static let noDocument = "文件没有内容，请先用 fazhi init 生成模板再填写"
}
