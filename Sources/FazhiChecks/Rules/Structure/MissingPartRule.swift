import FazhiCore

/// A mandated part (督察工作规定 art. 25) is missing or empty.
struct MissingPartRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "missing_part",
    name: "缺少法定部分",
    severity: .error,
    description: "《法治政府建设与责任落实督察工作规定》第二十五条要求年度报告包含主要举措和成效、存在的不足和原因、党政主要负责人履行第一责任人职责情况、下一年度主要安排；缺少或为空即报错（其他需要报告的情况为可选）。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 规范执法行为
              内容: 全面推行行政执法三项制度。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县政府主要负责人带头学法。
      存在的不足和原因:
        - 不足: 执法能力仍有短板。
          原因: 培训不够系统。
      下一年度主要安排:
        - 标题: 深化执法规范化
          内容: 开展执法案卷评查。
      """
    ],
    failingExamples: [
      """
      ↓年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法三项制度。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县政府主要负责人带头学法。
      存在的不足和原因:
        - 不足: 执法能力仍有短板。
          原因: 培训不够系统。
      """,
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法三项制度。
      ↓党政主要负责人履行推进法治建设第一责任人职责情况: ""
      存在的不足和原因:
        - 不足: 执法能力仍有短板。
          原因: 培训不够系统。
      下一年度主要安排: [深化执法规范化。]
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let report = context.report
    for part in context.catalog.parts where part.required {
      guard !report.hasContent(part.id) else { continue }
      if context.loaded.placeholderPaths.contains(where: { $0.hasPrefix(part.key) }) { continue }
      // Written, but in a shape that could not be read: wrong_type says so at the value.
      if context.hasOmission(under: part.key) { continue }
      if let keyLocation = context.positions.keyLocation(part.key) {
        findings.append(context.diagnostic(Self.description, at: keyLocation, "「\(part.key)」是法定部分，不能为空；请填写\(part.description.trimmingCharacters(in: ["。"]))"))
      } else {
        findings.append(context.diagnostic(Self.description, at: nil, "缺少法定部分「\(part.key)」（督察工作规定第二十五条）；请在文件中加上这一部分"))
      }
    }
    return findings
  }
}
