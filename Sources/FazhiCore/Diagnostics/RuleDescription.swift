/// 规则说明：a rule's registry entry, its documentation (`fazhi rules`) and its test data in one value.
public struct RuleDescription: Sendable, Hashable {
  /// ASCII snake_case, never changes.
  public var identifier: String
  /// Short Chinese name.
  public var name: String
  public var severity: Severity
  /// The severity of the rule's findings in prose, when it differs: a number badly written in the text is a
  /// warning (it must not block a draft) while the same in a data value is an error.
  public var proseSeverity: Severity?
  /// What the rule checks and why, in Chinese.
  public var description: String
  /// YAML documents the rule accepts.
  public var passingExamples: [String]
  /// YAML documents the rule flags; `↓` marks each expected position (the character after it).
  public var failingExamples: [String]
  /// Last year's data the examples are checked against (`validate --last`), for rules that compare years.
  public var lastYearExample: String?

  public init(
    identifier: String, name: String, severity: Severity, description: String, passingExamples: [String] = [],
    failingExamples: [String] = [], lastYearExample: String? = nil, proseSeverity: Severity? = nil
  ) {
    self.identifier = identifier
    self.name = name
    self.severity = severity
    self.description = description
    self.passingExamples = passingExamples
    self.failingExamples = failingExamples
    self.lastYearExample = lastYearExample
    self.proseSeverity = proseSeverity
  }
}


extension Diagnostic {
  /// A finding of `rule` with the rule's severity unless `severity` says otherwise.
  package init(
    _ rule: RuleDescription, at location: TextLocation?, _ message: String, notes: [String] = [], severity: Severity? = nil
  ) {
    self.init(ruleID: rule.identifier, severity: severity ?? rule.severity, location: location, message: message, notes: notes)
  }
}
