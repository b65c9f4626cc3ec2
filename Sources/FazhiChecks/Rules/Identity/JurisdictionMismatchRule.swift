import FazhiCore
import FazhiInput

/// 标题、落款 or the 导语's opening subject naming another place than 报告主体 (a copied report).
struct JurisdictionMismatchRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "jurisdiction_mismatch",
    name: "报告主体与标题、落款或导语不符",
    severity: .error,
    description: "标题（如写明）、落款和导语开头一句的主语（「2025年，示例县……」「现将示例县……报告如下」）所写的地方应与报告主体相同；写成另一个县（市、区）或另一个政府，多是照搬了其他单位的报告。按名称的结尾（县、市、区、旗、州、盟、乡、镇……）识别地名，只比较最具体的一级（示例市示例区 与 示例区 相同，示例自治县 与 示例县 相同）；「我县」「市政府」这类泛称和「在市委、市政府的领导下」中的上级不比较。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例区
      标题: 示例市示例区人民政府关于2025年度法治政府建设情况的报告
      落款: 中共示例区委全面依法治区委员会办公室
      导语: 2025年，在示例市委、市政府的坚强领导下，示例区坚持以习近平法治思想为指导。现将示例区2025年度法治政府建设情况报告如下。
      """,
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      主送: [中共示例县委, 示例县人民政府]
      落款: 示例县司法局
      导语: 2025年，示例县司法局坚持以习近平法治思想为指导。
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      标题: ↓样板县2025年度法治政府建设情况报告
      落款: ↓样板县人民政府
      导语: 2025年，↓样板县坚持以习近平法治思想为指导。现将↓样板县2025年度法治政府建设情况报告如下。
      """,
      """
      年度: 2025
      报告主体: 示例区
      落款: ↓示例市人民政府
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard !meta.jurisdiction.isEmpty, !IssuerEvidence.isGeneric(meta.jurisdiction) else { return [] }
    let own = IssuerName(meta.jurisdiction)
    guard own.place != nil else { return [] }
    func differs(_ name: String) -> Bool { IssuerName(name).samePlace(as: own) == false }
    var findings: [Diagnostic] = []
    func report(_ name: String, in path: String, occurrence: Int = 0, _ what: String) {
      findings.append(
        context.diagnostic(
          Self.description, at: context.positions.locate(name, occurrence: occurrence, in: path),
          "\(what)「\(name)」与报告主体「\(meta.jurisdiction)」不是同一个地方；是否照搬了其他单位的报告？请改为本单位的名称"))
    }
    if let title = meta.title {
      for name in IssuerEvidence.titleNames(title) where differs(name) { report(name, in: ReportKey.title, "标题中的") }
    }
    if let issuer = meta.issuer {
      for organ in Self.organs(issuer) where differs(organ) { report(organ, in: ReportKey.issuer, "落款") }
    }
    if let preamble = context.report.preamble {
      if let name = IssuerEvidence.openingSubject(preamble), differs(name) {
        report(name, in: ReportKey.preamble, "导语开头的主语")
      }
      // `现将样板县2025年度……报告如下`: located at its own occurrence of the name, after 现将.
      if let name = IssuerEvidence.reportFormula(preamble).name, differs(name),
        let formula = preamble.range(of: "现将")
      {
        let before = Array(preamble[..<formula.lowerBound].unicodeScalars)
        let occurrence = PositionMap.occurrences(of: Array(name.unicodeScalars), in: before[...])
        report(name, in: ReportKey.preamble, occurrence: occurrence, "导语中「现将……报告如下」的")
      }
    }
    return findings
  }

  /// The organs of a 落款: `中共示例县委 示例县人民政府` names two.
  static func organs(_ issuer: String) -> [String] {
    issuer.split(whereSeparator: { $0.isWhitespace || "、，,；;".contains($0) }).map(String.init)
  }
}
