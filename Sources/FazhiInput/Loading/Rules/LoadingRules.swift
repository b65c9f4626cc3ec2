import FazhiCore

/// Findings made while reading the file (syntax, types, keys, values). Each rule lives in this folder with its
/// messages; these descriptions document them for `fazhi rules` and feed the same example tests as every other rule.
package enum LoadingRules {
  /// The two keys every example starts with.
  static let header = "年度: 2025\n报告主体: 示例县\n"

  /// In the order `fazhi rules` lists them.
  package static let descriptions: [RuleDescription] = [
    YAMLSyntaxRule.description,
    TabIndentRule.description,
    FullwidthSpaceRule.description,
    FullwidthColonRule.description,
    ColonSpaceRule.description,
    DuplicateKeyRule.description,
    NotMappingRule.description,
    AnchorRule.description,
    EmptyFileRule.description,
    WrongTypeRule.description,
    UnknownKeyRule.description,
    MissingMetadataRule.description,
    InvalidValueRule.description,
    InvalidDateRule.description,
    DateFormatRule.description,
    FullwidthDigitsRule.description,
    NumberFormatRule.description,
    IndicatorValueRule.description,
    IndicatorUnitRule.description,
    RateWithoutPercentRule.description,
    UnknownIndicatorRule.description,
    DuplicateIndicatorRule.description,
    CustomAreaRule.description,
    MissingFieldRule.description,
    IndicatorAliasRule.description,
    CustomIsCatalogRule.description,
    CustomIndicatorUnitRule.description,
  ]
}
