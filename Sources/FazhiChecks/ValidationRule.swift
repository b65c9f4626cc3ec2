import FazhiCore
import FazhiInput

/// A validation rule over a decoded report.
public protocol ValidationRule: Sendable {
  static var description: RuleDescription { get }
  init()
  func validate(_ context: ValidationContext) -> [Diagnostic]
}

/// What a rule sees: the decoded report, where its values sit, the catalog and the run's options.
public struct ValidationContext: Sendable {
  public var loaded: LoadedReport
  public var report: Report
  public var catalog: Catalog
  public var options: ValidationOptions
  /// Text spans and prose mentions, derived once per file and shared by the rules that read them.
  let derived: DerivedText
  /// The catalog's placeholders and the scaffold's marker, prepared once for the rules that search every text.
  let placeholderMarkers: PlaceholderMarkers

  public init(loaded: LoadedReport, report: Report, catalog: Catalog, options: ValidationOptions) {
    self.init(
      loaded: loaded, report: report, catalog: catalog, options: options, proseFigures: nil,
      placeholderMarkers: PlaceholderMarkers(catalog))
  }

  /// `proseFigures` is the validator's finder (building one costs as much as reading a report), possibly still
  /// being built; nil builds one when a rule first asks for the prose mentions. `placeholderMarkers` are the
  /// validator's, made once for all its files.
  init(
    loaded: LoadedReport, report: Report, catalog: Catalog, options: ValidationOptions,
    proseFigures: Pending<ProseFigures>?, placeholderMarkers: PlaceholderMarkers
  ) {
    self.loaded = loaded
    self.report = report
    self.catalog = catalog
    self.options = options
    self.derived = DerivedText(proseFigures: proseFigures)
    self.placeholderMarkers = placeholderMarkers
  }

  public var file: String { loaded.file }
  public var positions: PositionMap { loaded.positions }

  /// A finding of `rule` at `location` (the file start when nil).
  public func diagnostic(
    _ rule: RuleDescription, at location: TextLocation?, _ message: String, notes: [String] = [],
    severity: Severity? = nil
  ) -> Diagnostic {
    Diagnostic(
      ruleID: rule.identifier, severity: severity ?? rule.severity, location: location ?? positions.start,
      message: message, notes: notes)
  }
}

/// Options of a validation run.
public struct ValidationOptions: Sendable {
  /// Last year's report (`--last`), for the stated-growth check.
  public var lastYear: Report?

  public init(lastYear: Report? = nil) {
    self.lastYear = lastYear
  }
}
