import Foundation
import FazhiCore
import FazhiInput

/// Runs every registered rule over a loaded report and returns the findings sorted by position.
public struct Validator: Sendable {
  public let catalog: Catalog
  public let rules: [any ValidationRule]
  /// Built once: its indicator matcher indexes the whole catalog.
  let proseFigures: ProseFigures

  public init(catalog: Catalog, rules: [any ValidationRule] = RuleRegistry.rules) {
    self.catalog = catalog
    self.rules = rules
    self.proseFigures = ProseFigures(catalog: catalog)
  }

  /// Loader findings plus every rule's findings (rules run only when the file decoded).
  public func validate(_ loaded: LoadedReport, options: ValidationOptions = ValidationOptions()) -> [Diagnostic] {
    var findings = loaded.diagnostics
    if let report = loaded.report {
      let context = ValidationContext(
        loaded: loaded, report: report, catalog: catalog, options: options, proseFigures: proseFigures)
      for rule in rules {
        findings += rule.validate(context)
      }
    }
    return findings.sorted()
  }
}
