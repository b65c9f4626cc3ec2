import FazhiCore
import Foundation

/// HTML：one standalone page — summary, the figures table, an inline SVG chart of the largest changes and the two
/// years side by side with reused passages highlighted. No scripts, no external requests; every piece of report
/// text is escaped.
public struct ComparisonHTMLReporter: ComparisonReporter {
  /// Bars in the chart.
  public var chartLimit: Int

  public init(chartLimit: Int = 12) {
    self.chartLimit = chartLimit
  }

  /// Escapes text for element content and quoted attributes.
  public static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

  public func render(_ c: ReportComparison) -> String {
    let sections = ComparisonSections(c)
    var h = page(sections.header)
    h += summary(sections)
    h += coverage(sections.coverage)
    h += figures(sections.figures)
    h += notes(sections.stale, sections.plans)
    h += sideBySide(sections.sideBySide)
    h.append("<footer>由 fazhi diff 生成</footer></body></html>")
    return h.joined(separator: "\n") + "\n"
  }

  /// The document head, the title and the two files.
  func page(_ header: ComparisonSections.Header) -> [String] {
    let e = Self.escape
    let (this, last) = (header.this, header.last)
    var h = ["<!DOCTYPE html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"]
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    h.append("<title>年度对比：\(e(this.title))</title>")
    h.append("<style>\(Self.css)</style></head><body>")
    h.append("<h1>年度对比：\(e(this.jurisdiction)) \(this.year)年 ↔ \(e(last.jurisdiction)) \(last.year)年</h1>")
    h.append(
      "<p class=\"files\">本年度：\(e(this.shownName))（\(this.characters)字）　上年度：\(e(last.shownName))（\(last.characters)字）</p>"
    )
    for w in header.warnings { h.append("<p class=\"warning\">警告：\(e(w.message))</p>") }
    return h
  }

  /// The headline counts of every section, and how reuse, items and swings were judged.
  func summary(_ s: ComparisonSections) -> [String] {
    let r = s.reuse
    func stat(_ value: String, _ label: String) -> String {
      "<div class=\"stat\"><b>\(value)</b><span>\(label)</span></div>"
    }
    return [
      "<section class=\"summary\">",
      stat(r.share, "重复文字占比（\(r.reusedCharacters)/\(r.totalCharacters)字）"),
      stat("\(s.coverage.droppedSectionCount)", "缺失的部分和领域"),
      stat("\(s.coverage.droppedItems.count)", "缺失的事项"),
      stat("\(s.figures.missingIndicators.count)", "本年缺失的指标"),
      stat("\(s.stale.entries.count)", "过时内容"),
      "</section>",
      "<p class=\"method\">重复判定：\(r.shingleSize)字片段哈希，包含度 ≥ \(r.threshold)，套话不计（本年\(r.stockPhraseOccurrences)处）；事项标题匹配：字符二元组 Dice ≥ \(s.coverage.itemTitleThreshold)；指标波动阈值 \(s.figures.swingThreshold)%。</p>",
    ]
  }

  func coverage(_ cov: ComparisonSections.Coverage) -> [String] {
    let e = Self.escape
    var h = ["<h2>\(ComparisonSections.Coverage.heading.title)</h2><ul class=\"coverage\">"]
    for s in cov.changedSections {
      h.append("<li class=\"\(s.status.rawValue)\">\(s.status.chineseName)：\(e(s.title))</li>")
    }
    for i in cov.droppedItems { h.append("<li class=\"dropped\">缺失事项：\(e(i.title))</li>") }
    for i in cov.addedItems { h.append("<li class=\"added\">新增事项：\(e(i.title))</li>") }
    h.append("</ul>")
    return h
  }

  /// The chart and one table of indicators and other figures.
  func figures(_ f: ComparisonSections.Figures) -> [String] {
    let e = Self.escape
    var h = ["<h2>\(ComparisonSections.Figures.heading.title)</h2>", chart(f)]
    h.append(
      "<table class=\"figures\"><thead><tr><th>指标</th><th>上年</th><th>本年</th><th>增减</th><th>增幅</th><th>评价</th></tr></thead><tbody>"
    )
    for i in f.indicators {
      let cls = [i.assessment.rawValue, i.status.rawValue, i.isSwing ? "swing" : ""].filter { !$0.isEmpty }.joined(
        separator: " ")
      h.append(
        "<tr class=\"\(cls)\"><td>\(e(i.label))</td><td>\(e(i.last))</td><td>\(e(i.this))</td><td>\(e(i.change))</td><td>\(e(i.percent))\(i.isSwing ? " ⚠" : "")</td><td>\(e(i.assessmentName))</td></tr>"
      )
    }
    for m in f.facts {
      h.append(
        "<tr class=\"fact\(m.isSwing ? " swing" : "")\"><td>\(e(m.thisLabel))<small>（上年：\(e(m.lastLabel))，相似度 \(m.score)）</small></td><td>\(e(m.last))</td><td>\(e(m.this))</td><td>\(e(m.change))</td><td>\(e(m.percent))\(m.isSwing ? " ⚠" : "")</td><td>其他数字</td></tr>"
      )
    }
    h.append("</tbody></table>")
    return h
  }

  /// Stale text and last year's plans in one list, shown only when there is either.
  func notes(_ stale: ComparisonSections.Stale, _ plans: ComparisonSections.Plans) -> [String] {
    guard !stale.entries.isEmpty || !plans.entries.isEmpty else { return [] }
    let e = Self.escape
    var h = ["<h2>\(ComparisonSections.Stale.heading.title)与上年安排</h2><ul class=\"notes\">"]
    for s in stale.entries { h.append("<li class=\"stale\">\(e(s.place))：\(e(s.message))</li>") }
    for p in plans.entries {
      h.append(
        "<li class=\"\(p.status.rawValue)\">\(e(p.status.chineseName))：上年「\(e(p.plan))」→ 本年「\(e(p.achievement))」</li>"
      )
    }
    h.append("</ul>")
    return h
  }

  /// 正文对照：the two years' text in two columns, highlighted passages linked to last year's.
  func sideBySide(_ s: ComparisonSections.SideBySide) -> [String] {
    [
      "<h2>正文对照</h2>",
      "<p class=\"legend\"><mark class=\"identical\">完全相同</mark> <mark class=\"near\">高度相似</mark> <mark class=\"plan_restated\">照搬去年安排</mark> <mark class=\"fulfilled\">实现了去年安排</mark> <mark class=\"stale\">过时内容</mark></p>",
      "<div class=\"sides\">",
      column(s.this, title: "本年度（\(s.this.year)年）", prefix: "t"),
      column(s.last, title: "上年度（\(s.last.year)年）", prefix: "l"),
      "</div>",
    ]
  }

  func column(_ side: ComparisonSections.SentenceColumn, title: String, prefix: String) -> String {
    let e = Self.escape
    var h = ["<div class=\"side\"><h3>\(e(title))</h3>"]
    var section: String?
    var paragraph: Int?
    for s in side.sentences {
      if s.section != section {
        if paragraph != nil { h.append("</p>") }
        h.append("<h4>\(e(s.section))</h4>")
        section = s.section
        paragraph = nil
      }
      if s.paragraph != paragraph {
        if paragraph != nil { h.append("</p>") }
        h.append("<p>")
        paragraph = s.paragraph
      }
      if let cls = side.marks[s.id] {
        // A highlighted sentence names its file:line:col, as the other formats do, so it can be found in the YAML.
        let place = s.location.map { "<small class=\"place\">\(e($0.description))</small>" } ?? ""
        let target = side.links[s.id].map { " <a href=\"#l\($0)\">↗</a>" } ?? ""
        h.append("<mark class=\"\(cls)\" id=\"\(prefix)\(s.id)\">\(e(s.text))</mark>\(place)\(target)")
      } else {
        h.append("<span id=\"\(prefix)\(s.id)\">\(e(s.text))</span>")
      }
    }
    if paragraph != nil { h.append("</p>") }
    h.append("</div>")
    return h.joined()
  }

  /// Horizontal bars of the largest percentage changes, centred on zero, coloured by assessment.
  func chart(_ f: ComparisonSections.Figures) -> String {
    let e = Self.escape
    let bars = f.largestChanges(limit: chartLimit)
    guard !bars.isEmpty else { return "<p class=\"method\">没有两年都填写的可比指标，无法绘制同比图。</p>" }
    let maxAbs = max(bars.map { abs($0.percent) }.max() ?? 1, 1)
    let width = 900.0
    let labelWidth = 260.0
    let half = (width - labelWidth - 80) / 2
    let zero = labelWidth + half
    let rowHeight = 26.0
    let height = Double(bars.count) * rowHeight + 30
    var s = [
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"同比变化最大的指标\">"
    ]
    s.append("<line x1=\"\(zero)\" y1=\"0\" x2=\"\(zero)\" y2=\"\(height - 20)\" stroke=\"#888\"/>")
    for (n, bar) in bars.enumerated() {
      let y = Double(n) * rowHeight + 4
      let length = abs(bar.percent) / maxAbs * half
      let x = bar.percent >= 0 ? zero : zero - length
      s.append("<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(bar.label))</text>")
      s.append(
        "<rect class=\"\(bar.tone)\" x=\"\(String(format: "%.1f", x))\" y=\"\(y)\" width=\"\(String(format: "%.1f", max(length, 1)))\" height=\"18\"/>"
      )
      let tx = bar.percent >= 0 ? zero + length + 4 : zero - length - 4
      s.append(
        "<text x=\"\(String(format: "%.1f", tx))\" y=\"\(y + 15)\" text-anchor=\"\(bar.percent >= 0 ? "start" : "end")\">\(e(ComparisonFormatting.percent(Decimal(bar.percent))))</text>"
      )
    }
    s.append(
      "<text x=\"\(zero)\" y=\"\(height - 4)\" text-anchor=\"middle\" class=\"axis\">0%（同比增幅，按绝对值取前\(bars.count)项）</text>"
    )
    s.append("</svg>")
    return s.joined()
  }

  static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;line-height:1.6}
    h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;margin-top:28px}h3{font-size:16px}h4{font-size:14px;color:#555;margin:12px 0 4px}
    .files,.method,footer{color:#666;font-size:13px}.warning{color:#a60;font-weight:bold}
    .summary{display:flex;gap:16px;flex-wrap:wrap}.stat{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:130px}
    .stat b{display:block;font-size:24px}.stat span{font-size:12px;color:#666}
    .coverage li.dropped{color:#b00}.coverage li.added{color:#070}
    table.figures{border-collapse:collapse;font-size:13px;margin-top:10px}table.figures td,table.figures th{border:1px solid #ddd;padding:3px 8px;text-align:right}
    table.figures td:first-child,table.figures th:first-child{text-align:left}table.figures small{color:#777}
    tr.worse td:last-child{color:#b00;font-weight:bold}tr.better td:last-child{color:#070;font-weight:bold}tr.missing{background:#fee}tr.swing td:nth-child(5){background:#ffe8a0}
    svg.chart{font-size:12px;display:block;margin:8px 0}svg .better{fill:#3a9a4a}svg .worse{fill:#c83232}svg .neutral,svg .unchanged,svg .not_comparable{fill:#5a7fbf}svg .axis{fill:#666}
    .sides{display:grid;grid-template-columns:1fr 1fr;gap:20px}.side{border:1px solid #ddd;border-radius:6px;padding:4px 14px;font-size:14px}
    mark{padding:0 1px}mark.identical{background:#ffb3b3}mark.near{background:#ffd9a6}mark.plan_restated{background:#e3c4ff}mark.fulfilled{background:#c6f0c6}mark.stale{background:#fff08a}
    a{text-decoration:none;font-size:11px}small.place{color:#888;font-size:11px;margin-left:2px}
    """
}
