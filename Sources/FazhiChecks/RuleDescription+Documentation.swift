import FazhiCore

/// One rule's page (`fazhi rules ID`): what it checks, then its examples — the same text the example tests run, so
/// what a writer reads is what is tested.
extension RuleDescription {
  /// The rule's id, level, name and description, then each passing and failing example (YAML, with ↓ before each
  /// place the rule reports). Plain text indents the examples; Markdown fences them.
  public func documentation(markdown: Bool) -> String {
    var out = markdown ? "## `\(identifier)` \(name)（\(severity.rawValue)）\n\n\(description)\n" :
      "\(identifier)  [\(severity.rawValue)]  \(name)\n    \(description)\n"
    func section(_ title: String, _ examples: [String]) {
      for (index, example) in examples.enumerated() {
        let heading = examples.count > 1 ? "\(title) \(index + 1)" : title
        let body = example.hasSuffix("\n") ? example : example + "\n"
        if markdown {
          out += "\n### \(heading)\n\n```yaml\n\(body)```\n"
        } else {
          out += "\n\(heading)：\n" + body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "\n" : "    \($0)\n" }.joined()
        }
      }
    }
    section("正确示例", passingExamples)
    section("错误示例（↓ 标出报告问题的位置）", failingExamples)
    return out
  }
}
