import Foundation
import FazhiCore

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
    let e = Self.escape
    var h: [String] = []
    h.append("<!DOCTYPE html>")
    h.append("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    h.append("<title>年度对比：\(e(c.this.title))</title>")
    h.append("<style>\(Self.css)</style></head><body>")
    h.append("<h1>年度对比：\(e(c.this.jurisdiction)) \(c.this.year)年 ↔ \(e(c.last.jurisdiction)) \(c.last.year)年</h1>")
    h.append(
      "<p class=\"files\">本年度：\(e(c.this.file ?? c.this.title))（\(c.this.characters)字）　上年度：\(e(c.last.file ?? c.last.title))（\(c.last.characters)字）</p>"
    )
    for w in c.warnings { h.append("<p class=\"warning\">警告：\(e(w.message))</p>") }

    let r = c.reuse
    h.append("<section class=\"summary\">")
    h.append(
      "<div class=\"stat\"><b>\(ComparisonFormatting.share(r.share))</b><span>重复文字占比（\(r.reusedCharacters)/\(r.totalCharacters)字）</span></div>"
    )
    h.append(
      "<div class=\"stat\"><b>\(c.coverage.droppedParts.count + c.coverage.droppedAreas.count)</b><span>缺失的部分和领域</span></div>"
    )
    h.append("<div class=\"stat\"><b>\(c.coverage.droppedItems.count)</b><span>缺失的事项</span></div>")
    h.append("<div class=\"stat\"><b>\(c.missingIndicators.count)</b><span>本年缺失的指标</span></div>")
    h.append("<div class=\"stat\"><b>\(c.staleReferences.count)</b><span>过时内容</span></div>")
    h.append("</section>")
    h.append(
      "<p class=\"method\">重复判定：\(r.shingleSize)字片段哈希，包含度 ≥ \(ComparisonFormatting.score(r.threshold))，套话不计（本年\(r.stockPhraseOccurrences)处）；事项标题匹配：字符二元组 Dice ≥ \(ComparisonFormatting.score(c.options.itemTitleThreshold))；指标波动阈值 \(Int(c.options.swingThreshold))%。</p>"
    )

    h.append("<h2>部分、领域和事项</h2><ul class=\"coverage\">")
    for s in c.coverage.parts + c.coverage.areas where s.status != .kept {
      h.append("<li class=\"\(s.status.rawValue)\">\(s.status.chineseName)：\(e(s.title))</li>")
    }
    for i in c.coverage.droppedItems { h.append("<li class=\"dropped\">缺失事项：\(e(i.title))</li>") }
    for i in c.coverage.addedItems { h.append("<li class=\"added\">新增事项：\(e(i.title))</li>") }
    h.append("</ul>")

    h.append("<h2>指标同比</h2>")
    h.append(chart(c))
    h.append(
      "<table class=\"figures\"><thead><tr><th>指标</th><th>上年</th><th>本年</th><th>增减</th><th>增幅</th><th>评价</th></tr></thead><tbody>"
    )
    for i in c.indicators {
      let cls = [i.assessment.rawValue, i.status.rawValue, i.isSwing ? "swing" : ""].filter { !$0.isEmpty }.joined(
        separator: " ")
      h.append(
        "<tr class=\"\(cls)\"><td>\(e(i.label))</td><td>\(e(ComparisonFormatting.quantity(i.last, unit: i.unit)))</td><td>\(e(ComparisonFormatting.quantity(i.this, unit: i.unit)))</td><td>\(e(ComparisonFormatting.change(i.change, unit: i.unit, approximate: i.isApproximate)))</td><td>\(e(ComparisonFormatting.percent(i.percentChange)))\(i.isSwing ? " ⚠" : "")</td><td>\(e(ComparisonFormatting.assessment(i)))</td></tr>"
      )
    }
    for m in c.facts.matched {
      h.append(
        "<tr class=\"fact\(m.isSwing ? " swing" : "")\"><td>\(e(m.this.label))<small>（上年：\(e(m.last.label))，相似度 \(ComparisonFormatting.score(m.score))）</small></td><td>\(e(ComparisonFormatting.quantity(m.last.quantity)))</td><td>\(e(ComparisonFormatting.quantity(m.this.quantity)))</td><td>\(e(ComparisonFormatting.change(m.change, unit: m.this.quantity.unit, approximate: m.isApproximate)))</td><td>\(e(ComparisonFormatting.percent(m.percentChange)))\(m.isSwing ? " ⚠" : "")</td><td>其他数字</td></tr>"
      )
    }
    h.append("</tbody></table>")

    if !c.staleReferences.isEmpty || !c.planFollowUps.isEmpty {
      h.append("<h2>过时内容与上年安排</h2><ul class=\"notes\">")
      for s in c.staleReferences {
        let place = s.sentence?.place ?? ComparisonFormatting.place(s.location, fallback: "主要指标")
        h.append("<li class=\"stale\">\(e(place))：\(e(s.message))</li>")
      }
      for p in c.planFollowUps {
        h.append(
          "<li class=\"\(p.status.rawValue)\">\(e(p.status.chineseName))：上年「\(e(p.plan.text))」→ 本年「\(e(p.achievement.text))」</li>"
        )
      }
      h.append("</ul>")
    }

    h.append("<h2>正文对照</h2>")
    h.append(
      "<p class=\"legend\"><mark class=\"identical\">完全相同</mark> <mark class=\"near\">高度相似</mark> <mark class=\"plan_restated\">照搬去年安排</mark> <mark class=\"fulfilled\">实现了去年安排</mark> <mark class=\"stale\">过时内容</mark></p>"
    )
    h.append("<div class=\"sides\">")
    h.append(
      column(c.thisSentences, title: "本年度（\(c.this.year)年）", prefix: "t", marks: thisMarks(c), links: thisLinks(c)))
    h.append(column(c.lastSentences, title: "上年度（\(c.last.year)年）", prefix: "l", marks: lastMarks(c), links: [:]))
    h.append("</div>")
    h.append("<footer>由 fazhi diff 生成</footer></body></html>")
    return h.joined(separator: "\n") + "\n"
  }

  func thisMarks(_ c: ReportComparison) -> [Int: String] {
    var marks: [Int: String] = [:]
    for s in c.staleReferences { if let id = s.sentence?.id { marks[id] = "stale" } }
    for p in c.planFollowUps where p.status == .fulfilled { marks[p.achievement.id] = "fulfilled" }
    for m in c.reuse.matches { marks[m.this.id] = m.kind.rawValue }
    return marks
  }

  func thisLinks(_ c: ReportComparison) -> [Int: Int] {
    var links: [Int: Int] = [:]
    for m in c.reuse.matches { links[m.this.id] = m.last.id }
    for p in c.planFollowUps where links[p.achievement.id] == nil { links[p.achievement.id] = p.plan.id }
    return links
  }

  func lastMarks(_ c: ReportComparison) -> [Int: String] {
    var marks: [Int: String] = [:]
    for p in c.planFollowUps where p.status == .fulfilled { marks[p.plan.id] = "fulfilled" }
    for m in c.reuse.matches { marks[m.last.id] = m.kind.rawValue }
    return marks
  }

  func column(_ sentences: [TextSentence], title: String, prefix: String, marks: [Int: String], links: [Int: Int])
    -> String
  {
    let e = Self.escape
    var h = ["<div class=\"side\"><h3>\(e(title))</h3>"]
    var section: String?
    var paragraph: Int?
    for s in sentences {
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
      if let cls = marks[s.id] {
        let target = links[s.id].map { " <a href=\"#l\($0)\">↗</a>" } ?? ""
        h.append("<mark class=\"\(cls)\" id=\"\(prefix)\(s.id)\">\(e(s.text))</mark>\(target)")
      } else {
        h.append("<span id=\"\(prefix)\(s.id)\">\(e(s.text))</span>")
      }
    }
    if paragraph != nil { h.append("</p>") }
    h.append("</div>")
    return h.joined()
  }

  /// Horizontal bars of the largest percentage changes, centred on zero, coloured by assessment.
  func chart(_ c: ReportComparison) -> String {
    let e = Self.escape
    var bars: [(label: String, percent: Double, cls: String)] = c.indicators.compactMap { i in
      i.percentChange.map { (i.label, $0.doubleValue, i.assessment.rawValue) }
    }
    bars += c.facts.matched.compactMap { m in m.percentChange.map { (m.this.label, $0.doubleValue, "neutral") } }
    bars = Array(bars.sorted { (abs($0.percent), $1.label) > (abs($1.percent), $0.label) }.prefix(chartLimit))
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
        "<rect class=\"\(bar.cls)\" x=\"\(String(format: "%.1f", x))\" y=\"\(y)\" width=\"\(String(format: "%.1f", max(length, 1)))\" height=\"18\"/>"
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
    a{text-decoration:none;font-size:11px}
    """
}
