/// Markdown：the same sections as the text report, as GitHub-flavoured tables.
public struct ComparisonMarkdownReporter: ComparisonReporter {
  public init() {}

  /// Escapes table cells and inline text (pipes, backslashes, markup characters, line breaks).
  static func escape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(ch)"
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out
  }

  func table(_ header: [String], _ rows: [[String]]) -> [String] {
    var out = ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined()]
    for row in rows { out.append("| " + row.map(Self.escape).joined(separator: " | ") + " |") }
    return out
  }

  public func render(_ c: ReportComparison) -> String {
    let sections = ComparisonSections(c)
    let out =
      header(sections.header) + coverage(sections.coverage) + figures(sections.figures) + reuse(sections.reuse)
      + stale(sections.stale) + plans(sections.plans)
    return out.joined(separator: "\n") + "\n"
  }

  func header(_ h: ComparisonSections.Header) -> [String] {
    let e = Self.escape
    var out = ["# 年度对比：\(e(h.this.title)) ↔ \(e(h.last.title))", ""]
    out.append("- 本年度：\(e(h.this.shownName))（\(h.this.year)年，\(h.this.characters)字）")
    out.append("- 上年度：\(e(h.last.shownName))（\(h.last.year)年，\(h.last.characters)字）")
    for w in h.warnings { out.append("- **警告**：\(e(w.message))（`\(w.code)`）") }
    return out
  }

  /// `## 一、…` and the blank line after it.
  func heading(_ heading: ComparisonSections.Heading) -> [String] { ["", "## \(heading.numbered)", ""] }

  func coverage(_ cov: ComparisonSections.Coverage) -> [String] {
    let e = Self.escape
    var out = heading(ComparisonSections.Coverage.heading)
    out += table(
      ["法定部分", "变化", "上年", "本年"],
      cov.parts.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] })
    if !cov.areas.isEmpty {
      out.append("")
      out += table(
        ["领域", "变化", "上年事项", "本年事项"],
        cov.areas.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] })
    }
    out.append("")
    out.append(
      "事项按标题相似度匹配（字符二元组 Dice ≥ \(cov.itemTitleThreshold)）：匹配 \(cov.matchedItemCount) 项，缺失 \(cov.droppedItems.count) 项，新增 \(cov.addedItems.count) 项。"
    )
    out.append("")
    for item in cov.droppedItems { out.append("- 缺失：\(e(item.title))（\(e(item.place))）") }
    for item in cov.addedItems { out.append("- 新增：\(e(item.title))（\(e(item.place))）") }
    return out
  }

  func figures(_ f: ComparisonSections.Figures) -> [String] {
    var out = heading(ComparisonSections.Figures.heading)
    out.append("波动阈值 \(f.swingThreshold)%；评价按目录中的指标方向（如纠错率、败诉率越低越好，出庭应诉率越高越好）。")
    out.append("")
    out += table(
      ["指标", "上年", "本年", "增减", "增幅", "评价", "提示"],
      f.indicators.map { i in
        [i.label, i.last, i.this, i.change, i.percent, i.assessmentName, i.isSwing ? "⚠ 大幅波动" : ""]
      })
    if !f.missingIndicators.isEmpty {
      out.append("")
      out.append("**上年填报、本年缺失的指标**：" + f.missingIndicators.map(Self.escape).joined(separator: "、"))
    }
    if !f.facts.isEmpty {
      out.append("")
      out.append("### 其他数字（按名称相似度匹配，Dice ≥ \(f.factLabelThreshold)）")
      out.append("")
      out += table(
        ["上年名称", "本年名称", "相似度", "上年", "本年", "增减", "增幅"],
        f.facts.map {
          [$0.lastLabel, $0.thisLabel, $0.score, $0.last, $0.this, $0.change, $0.percent + ($0.isSwing ? " ⚠" : "")]
        })
    }
    return out
  }

  func reuse(_ r: ComparisonSections.Reuse) -> [String] {
    var out = heading(ComparisonSections.Reuse.heading)
    out.append(
      "重复占比 **\(r.share)**（\(r.reusedCharacters)/\(r.totalCharacters) 字，\(r.matches.count) 句）。方法：\(r.shingleSize)字片段，包含度 ≥ \(r.threshold)；套话不计（本年 \(r.stockPhraseOccurrences) 处）。"
    )
    if !r.matches.isEmpty {
      out.append("")
      out += table(
        ["类型", "本年位置", "上年位置", "包含度", "本年文字"],
        r.matches.map { [$0.kind.chineseName, $0.thisPlace, $0.lastPlace, $0.containment, $0.thisText] })
    }
    return out
  }

  func stale(_ s: ComparisonSections.Stale) -> [String] {
    let e = Self.escape
    var out = heading(ComparisonSections.Stale.heading)
    if s.entries.isEmpty { out.append("未发现。") }
    for entry in s.entries { out.append("- \(e(entry.place))：\(e(entry.message))") }
    return out
  }

  func plans(_ p: ComparisonSections.Plans) -> [String] {
    let e = Self.escape
    var out = heading(ComparisonSections.Plans.heading)
    if p.entries.isEmpty { out.append("未发现本年正文重提上年安排。") }
    for entry in p.entries {
      out.append(
        "- **\(entry.status.chineseName)**：上年「\(e(entry.plan))」→ 本年「\(e(entry.achievement))」（\(e(entry.achievementPlace))）"
      )
    }
    return out
  }
}
