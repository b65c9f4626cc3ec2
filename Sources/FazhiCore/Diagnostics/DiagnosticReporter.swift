import Foundation

/// Formats findings for people (GCC style) and machines (JSON).
public enum DiagnosticReporter {
  /// `file:line:col: error: message [rule_id]`, notes indented below. Control characters quoted from the data
  /// are shown escaped (`TerminalText`), never sent to the terminal.
  public static func text(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for d in diagnostics {
      let location = d.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
      out += "\(location)\(d.severity.rawValue): \(d.message) [\(d.ruleID)]\n"
      for note in d.notes { out += "    \(note)\n" }
    }
    return TerminalText.escaped(out)
  }

  /// `{"diagnostics": [...], "summary": {...}}` with English keys.
  public static func json(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
    (try? JSONOutput.text(JSONReport(diagnostics: diagnostics, summary: summary))) ?? "{}\n"
  }

  /// The shape of `json`: a finding's location flattened into `file`, `line` and `column`, absent when it has none.
  private struct JSONReport: Encodable {
    struct Finding: Encodable {
      var rule: String
      var severity: String
      var message: String
      var notes: [String]
      var file: String?
      var line: Int?
      var column: Int?
    }
    struct Summary: Encodable {
      var files: Int
      var errors: Int
      var warnings: Int
      var notes: Int
    }
    var diagnostics: [Finding]
    var summary: Summary

    init(diagnostics: [Diagnostic], summary: ValidationSummary) {
      self.diagnostics = diagnostics.map {
        Finding(
          rule: $0.ruleID, severity: $0.severity.rawValue, message: $0.message, notes: $0.notes,
          file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
      }
      self.summary = Summary(
        files: summary.files, errors: summary.errors, warnings: summary.warnings, notes: summary.notes)
    }
  }
}
