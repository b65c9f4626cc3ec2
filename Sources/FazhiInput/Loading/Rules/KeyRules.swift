import FazhiCore

// Findings about the keys of a report: unknown, missing.
// Each rule: its description (`fazhi rules`, the example tests) and the messages the loader words with it.

private let header = LoadingRules.header

/// 不认识的键: usually a typo or an old key name; the message names the closest key.
package enum UnknownKeyRule {
  package static let description = RuleDescription(
    identifier: "unknown_key", name: "不认识的键", severity: .error,
    description: "文件中有 fazhi 不认识的键；常见原因是错别字或用了旧的键名，消息会给出最接近的正确键名。",
    passingExamples: [header],
    failingExamples: [header + "↓存在的问题: 执法力量薄弱\n", header + "↓导言: 2025年，示例县……\n"])

  /// `note` says what the key probably should be; nil points at the template.
  static func message(_ name: String, note: String?) -> String {
    "不认识的键「\(name)」\(note.map { "；\($0)" } ?? "；可用的键见 fazhi init 生成的模板")"
  }

  /// `name` is a known alias of the part `key`.
  static func partAlias(_ name: String, key: String) -> String { "「\(name)」是「\(key)」的常见写法，请改用标准键名「\(key)」" }

  static func didYouMean(_ guess: String) -> String { "是不是「\(guess)」？" }

  /// `name` is an indicator written as a top-level key.
  static func indicatorKey(under indicators: String) -> String { "指标请写在「\(indicators)」下" }
}

/// 缺少基本信息.
package enum MissingMetadataRule {
  package static let description = RuleDescription(
    identifier: "missing_metadata", name: "缺少基本信息", severity: .error,
    description: "缺少「年度」或「报告主体」，无法生成标题、也无法核对年份。",
    passingExamples: [header],
    failingExamples: ["↓报告主体: 示例县\n"])

  static let year = "缺少「年度」，请在文件开头写明报告年度，如「年度: 2025」"
  static let jurisdiction = "缺少「报告主体」，请写明地区或部门名称，如「报告主体: 示例县」"
}

/// 领域缺少名称.
package enum MissingFieldRule {
  package static let description = RuleDescription(
    identifier: "missing_field", name: "领域缺少名称", severity: .error,
    description: "「主要举措和成效」的每一项须写明「领域」（或「标题」），否则无法生成小标题。",
    passingExamples: [header + "主要举措和成效:\n  - 领域: 行政执法\n    事项: [推行三项制度。]\n"],
    failingExamples: [header + "主要举措和成效:\n  - ↓事项: [推行三项制度。]\n"])

  static let message = "领域缺少「领域」（或「标题」），请填写纲要领域，如「领域: 行政执法」"
}
