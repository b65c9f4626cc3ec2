import Foundation
import FazhiCore

/// 审核结果的输出格式.
public enum ReviewFormat: String, Sendable, CaseIterable {
  case html, csv, json, text

  public func render(_ summary: ReviewSummary, catalog: Catalog) throws -> Data {
    switch self {
    case .html: Data(ReviewHTMLReporter(catalog: catalog).render(summary).utf8)
    case .csv: ReviewCSVReporter(catalog: catalog).render(summary)
    case .json: try ReviewJSONReporter.render(summary)
    case .text: Data(ReviewTextReporter(catalog: catalog).render(summary).utf8)
    }
  }

  /// The format a file name asks for (`审核结果.html`), nil when its extension names none.
  public init?(fileName: String) {
    switch (fileName as NSString).pathExtension.lowercased() {
    case "html", "htm": self = .html
    case "csv": self = .csv
    case "json": self = .json
    case "txt": self = .text
    default: return nil
    }
  }
}

/// JSON: the summary as it is (documented in README), through fazhi's one JSON writer.
enum ReviewJSONReporter {
  static func render(_ summary: ReviewSummary) throws -> Data {
    Data(try JSONOutput.text(summary).utf8)
  }
}

/// CSV for Excel: UTF-8 with BOM (so Excel on Windows shows Chinese), one row per unit, stable column names.
/// A cell that begins with = + - @ (or a tab / carriage return) is prefixed with ' so Excel never runs it.
struct ReviewCSVReporter {
  let catalog: Catalog

  static let columns = [
    "排名", "文件", "报告主体", "层级", "年度", "格式", "得分", "缺少部分", "不足数", "写明原因数", "覆盖领域数", "纲要领域数", "错误", "警告", "提示",
    "期限", "字数", "数据数", "数据密度", "上年文件", "重复率", "过时内容", "重复提交",
  ]

  func render(_ summary: ReviewSummary) -> Data {
    var rows = [Self.columns + UnitReviewer.headlineIndicators.flatMap { id in
      let label = catalog.indicator(id: id)?.label ?? id
      return [label, "上年" + label]
    }]
    for (rank, unit) in summary.units.enumerated() {
      rows.append(row(unit, rank: rank + 1))
    }
    let text = rows.map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
  }

  private func row(_ unit: ReviewUnit, rank: Int) -> [String] {
    let missing: String = unit.partsMissing.map { catalog.part($0).key }.joined(separator: "；")
    var row: [String] = [String(rank), unit.file, unit.jurisdiction, unit.level?.chineseName ?? ""]
    row += [unit.year.map(String.init) ?? "", unit.format, ReviewText.number(unit.score.total), missing]
    row += [String(unit.shortcomings), String(unit.shortcomingsWithCause), String(unit.areasCovered.count)]
    row += [String(unit.areasInFramework), String(unit.errors), String(unit.warnings), String(unit.notes)]
    row += [unit.deadline ?? "", String(unit.characters), String(unit.figures), ReviewText.number(unit.density)]
    row += [unit.lastFile ?? "", unit.reuseShare.map(ReviewText.percent) ?? "", String(unit.staleReferences)]
    row.append(unit.isDuplicate ? "是" : "")
    for id in UnitReviewer.headlineIndicators {
      let value: HeadlineValue? = unit.headline.first { $0.id == id }
      let this: String = value?.value.map { "\($0)" } ?? ""
      let last: String = value?.lastValue.map { "\($0)" } ?? ""
      row += [this, last]
    }
    return row
  }

  /// One CSV cell: formula characters defused, quoted when it holds a comma, quote or line break.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Numbers as the reports show them.
enum ReviewText {
  static func number(_ value: Double) -> String { String(format: "%.1f", value) }
  static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

  /// User text for a terminal: control characters (ESC sequences among them) shown escaped, never sent raw.
  static func terminalSafe(_ text: String) -> String { TerminalText.escaped(text) }
}
