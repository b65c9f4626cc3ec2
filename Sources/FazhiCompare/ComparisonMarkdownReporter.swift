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
    let e = Self.escape
    var out: [String] = []
    out.append("# 年度对比：\(e(c.this.title)) ↔ \(e(c.last.title))")
    out.append("")
    out.append("- 本年度：\(e(c.this.file ?? c.this.title))（\(c.this.year)年，\(c.this.characters)字）")
    out.append("- 上年度：\(e(c.last.file ?? c.last.title))（\(c.last.year)年，\(c.last.characters)字）")
    for w in c.warnings { out.append("- **警告**：\(e(w.message))（`\(w.code)`）") }

    out.append("")
    out.append("## 一、部分、领域和事项")
    out.append("")
    out += table(
      ["法定部分", "变化", "上年", "本年"],
      c.coverage.parts.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] })
    if !c.coverage.areas.isEmpty {
      out.append("")
      out += table(
        ["领域", "变化", "上年事项", "本年事项"],
        c.coverage.areas.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] })
    }
    out.append("")
    out.append(
      "事项按标题相似度匹配（字符二元组 Dice ≥ \(ComparisonFormatting.score(c.options.itemTitleThreshold))）：匹配 \(c.coverage.matchedItems.count) 项，缺失 \(c.coverage.droppedItems.count) 项，新增 \(c.coverage.addedItems.count) 项。"
    )
    out.append("")
    for item in c.coverage.droppedItems {
      out.append(
        "- 缺失：\(e(item.title))（\(e(ComparisonFormatting.place(item.location, fallback: item.area ?? item.part.rawValue))))")
    }
    for item in c.coverage.addedItems {
      out.append(
        "- 新增：\(e(item.title))（\(e(ComparisonFormatting.place(item.location, fallback: item.area ?? item.part.rawValue))))")
    }

    out.append("")
    out.append("## 二、指标同比")
    out.append("")
    out.append("波动阈值 \(Int(c.options.swingThreshold))%；评价按目录中的指标方向（如纠错率、败诉率越低越好，出庭应诉率越高越好）。")
    out.append("")
    out += table(
      ["指标", "上年", "本年", "增减", "增幅", "评价", "提示"],
      c.indicators.map { i in
        [
          i.label, ComparisonFormatting.quantity(i.last, unit: i.unit),
          ComparisonFormatting.quantity(i.this, unit: i.unit),
          ComparisonFormatting.change(i.change, unit: i.unit, approximate: i.isApproximate),
          ComparisonFormatting.percent(i.percentChange), ComparisonFormatting.assessment(i), i.isSwing ? "⚠ 大幅波动" : "",
        ]
      })
    if !c.missingIndicators.isEmpty {
      out.append("")
      out.append("**上年填报、本年缺失的指标**：" + c.missingIndicators.map { e($0.label) }.joined(separator: "、"))
    }
    if !c.facts.matched.isEmpty {
      out.append("")
      out.append("### 其他数字（按名称相似度匹配，Dice ≥ \(ComparisonFormatting.score(c.options.factLabelThreshold))）")
      out.append("")
      out += table(
        ["上年名称", "本年名称", "相似度", "上年", "本年", "增减", "增幅"],
        c.facts.matched.map { m in
          [
            m.last.label, m.this.label, ComparisonFormatting.score(m.score),
            ComparisonFormatting.quantity(m.last.quantity),
            ComparisonFormatting.quantity(m.this.quantity),
            ComparisonFormatting.change(m.change, unit: m.this.quantity.unit, approximate: m.isApproximate),
            ComparisonFormatting.percent(m.percentChange) + (m.isSwing ? " ⚠" : ""),
          ]
        })
    }

    let r = c.reuse
    out.append("")
    out.append("## 三、重复文字")
    out.append("")
    out.append(
      "重复占比 **\(ComparisonFormatting.share(r.share))**（\(r.reusedCharacters)/\(r.totalCharacters) 字，\(r.matches.count) 句）。方法：\(r.shingleSize)字片段，包含度 ≥ \(ComparisonFormatting.score(r.threshold))；套话不计（本年 \(r.stockPhraseOccurrences) 处）。"
    )
    if !r.matches.isEmpty {
      out.append("")
      out += table(
        ["类型", "本年位置", "上年位置", "包含度", "本年文字"],
        r.matches.map {
          [$0.kind.chineseName, $0.this.place, $0.last.place, ComparisonFormatting.score($0.containment), $0.this.text]
        })
    }

    out.append("")
    out.append("## 四、过时内容")
    out.append("")
    if c.staleReferences.isEmpty { out.append("未发现。") }
    for s in c.staleReferences {
      out.append(
        "- \(e(s.sentence?.place ?? ComparisonFormatting.place(s.location, fallback: "主要指标")))：\(e(s.message))")
    }

    out.append("")
    out.append("## 五、上年安排的落实")
    out.append("")
    if c.planFollowUps.isEmpty { out.append("未发现本年正文重提上年安排。") }
    for p in c.planFollowUps {
      out.append(
        "- **\(p.status.chineseName)**：上年「\(e(p.plan.text))」→ 本年「\(e(p.achievement.text))」（\(e(p.achievement.place))）")
    }
    return out.joined(separator: "\n") + "\n"
  }
}
