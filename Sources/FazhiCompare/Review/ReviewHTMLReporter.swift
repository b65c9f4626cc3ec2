import Foundation
import FazhiCore

/// 审核页面：one self-contained HTML page — the overview table (sortable by a small inline script, no network),
/// a chart of the scores and of each headline indicator across units (inline SVG), and one section per unit with
/// its findings (file and line or 第N段), its reused sentences and its year-on-year table. All user text is escaped.
struct ReviewHTMLReporter {
  let catalog: Catalog

  func render(_ s: ReviewSummary) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <title>法治政府建设情况报告审核结果</title>
      <style>\(Self.style)</style></head><body>
      <h1>法治政府建设情况报告审核结果</h1>
      <p class="meta">材料：\(e(s.folder))\(s.lastFolder.map { "；上年材料：" + e($0) } ?? "")；共审核 \(s.units.count) 份，\
      跳过 \(s.skipped.filter { !$0.isReadError }.count) 个文件，\(s.skipped.filter(\.isReadError).count) 个无法读取。\
      得分满分 100，构成：法定部分 30、不足写明原因 10、校验问题 25、数据密度 15、原创程度 15、期限 5。</p>

      """
    html += overview(s) + charts(s) + defects(s) + skipped(s)
    html += "<h2>各单位详情</h2>\n" + s.units.enumerated().map { unitSection($1, rank: $0 + 1) }.joined()
    html += "<script>\(Self.sortScript)</script>\n</body></html>\n"
    return html
  }

  private func e(_ text: String) -> String { MarkupEscaping.escape(text) }

  private func overview(_ s: ReviewSummary) -> String {
    let headers = ["排名", "单位", "层级", "年度", "得分", "缺少部分", "错误", "警告", "数据密度", "重复率", "格式"]
    var rows = ""
    for (rank, u) in s.units.enumerated() {
      let name = u.jurisdiction.isEmpty ? "（主体未识别）" : u.jurisdiction
      let cells = [
        "\(rank + 1)", "<a href=\"#u\(rank + 1)\">\(e(name))</a>\(u.isDuplicate ? " <span class=\"bad\">重复提交</span>" : "")",
        e(u.level?.chineseName ?? ""), u.year.map(String.init) ?? "", ReviewText.number(u.score.total),
        e(u.partsMissing.map { catalog.part($0).key }.joined(separator: "、")), "\(u.errors)", "\(u.warnings)",
        ReviewText.number(u.density), u.reuseShare.map(ReviewText.percent) ?? "—", u.format,
      ]
      rows += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
    }
    let head = headers.enumerated().map { "<th data-col=\"\($0.offset)\" title=\"点击排序\">\($0.element)</th>" }.joined()
    return "<h2>总览</h2>\n<table id=\"overview\" class=\"sortable\"><thead><tr>\(head)</tr></thead><tbody>\n\(rows)</tbody></table>\n"
  }

  private func charts(_ s: ReviewSummary) -> String {
    var html = "<h2>得分分布</h2>\n" + barChart(s.units.map { ($0.jurisdiction.isEmpty ? $0.file : $0.jurisdiction, $0.score.total) }, maximum: 100, unit: "分")
    for spread in s.indicators {
      let values: [(String, Double)] = s.units.compactMap { u in
        u.headline.first { $0.id == spread.id }?.value.map { (u.jurisdiction.isEmpty ? u.file : u.jurisdiction, NSDecimalNumber(decimal: $0).doubleValue) }
      }
      html += "<h3>\(e(spread.label))：最小 \(spread.minimum)、中位数 \(spread.median)、最大 \(spread.maximum)"
      html += spread.outliers.isEmpty ? "" : "；<span class=\"bad\">异常：\(e(spread.outliers.joined(separator: "、")))</span>"
      html += "</h3>\n" + barChart(values, maximum: max(100, values.map(\.1).max() ?? 100), unit: "%")
    }
    return html
  }

  /// A horizontal bar chart as inline SVG, one bar per unit.
  private func barChart(_ values: [(String, Double)], maximum: Double, unit: String) -> String {
    let rowHeight = 18
    let width = 640.0
    let labelWidth = 160.0
    var svg = "<svg class=\"chart\" role=\"img\" width=\"\(Int(width))\" height=\"\(values.count * rowHeight + 4)\" xmlns=\"http://www.w3.org/2000/svg\">"
    for (i, (label, value)) in values.enumerated() {
      let y = i * rowHeight + 2
      let length = maximum > 0 ? (width - labelWidth - 60) * min(1, max(0, value / maximum)) : 0
      svg += "<text x=\"\(Int(labelWidth) - 4)\" y=\"\(y + 13)\" text-anchor=\"end\">\(e(String(label.prefix(12))))</text>"
      svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(y + 2)\" width=\"\(Int(length))\" height=\"\(rowHeight - 5)\"></rect>"
      svg += "<text x=\"\(Int(labelWidth + length) + 4)\" y=\"\(y + 13)\">\(ReviewText.number(value))\(unit)</text>"
    }
    return svg + "</svg>\n"
  }

  private func defects(_ s: ReviewSummary) -> String {
    guard !s.defects.isEmpty else { return "" }
    let rows = s.defects.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "<tr><td><code>\(e($0.key))</code></td><td>\($0.value)</td></tr>" }
    return "<h2>各类问题涉及的单位数</h2>\n<table><thead><tr><th>规则</th><th>单位数</th></tr></thead><tbody>\(rows.joined())</tbody></table>\n"
  }

  private func skipped(_ s: ReviewSummary) -> String {
    var html = ""
    if !s.skipped.isEmpty {
      html += "<h2>未审核的文件</h2>\n<ul>" + s.skipped.map { skip in
        "<li><b>\(e(skip.file))</b>：\(skip.isReadError ? "<span class=\"bad\">无法读取</span> " : "")\(e(skip.reason))</li>"
      }.joined() + "</ul>\n"
    }
    if !s.unpaired.isEmpty {
      html += "<p>上年材料中没有找到同一单位的报告：\(e(s.unpaired.joined(separator: "、")))</p>\n"
    }
    return html
  }

  private func unitSection(_ u: ReviewUnit, rank: Int) -> String {
    var html = "<section id=\"u\(rank)\"><h3>\(rank). \(e(u.jurisdiction.isEmpty ? "（主体未识别）" : u.jurisdiction))"
    html += " <small>\(e(u.file))（\(u.format)）</small></h3>\n<p>"
    html += u.score.components.map { "\($0.name) \(ReviewText.number($0.points))/\(ReviewText.number($0.maximum))" }.joined(separator: "，")
    html += "；合计 <b>\(ReviewText.number(u.score.total))</b>。字数 \(u.characters)，数据 \(u.figures) 处（每千字 \(ReviewText.number(u.density))）；"
    html += "不足 \(u.shortcomings) 条，写明原因 \(u.shortcomingsWithCause) 条；覆盖纲要领域 \(u.areasCovered.count)/\(u.areasInFramework)。"
    if !u.partsMissing.isEmpty { html += "<span class=\"bad\">缺少：\(e(u.partsMissing.map { catalog.part($0).key }.joined(separator: "、")))</span>" }
    if let deadline = u.deadline { html += "<br>期限：\(e(deadline))" }
    html += "</p>\n"
    if !u.topFindings.isEmpty {
      html += "<p>校验：\(u.errors) 个错误，\(u.warnings) 个警告，\(u.notes) 个提示。</p><ul class=\"findings\">"
      for finding in u.topFindings {
        html += "<li class=\"\(finding.severity.rawValue)\">\(e(Self.place(finding.location)))\(finding.severity.chineseName)："
        html += "\(e(finding.message)) <code>\(e(finding.ruleID))</code></li>"
      }
      html += "</ul>\n"
    }
    if let share = u.reuseShare {
      html += "<p>与上年（\(e(u.lastFile ?? ""))）相比：重复率 \(ReviewText.percent(share))，过时内容 \(u.staleReferences) 处。</p>"
      if !u.reuseExamples.isEmpty {
        html += "<ul class=\"reuse\">" + u.reuseExamples.map { "<li><mark>\(e($0))</mark></li>" }.joined() + "</ul>\n"
      }
    }
    let rows = u.headline.filter { $0.value != nil || $0.lastValue != nil }
    if !rows.isEmpty {
      html += "<table><thead><tr><th>指标</th><th>本年</th><th>上年</th><th>变化</th></tr></thead><tbody>"
      for row in rows {
        html += "<tr><td>\(e(row.label))</td><td>\(row.value.map { "\($0)%" } ?? "—")</td>"
        html += "<td>\(row.lastValue.map { "\($0)%" } ?? "—")</td><td>\(row.direction ?? "—")</td></tr>"
      }
      html += "</tbody></table>\n"
    }
    return html + "</section>\n"
  }

  /// `报告.docx 第12段` or `报告.txt:12:3`, as `extract` locates.
  static func place(_ location: TextLocation?) -> String {
    guard let location else { return "" }
    let file = (location.file as NSString).lastPathComponent
    if location.unit == .paragraph { return "\(file) 第\(location.line)段：" }
    return "\(file):\(location.line):\(location.column)："
  }

  static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:1200px}
    table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}
    th{background:#eef;cursor:pointer}.bad{color:#b00}.meta{color:#555}
    .chart text{font-size:12px}.chart rect{fill:#4a78c2}section{border-top:1px solid #ddd;margin-top:1em}
    li.error{color:#b00}li.warning{color:#a60}mark{background:#fde68a}
    """

  /// Sorts the overview by the clicked column, numerically when the cells are numbers; a second click reverses.
  static let sortScript = """
    document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
    var t=th.closest('table'),b=t.tBodies[0],c=+th.dataset.col,asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
    var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[c].innerText,d=y.cells[c].innerText,
    n=parseFloat(a),m=parseFloat(d);var r=(!isNaN(n)&&!isNaN(m))?n-m:a.localeCompare(d,'zh');return asc?r:-r;});
    rows.forEach(function(r){b.appendChild(r);});});});
    """
}
