import FazhiCore
import FazhiInput

/// A self-reference (我县, 我市, 我区, 我局 …) that fits neither the issuer's own name nor a level above it.
struct SelfReferenceRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "self_reference",
    name: "自称与本单位不符",
    severity: .warning,
    description: "报告中的自称（我县、我市、我区、我旗、我乡、我镇、我街道、我局、我委……）应与本单位名称的结尾相符：县级市写「我市」，旗写「我旗」，开发区写「我区」，部门写「我局」「我委」（也可称所在的县、市），按名称而不是按「层级」判断。称上级（县的报告写「我省」「我市」）不算；与本级或下级的名称不符（市的报告写「我县」，县的报告写「我区」「我镇」「我局」）多是照搬了其他单位的报告。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例市
      层级: 县级
      导语: 2025年，我市作为我省首批试点，自我革新，我市场监管部门持续发力。
      """,
      """
      年度: 2025
      报告主体: 示例县司法局
      层级: 部门
      主送: [中共示例县委, 示例县人民政府]
      导语: 2025年，我局围绕我县中心工作，服务我市发展大局。
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例市
      层级: 县级
      导语: 2025年，↓我县持续深化法治政府建设，↓我局牵头开展执法检查。
      """,
      """
      年度: 2025
      报告主体: 示例旗
      导语: 2025年，我旗持续深化法治政府建设，↓我区行政复议案件下降。
      """,
    ])

  /// Self-reference words (the `selfWord` of every name ending `IssuerName` knows), longest first.
  static let words = Set(IssuerName.endings.map(\.selfWord)).sorted { ($0.count, $0) > ($1.count, $1) }

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let meta = context.report.metadata
    guard !meta.jurisdiction.isEmpty, !IssuerEvidence.isGeneric(meta.jurisdiction) else { return [] }
    let own = IssuerName(meta.jurisdiction)
    let ranks = context.catalog.selfReferenceRanks
    guard let place = own.place, let rank = Self.rank(of: meta.level, place: place, ranks: ranks) else { return [] }
    // The body's own words and its signer's (我办 of a 依法治县办), and the places its recipients name (a county
    // in 内蒙古自治区 may write 我区 for the region); a recipient's organ is not the writer (中共示例县委 ≠ 我委).
    let recipientPlaces = meta.recipients.flatMap { IssuerName($0).components.filter(\.ending.isPlace) }
    let allowed = own.selfWords.union(IssuerName(meta.effectiveIssuer).selfWords)
      .union(recipientPlaces.map(\.ending.selfWord))
    let ownWords = own.components.map { "我" + $0.ending.selfWord }
    var findings: [Diagnostic] = []
    for span in context.textSpans {
      let scalars = Array(span.text.unicodeScalars)
      var locator = context.positions.quoteLocator(for: span)
      for (word, offset) in Self.mentions(in: scalars, exceptions: context.catalog.selfReferenceExceptions) {
        if allowed.contains(word) { continue }
        if let wordRank = ranks[word], wordRank < rank { continue }
        findings.append(
          context.diagnostic(
            Self.description, at: locator.location(of: "我" + word, at: offset),
            "自称「我\(word)」与本单位「\(meta.jurisdiction)」不符，应为「\(ownWords.joined(separator: "」或「"))」；是否照搬了其他单位的报告？"))
      }
    }
    return findings
  }

  /// The rank of the reporting body: from 层级, or for a department (and when 层级 is not written) from the
  /// place its name ends in. A 市 of unknown level counts as county level, so that 我市 is never taken for a
  /// lower body's word. `ranks`: the catalog's `selfReferenceRanks`, 1 province … 4 township.
  static func rank(of level: ReportLevel?, place: IssuerName.Component, ranks: [String: Int]) -> Int? {
    switch level {
    case .province: 1
    case .city: 2
    case .county, .zone: 3
    case .township: 4
    case .department, nil: place.ending.selfWord == "市" ? 3 : ranks[place.ending.selfWord]
    }
  }

  /// Every `我` + self-reference word in the text (not 自我…, not 我 + one of `exceptions`: 我局限 …), with its offset.
  static func mentions(in scalars: [Unicode.Scalar], exceptions: [String]) -> [(word: String, offset: Int)] {
    var result: [(String, Int)] = []
    for i in scalars.indices where scalars[i] == "我" && (i == 0 || scalars[i - 1] != "自") {
      let rest = String(String.UnicodeScalarView(scalars[(i + 1)..<min(scalars.count, i + 3)]))
      guard let word = words.first(where: { rest.hasPrefix($0) }),
        !exceptions.contains(where: { rest.hasPrefix($0) })
      else { continue }
      result.append((word, i))
    }
    return result
  }
}
