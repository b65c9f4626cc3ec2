import Foundation
import FazhiCore
import FazhiInput

/// Runs every registered rule over a loaded report and returns the findings sorted by position.
public struct Validator: Sendable {
  public let catalog: Catalog
  public let rules: [any ValidationRule]
  /// Threads that share the rules of one file. One file checked on its own leaves a core idle when the rules
  /// run one after another; a batch keeps the cores busy with files instead (`Batch`), and then this is 1.
  public let ruleThreads: Int
  /// Built once, on another core while the caller reads the report: its indicator matcher indexes the whole
  /// catalog, which takes about as long as decoding a report.
  let proseFigures: Pending<ProseFigures>
  let placeholderMarkers: PlaceholderMarkers

  /// Threads for the rules of each file when `files` files are checked in one run: every core for a file checked
  /// alone, one when the files of a batch keep the cores busy.
  public static func ruleThreads(checking files: Int) -> Int {
    files == 1 ? Batch.defaultWidth : 1
  }

  public init(catalog: Catalog, rules: [any ValidationRule] = RuleRegistry.rules, ruleThreads: Int = 1) {
    self.catalog = catalog
    self.rules = rules
    self.ruleThreads = ruleThreads
    self.proseFigures = Pending { ProseFigures(catalog: catalog) }
    self.placeholderMarkers = PlaceholderMarkers(catalog)
  }

  /// Loader findings plus every rule's findings (rules run only when the file decoded). The same findings in the
  /// same order whatever `ruleThreads` is: they are collected in the rules' order, then sorted.
  public func validate(_ loaded: LoadedReport, options: ValidationOptions = ValidationOptions()) -> [Diagnostic] {
    var findings = loaded.diagnostics
    if let report = loaded.report {
      let context = ValidationContext(
        loaded: loaded, report: report, catalog: catalog, options: options, proseFigures: proseFigures,
        placeholderMarkers: placeholderMarkers)
      let rules = rules
      Batch.run(count: rules.count, width: ruleThreads) { index in
        rules[index].validate(context)
      } consume: { _, found in
        findings += found
      }
    }
    return findings.sorted()
  }
}
