import Foundation

/// 法定部分：one of the five parts that 督察工作规定 art. 25 requires.
public struct PartSpec: Sendable, Hashable, Codable {
  /// Which part this is; its raw value is the `id` in parts.yaml.
  public var id: ReportPart
  /// The YAML key users type (e.g. `主要举措和成效`).
  public var key: String
  /// The standard heading printed in drafts.
  public var heading: String
  public var required: Bool
  /// Headings real reports use for this part (工作开展情况, 存在的问题 …), for extraction and suggestions.
  public var aliases: [String]
  /// Short explanation shown in scaffolds and the schema.
  public var description: String

  package init(
    id: ReportPart,
    key: String,
    heading: String,
    required: Bool,
    aliases: [String],
    description: String
  ) {
    self.id = id
    self.key = key
    self.heading = heading
    self.required = required
    self.aliases = aliases
    self.description = description
  }
}

/// 纲要：one framework with its areas, the report years it covers and the framework it follows.
///
/// Eras are data: a new 纲要 is a new `framework-<year>.yaml` (areas, aliases, report years, `follows` and each
/// area's `continues`), not a code change.
public struct FrameworkSpec: Sendable, Hashable, Codable {
  /// How extraction recognises a report written under this framework (compared with punctuation and spaces
  /// ignored).
  public struct Signature: Sendable, Hashable, Codable {
    /// Goal wording only this framework has (廉洁高效、守法诚信), looked for first.
    public var formula: String
    /// The framework named by its years (纲要2015—2020); counts only when no other framework is named.
    public var title: String

    package init(formula: String, title: String) {
      self.formula = formula
      self.title = title
    }
  }

  /// The year the 纲要 starts, as users write it in `纲要` ("2015", "2021").
  public var id: String
  /// Full name (法治政府建设实施纲要（2021—2025年）).
  public var name: String
  /// Short name for messages (2021—2025年纲要).
  public var label: String
  /// The report years this framework covers (2021…2025).
  public var reportYears: ClosedRange<Int>
  /// The goal formula that identifies the era (职能科学、权责法定 …).
  public var goalFormula: String?
  public var signature: Signature
  /// The id of the framework this one replaced, whose areas this one's areas `continue`.
  public var follows: String?
  public var areas: [AreaSpec]

  package init(
    id: String,
    name: String,
    label: String,
    reportYears: ClosedRange<Int>,
    goalFormula: String? = nil,
    signature: Signature,
    follows: String? = nil,
    areas: [AreaSpec]
  ) {
    self.id = id
    self.name = name
    self.label = label
    self.reportYears = reportYears
    self.goalFormula = goalFormula
    self.signature = signature
    self.follows = follows
    self.areas = areas
  }
}

/// 领域：one area of a framework (行政执法, 行政决策 …).
public struct AreaSpec: Sendable, Hashable, Codable {
  /// Stable ASCII id, unique across frameworks (e.g. `enforcement`, `f2015_enforcement`).
  public var id: String
  /// Standard heading (the 纲要's chapter title, shortened to report style).
  public var title: String
  /// A short name a user may type in `领域` (行政执法).
  public var short: String
  /// Headings real reports use for this area.
  public var aliases: [String]
  /// Keywords whose presence in a heading or paragraph suggests this area (放管服, 复议 …).
  public var keywords: [String]
  /// Ids of the areas of the previous framework (`FrameworkSpec.follows`) that this area carries on
  /// (enforcement continues f2015_enforcement); empty for an area new in its framework.
  public var continues: [String]

  package init(
    id: String,
    title: String,
    short: String,
    aliases: [String],
    keywords: [String],
    continues: [String] = []
  ) {
    self.id = id
    self.title = title
    self.short = short
    self.aliases = aliases
    self.keywords = keywords
    self.continues = continues
  }
}

/// 指标：a quantitative indicator that reports commonly state.
public struct IndicatorSpec: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A count of things (件, 次, 人次, 名, 项 …).
    case count
    /// A percentage 0–100 defined by counts (率).
    case rate
    /// A money amount (元).
    case amount
    /// Any other measure.
    case number
  }

  /// Whether a higher value is good, bad or neither (for year-on-year colouring).
  public enum Direction: String, Sendable, Hashable, Codable {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
    case neutral
  }

  /// Stable ASCII id (e.g. `reconsideration_received`).
  public var id: String
  /// The Chinese label, which is also the YAML key users type under `主要指标`.
  public var label: String
  /// Canonical unit (件, 次, 人次, 名, 项, 个, %, 元 …).
  public var unit: String
  public var kind: Kind
  /// The catalog area (2021 framework) the indicator belongs to.
  public var area: String?
  public var direction: Direction
  /// Phrasings real reports use (收到行政复议申请, 新收复议案件 …).
  public var aliases: [String]
  /// Short explanation (denominator conventions etc.).
  public var description: String

  package init(
    id: String,
    label: String,
    unit: String,
    kind: Kind,
    area: String? = nil,
    direction: Direction,
    aliases: [String],
    description: String
  ) {
    self.id = id
    self.label = label
    self.unit = unit
    self.kind = kind
    self.area = area
    self.direction = direction
    self.aliases = aliases
    self.description = description
  }
}

/// 关系：an arithmetic relation between indicators, checked when all its terms are stated.
public struct RelationSpec: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Σ terms = total (within tolerance, in the unit of the terms).
    case sumEquals = "sum_equals"
    /// Σ terms ≤ total, or ≤ limit when the bound is a constant (胜诉率 + 败诉率 ≤ 100).
    case sumAtMost = "sum_at_most"
    /// rate = Σ numerator / denominator × 100 (within tolerance, in percentage points).
    case rate
  }

  public var id: String
  public var kind: Kind
  /// Chinese name of the relation, used in messages (受理与不予受理之和不超过收到数).
  public var name: String
  /// For sums: the addends.
  public var terms: [String]?
  /// For sums: the total (or bound).
  public var total: String?
  /// For sum_at_most without a total: a constant bound in the terms' unit (100 for rates).
  public var limit: Decimal?
  /// For rates.
  public var rate: String?
  /// For rates: one indicator, or several whose sum is the numerator (综合化解率 = (纠错 + 调解和解) / 审结).
  public var numerator: [String]?
  public var denominator: String?
  /// Allowed difference (percentage points for rates, units for sums). Defaults: rates 0.1, sums 0.
  public var tolerance: Decimal?
  /// error or warning.
  public var severity: Severity

  package init(
    id: String,
    kind: Kind,
    name: String,
    terms: [String]? = nil,
    total: String? = nil,
    limit: Decimal? = nil,
    rate: String? = nil,
    numerator: [String]? = nil,
    denominator: String? = nil,
    tolerance: Decimal? = nil,
    severity: Severity
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.terms = terms
    self.total = total
    self.limit = limit
    self.rate = rate
    self.numerator = numerator
    self.denominator = denominator
    self.tolerance = tolerance
    self.severity = severity
  }

  /// Every indicator the relation names.
  public var indicatorIDs: [String] {
    (terms ?? []) + [total, rate].compactMap { $0 } + (numerator ?? []) + [denominator].compactMap { $0 }
  }
}

/// The whole catalog: parts, frameworks, indicators, relations, and word lists.
public struct Catalog: Sendable, Hashable, Codable {
  /// One entry per `ReportPart`, in the catalog's order.
  public private(set) var parts: [PartSpec]
  public var frameworks: [FrameworkSpec] {
    didSet { reindex() }
  }
  public var indicators: [IndicatorSpec] {
    didSet { reindex() }
  }
  public var relations: [RelationSpec]
  /// Placeholder markers that must not be left in a finished report (TODO, XX, ××, 【待填】 …).
  public var placeholders: [String]
  /// Stock phrases nearly every report contains; not counted as reuse by `diff`.
  public var stockPhrases: [String]
  /// Words that name the current period only in some years (十三五, 十九大, 七五普法 …), for `era_marker`.
  public var eraMarkers: [EraMarkerSpec]
  /// Words that make a mention of a past era a look back rather than current use (收官, 期间, 总结验收 …).
  public var lookBackCues: [String]
  /// 空话: phrases true of any report (不足 and 原因 formulas, generic verbs); with `stockPhrases` and `slogans`, what
  /// `stock_phrase_only` discounts when asking whether a text says anything of its own.
  public var hollowPhrases: [String]
  /// 口号: pledges that name no action (再上新台阶, 以更实举措); `slogan_plans` looks for them in 下一年度主要安排.
  public var slogans: [String]
  /// Marks that hold a number's place when a counting unit follows them (X份, ……万元), for `placeholder`.
  public var placeholderFigures: [String]
  /// Words after 我 that start another word (我局限, 我市场监管部门) rather than name a body, for `self_reference`.
  public var selfReferenceExceptions: [String]
  /// The rank of the body a place's self-reference word names (省 1 … 镇 4), for `self_reference`.
  public var selfReferenceRanks: [String: Int]
  /// Openings of a 原因 that announce a cause without being one (主要原因是, 由于), first match wins.
  public var causeLeadIns: [String]
  /// Words that fix when a plan is to be done (年底前, 上半年), for `slogan_plans`.
  public var deadlineWords: [String]
  /// Clause openings that end the list of parts after 其中 (另, 此外), for the prose arithmetic checks.
  public var partListEnds: [String]
  /// Lookup tables, rebuilt whenever frameworks or indicators change; not part of the data.
  private(set) var index = CatalogIndex()

  public init(
    parts: [PartSpec], frameworks: [FrameworkSpec], indicators: [IndicatorSpec], relations: [RelationSpec],
    placeholders: [String], stockPhrases: [String], eraMarkers: [EraMarkerSpec] = [], lookBackCues: [String] = [],
    hollowPhrases: [String] = [], slogans: [String] = [], placeholderFigures: [String] = [],
    selfReferenceExceptions: [String] = [], selfReferenceRanks: [String: Int] = [:], causeLeadIns: [String] = [],
    deadlineWords: [String] = [], partListEnds: [String] = []
  ) {
    precondition(Catalog.partsProblem(parts) == nil, Catalog.partsProblem(parts) ?? "")
    self.parts = parts
    self.frameworks = frameworks
    self.indicators = indicators
    self.relations = relations
    self.placeholders = placeholders
    self.stockPhrases = stockPhrases
    self.eraMarkers = eraMarkers
    self.lookBackCues = lookBackCues
    self.hollowPhrases = hollowPhrases
    self.slogans = slogans
    self.placeholderFigures = placeholderFigures
    self.selfReferenceExceptions = selfReferenceExceptions
    self.selfReferenceRanks = selfReferenceRanks
    self.causeLeadIns = causeLeadIns
    self.deadlineWords = deadlineWords
    self.partListEnds = partListEnds
    reindex()
  }

  /// Why `parts` cannot be a catalog's parts (a `ReportPart` without an entry, or one with two), or nil.
  public static func partsProblem(_ parts: [PartSpec]) -> String? {
    let ids = parts.map(\.id)
    if let missing = ReportPart.allCases.first(where: { !ids.contains($0) }) {
      return "缺少法定部分 \(missing.rawValue)"
    }
    if let twice = ReportPart.allCases.first(where: { part in ids.filter { $0 == part }.count > 1 }) {
      return "法定部分 \(twice.rawValue) 出现了两次"
    }
    return nil
  }

  private mutating func reindex() {
    index = CatalogIndex(indicators: indicators, frameworks: frameworks)
  }

  enum CodingKeys: String, CodingKey {
    case parts, frameworks, indicators, relations, placeholders, stockPhrases, eraMarkers, lookBackCues, hollowPhrases
    case slogans
    case placeholderFigures, selfReferenceExceptions, selfReferenceRanks, causeLeadIns, deadlineWords, partListEnds
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let parts = try c.decode([PartSpec].self, forKey: .parts)
    if let problem = Catalog.partsProblem(parts) {
      throw DecodingError.dataCorruptedError(forKey: .parts, in: c, debugDescription: problem)
    }
    self.init(
      parts: parts,
      frameworks: try c.decode([FrameworkSpec].self, forKey: .frameworks),
      indicators: try c.decode([IndicatorSpec].self, forKey: .indicators),
      relations: try c.decode([RelationSpec].self, forKey: .relations),
      placeholders: try c.decode([String].self, forKey: .placeholders),
      stockPhrases: try c.decode([String].self, forKey: .stockPhrases),
      eraMarkers: try c.decodeIfPresent([EraMarkerSpec].self, forKey: .eraMarkers) ?? [],
      lookBackCues: try c.decodeIfPresent([String].self, forKey: .lookBackCues) ?? [],
      hollowPhrases: try c.decodeIfPresent([String].self, forKey: .hollowPhrases) ?? [],
      slogans: try c.decodeIfPresent([String].self, forKey: .slogans) ?? [],
      placeholderFigures: try c.decodeIfPresent([String].self, forKey: .placeholderFigures) ?? [],
      selfReferenceExceptions: try c.decodeIfPresent([String].self, forKey: .selfReferenceExceptions) ?? [],
      selfReferenceRanks: try c.decodeIfPresent([String: Int].self, forKey: .selfReferenceRanks) ?? [:],
      causeLeadIns: try c.decodeIfPresent([String].self, forKey: .causeLeadIns) ?? [],
      deadlineWords: try c.decodeIfPresent([String].self, forKey: .deadlineWords) ?? [],
      partListEnds: try c.decodeIfPresent([String].self, forKey: .partListEnds) ?? [])
  }

  public static func == (a: Catalog, b: Catalog) -> Bool {
    a.parts == b.parts && a.frameworks == b.frameworks && a.indicators == b.indicators && a.relations == b.relations
      && a.placeholders == b.placeholders && a.stockPhrases == b.stockPhrases && a.eraMarkers == b.eraMarkers
      && a.lookBackCues == b.lookBackCues && a.hollowPhrases == b.hollowPhrases && a.slogans == b.slogans && a.placeholderFigures == b.placeholderFigures
      && a.selfReferenceExceptions == b.selfReferenceExceptions && a.selfReferenceRanks == b.selfReferenceRanks
      && a.causeLeadIns == b.causeLeadIns && a.deadlineWords == b.deadlineWords && a.partListEnds == b.partListEnds
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(parts)
    hasher.combine(frameworks)
    hasher.combine(indicators)
    hasher.combine(relations)
    hasher.combine(placeholders)
    hasher.combine(stockPhrases)
    hasher.combine(eraMarkers)
    hasher.combine(lookBackCues)
    hasher.combine(hollowPhrases)
    hasher.combine(slogans)
    hasher.combine(placeholderFigures)
    hasher.combine(selfReferenceExceptions)
    hasher.combine(selfReferenceRanks)
    hasher.combine(causeLeadIns)
    hasher.combine(deadlineWords)
    hasher.combine(partListEnds)
  }
}
