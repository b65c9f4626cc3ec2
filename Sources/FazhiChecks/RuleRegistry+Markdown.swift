import FazhiCore

/// The rule table of README.md (`fazhi rules --format markdown`); a test fails when the committed copy is stale.
extension RuleRegistry {
  /// One row per finding fazhi can make, in registry order: id, severity, name, description.
  public static func markdownTable(_ descriptions: [RuleDescription] = descriptions) -> String {
    var lines = ["| 规则 | 级别 | 名称 | 说明 |", "| --- | --- | --- | --- |"]
    for rule in descriptions {
      let severity = rule.proseSeverity.map { "\(rule.severity.rawValue)（正文中 \($0.rawValue)）" } ?? rule.severity.rawValue
      let cells = ["`\(rule.identifier)`", severity, rule.name, rule.description].map(markdownCell)
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A table cell: a pipe would end the cell and a line break the row.
  public static func markdownCell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
