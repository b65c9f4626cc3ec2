import FazhiCore
import FazhiInput

/// Every rule fazhi runs, in one place (a test checks every rule file is listed and ids are unique).
public enum RuleRegistry {
  public static let rules: [any ValidationRule] = ruleTypes.map { $0.init() }

  static let ruleTypes: [any ValidationRule.Type] = [
    MissingPartRule.self,
    ShortcomingWithoutCauseRule.self,
    AreaCoverageRule.self,
    DuplicateHeadingRule.self,
    ManualNumberingRule.self,
    PlaceholderRule.self,
    StaleYearRule.self,
    IndicatorRelationRule.self,
    RateRangeRule.self,
    DeadlineRule.self,
    DateOrderRule.self,
    ImpossibleDateRule.self,
    EraMarkerRule.self,
    JurisdictionMismatchRule.self,
    SelfReferenceRule.self,
    DepartmentIssuerRule.self,
    DepartmentRecipientsRule.self,
    TextFigureMismatchRule.self,
    FigureNotInIndicatorsRule.self,
    StatedGrowthRule.self,
    EmptyItemRule.self,
    AreaWithoutFigureRule.self,
    ReportTooShortRule.self,
    StockPhraseOnlyRule.self,
    SloganPlansRule.self,
    FirstResponsibleBriefRule.self,
    DuplicateTextRule.self,
    ProseNumberRule.self,
    HalfwidthPunctuationRule.self,
    PartExceedsTotalRule.self,
    RemainderMismatchRule.self,
    ShareMismatchRule.self,
    RateChangeUnitRule.self,
  ]

  /// Descriptions of every finding fazhi can make: loading checks first, then the rules. A rule that carries a
  /// load-time check into the prose (`ProseNumberRule` is `number_format`) shares its description, listed once.
  public static var descriptions: [RuleDescription] {
    let loading = LoadingRules.descriptions
    return loading + ruleTypes.map { $0.description }.filter { !loading.contains($0) }
  }
}
