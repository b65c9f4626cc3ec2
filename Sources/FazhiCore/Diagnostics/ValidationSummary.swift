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
