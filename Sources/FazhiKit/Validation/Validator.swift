import Foundation

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

/// The outcome of validating files: counts and the exit status, decided at the edge.
public struct ValidationSummary: Sendable, Hashable {
  public var files: Int
  public var errors: Int
  public var warnings: Int
  public var notes: Int

  public init(diagnostics: [Diagnostic], files: Int) {
    self.files = files
    errors = diagnostics.filter { $0.severity == .error }.count
    warnings = diagnostics.filter { $0.severity == .warning }.count
    notes = diagnostics.filter { $0.severity == .note }.count
  }

  /// 0 clean, 1 errors (or warnings under strict).
  public func exitCode(strict: Bool) -> Int32 {
    errors > 0 || (strict && warnings > 0) ? 1 : 0
  }

  /// `检查了 1 个文件：2 个错误，1 个警告`.
  public var chinese: String {
    if errors == 0 && warnings == 0 && notes == 0 { return "检查了 \(files) 个文件：未发现问题" }
    var parts = ["\(errors) 个错误", "\(warnings) 个警告"]
    if notes > 0 { parts.append("\(notes) 个提示") }
    return "检查了 \(files) 个文件：" + parts.joined(separator: "，")
  }
}
