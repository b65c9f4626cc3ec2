import FazhiCore

/// A report file read from disk: the decoded report (when the YAML could be read), where every value sits,
/// and the findings made while reading it (syntax, types, unknown keys).
public struct LoadedReport: Sendable {
  /// The path as given by the user (used in every location).
  public var file: String
  /// The file text (BOM removed).
  public var text: String
  /// Nil when the file is not a usable YAML mapping.
  public var report: Report?
  public var positions: PositionMap
  /// Findings from reading the file (rule ids `yaml_*`, `wrong_type`, `unknown_key` …).
  public var diagnostics: [Diagnostic]
  /// Paths of values that still hold a scaffold placeholder (not decoded into the report).
  public var placeholderPaths: [String]

  public init(
    file: String, text: String, report: Report?, positions: PositionMap, diagnostics: [Diagnostic],
    placeholderPaths: [String] = []
  ) {
    self.file = file
    self.text = text
    self.report = report
    self.positions = positions
    self.diagnostics = diagnostics
    self.placeholderPaths = placeholderPaths
  }
}
