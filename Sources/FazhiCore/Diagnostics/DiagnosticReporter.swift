import Foundation

/// Formats findings for people (GCC style) and machines (JSON).
public enum DiagnosticReporter {
  /// `file:line:col: error: message [rule_id]`, notes indented below.
  public static func text(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for d in diagnostics {
      let location = d.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
      out += "\(location)\(d.severity.rawValue): \(d.message) [\(d.ruleID)]\n"
      for note in d.notes { out += "    \(note)\n" }
    }
    return out
  }

  /// `{"diagnostics": [...], "summary": {...}}` with English keys.
  public static func json(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
    let items: [[String: Any]] = diagnostics.map { d in
      var item: [String: Any] = [
        "rule": d.ruleID, "severity": d.severity.rawValue, "message": d.message, "notes": d.notes,
      ]
      if let l = d.location {
        item["file"] = l.file
        item["line"] = l.line
        item["column"] = l.column
      }
      return item
    }
    let object: [String: Any] = [
      "diagnostics": items,
      "summary": [
        "files": summary.files, "errors": summary.errors, "warnings": summary.warnings, "notes": summary.notes,
      ],
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
