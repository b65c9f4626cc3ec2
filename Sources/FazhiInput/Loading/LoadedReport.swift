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
  /// Content left out of `report` because of an error finding: a draft made anyway must say it is missing.
  public var omissions: [Omission] = []

  /// 未写入：a value the decoder could not take into the report, where it is and what it is.
  public struct Omission: Sendable, Hashable {
    public var location: TextLocation
    /// What is missing, in Chinese (「导言」及其内容, 「主要举措和成效[0].事项[1]」, 指标「行政复议受理」).
    public var what: String
    /// The data path of the value left out (`存在的不足和原因[0].不足`); nil for an unknown key, which belongs to no
    /// part of the report.
    public var path: String?

    /// True when the value left out is the one at `path` or lies under it.
    public func isAt(orUnder path: String) -> Bool {
      guard let own = self.path else { return false }
      return own == path || own.hasPrefix(path + ".") || own.hasPrefix(path + "[")
    }
  }

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
