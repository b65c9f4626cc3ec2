import FazhiCore

/// Numbering typed by hand into a title, which the template numbers again (一、一、…).
struct ManualNumberingRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "manual_numbering",
    name: "标题中手写了序号",
    severity: .error,
    description: "模板会按 GB/T 9704 自动给标题编号（一、（一）1.（1））；标题开头手写的「一、」「（二）」「3.」「一是」会造成重复编号。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 深化行政执法体制改革
              内容: 推进综合行政执法。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          标题: ↓一、严格规范公正文明执法
          事项:
            - 标题: ↓（一）深化行政执法体制改革
              内容: 推进综合行政执法。
            - 标题: ↓2.规范执法程序
              内容: 全面推行三项制度。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.textSpans.filter(\.isTitle).compactMap { span in
      guard let marker = HeadingMarker.leading(in: span.text) else { return nil }
      return context.diagnostic(
        Self.description, at: context.positions.location(span.path),
        "标题开头手写了序号「\(marker)」，模板会自动编号，请删除")
    }
  }
}
