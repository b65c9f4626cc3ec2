/// 审核得分：a transparent 100-point score that ranks units for the reviewer's attention. Every component and its
/// weight is listed here and in the README; nothing else enters the score.
///
/// | component | points | full marks when |
/// |---|---|---|
/// | 法定部分 parts | 30 | the four required parts are present (7.5 each) |
/// | 不足写明原因 causes | 10 | every 不足 states its 原因 (0 when there is no 不足 at all) |
/// | 校验 findings | 25 | no error-level finding; −5 per error, −1 per warning, not below 0 |
/// | 数据密度 density | 15 | at least 3 concrete figures per 1,000 characters (linear below) |
/// | 原创 originality | 15 | under 20% of sentences reused from last year (0 at 80% or more, linear between; full marks without last year) |
/// | 期限 deadline | 5 | the dates meet the rule (督察工作规定 art. 25–26) |
public struct ReviewScore: Sendable, Hashable, Codable {
  public var parts: Double
  public var causes: Double
  public var findings: Double
  public var density: Double
  public var originality: Double
  public var deadline: Double

  public var total: Double { parts + causes + findings + density + originality + deadline }

  /// The components with their Chinese names and full marks, in the README's order.
  public var components: [(name: String, points: Double, maximum: Double)] {
    [
      ("法定部分", parts, Self.weights.parts), ("不足写明原因", causes, Self.weights.causes),
      ("校验问题", findings, Self.weights.findings), ("数据密度", density, Self.weights.density),
      ("原创程度", originality, Self.weights.originality), ("期限", deadline, Self.weights.deadline),
    ]
  }

  /// Full marks of each component.
  public static let weights = (parts: 30.0, causes: 10.0, findings: 25.0, density: 15.0, originality: 15.0, deadline: 5.0)
  /// Figures per 1,000 characters that earn full density marks.
  public static let fullDensity = 3.0
  /// Reuse shares between which originality falls from full marks to none.
  public static let reuseRange = (low: 0.2, high: 0.8)

  public init(parts: Double, causes: Double, findings: Double, density: Double, originality: Double, deadline: Double) {
    self.parts = parts
    self.causes = causes
    self.findings = findings
    self.density = density
    self.originality = originality
    self.deadline = deadline
  }

  /// The score of a unit from its counts.
  public init(
    requiredPartsPresent: Int, requiredParts: Int, shortcomings: Int, withCause: Int, errors: Int, warnings: Int,
    density: Double, reuseShare: Double?, meetsDeadline: Bool
  ) {
    let w = Self.weights
    parts = requiredParts == 0 ? w.parts : w.parts * Double(requiredPartsPresent) / Double(requiredParts)
    causes = shortcomings == 0 ? 0 : w.causes * Double(withCause) / Double(shortcomings)
    findings = max(0, w.findings - 5 * Double(errors) - Double(warnings))
    self.density = w.density * min(1, density / Self.fullDensity)
    if let share = reuseShare {
      let (low, high) = Self.reuseRange
      originality = w.originality * min(1, max(0, (high - share) / (high - low)))
    } else {
      originality = w.originality
    }
    deadline = meetsDeadline ? w.deadline : 0
  }
}
