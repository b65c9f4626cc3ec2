import Foundation
import FazhiCore

/// 终端文本：aligned tables (CJK counts two columns), ANSI colour only when asked.
public struct ComparisonTextReporter: ComparisonReporter {
  public var color: Bool

  public init(color: Bool = false) {
    self.color = color
  }

  enum Style: String {
    case bold = "1"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case dim = "2"
  }

  func paint(_ text: String, _ style: Style) -> String {
    color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// The colour sequences `paint` writes, the only escape sequences the report may hold: any other control
  /// character (from the reports compared) is shown escaped. With colour on, a user's copy of exactly one of
  /// these colour codes cannot be told from ours and is left; it can only change a colour.
  static let ownSequences = ["\u{1B}[0m"] + [Style.bold, .red, .green, .yellow, .dim].map { "\u{1B}[\($0.rawValue)m" }

  /// Columns aligned by display width; `right` marks right-aligned columns. Colour is applied after padding.
  func table(_ header: [String], _ rows: [[String]], right: Set<Int> = [], styles: [[Style?]] = []) -> [String] {
    var widths = header.map(TerminalColumns.of)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalColumns.of(cell)) } }
    func line(_ cells: [String], _ rowStyles: [Style?]) -> String {
      cells.enumerated().map { i, cell in
        let padded = TerminalColumns.pad(cell, to: widths[i], right: right.contains(i))
        if i < rowStyles.count, let s = rowStyles[i] { return paint(padded, s) }
        return padded
      }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    var out = ["  " + line(header, header.map { _ in .bold })]
    out.append("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    for (r, row) in rows.enumerated() { out.append("  " + line(row, r < styles.count ? styles[r] : [])) }
    return out
  }

  public func render(_ c: ReportComparison) -> String {
    var out: [String] = []
    out.append(paint("年度对比：\(c.this.title) ↔ \(c.last.title)", .bold))
    out.append("本年度：\(c.this.file ?? c.this.title)（\(c.this.year)年，\(c.this.characters)字，\(c.this.sentences)句）")
    out.append("上年度：\(c.last.file ?? c.last.title)（\(c.last.year)年，\(c.last.characters)字，\(c.last.sentences)句）")
    for w in c.warnings { out.append(paint("警告：\(w.message) [\(w.code)]", .yellow)) }

    out.append("")
    out.append(paint("一、部分、领域和事项", .bold))
    let cov = c.coverage
    let partRows = cov.parts.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] }
    out += table(
      ["法定部分", "变化", "上年", "本年"], partRows, right: [2, 3],
      styles: cov.parts.map { [nil, $0.status == .dropped ? .red : ($0.status == .added ? .green : nil)] })
    if !cov.areas.isEmpty {
      out.append("")
      out += table(
        ["领域", "变化", "上年事项", "本年事项"],
        cov.areas.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] }, right: [2, 3],
        styles: cov.areas.map { [nil, $0.status == .dropped ? .red : ($0.status == .added ? .green : nil)] })
    }
    out.append("")
    out.append(
      "  事项按标题相似度匹配（字符二元组 Dice ≥ \(ComparisonFormatting.score(c.options.itemTitleThreshold))）：匹配 \(cov.matchedItems.count) 项，缺失 \(cov.droppedItems.count) 项，新增 \(cov.addedItems.count) 项"
    )
    for item in cov.droppedItems {
      out.append(
        "  " + paint("- 缺失", .red)
          + "：\(item.title)（\(ComparisonFormatting.place(item.location, fallback: item.area ?? item.part.rawValue))）")
    }
    for item in cov.addedItems {
      out.append(
        "  " + paint("+ 新增", .green)
          + "：\(item.title)（\(ComparisonFormatting.place(item.location, fallback: item.area ?? item.part.rawValue))）")
    }

    out.append("")
    out.append(paint("二、指标同比（波动阈值 \(Int(c.options.swingThreshold))%）", .bold))
    if c.indicators.isEmpty {
      out.append("  两年均未填写目录指标")
    } else {
      let rows = c.indicators.map { i in
        [
          i.label, ComparisonFormatting.quantity(i.last, unit: i.unit),
          ComparisonFormatting.quantity(i.this, unit: i.unit),
          ComparisonFormatting.change(i.change, unit: i.unit, approximate: i.isApproximate),
          ComparisonFormatting.percent(i.percentChange), ComparisonFormatting.assessment(i), i.isSwing ? "大幅波动" : "",
        ]
      }
      let styles: [[Style?]] = c.indicators.map { i in
        let s: Style? = i.assessment == .worse || i.status == .missing ? .red : (i.assessment == .better ? .green : nil)
        return [nil, nil, nil, nil, nil, s, i.isSwing ? .yellow : nil]
      }
      out += table(["指标", "上年", "本年", "增减", "增幅", "评价", "提示"], rows, right: [1, 2, 3, 4], styles: styles)
    }
    let missing = c.missingIndicators
    if !missing.isEmpty {
      out.append("  " + paint("上年填报、本年缺失的指标 \(missing.count) 项：", .red) + missing.map(\.label).joined(separator: "、"))
    }
    if !c.facts.matched.isEmpty {
      out.append("")
      out.append("  其他数字（按名称相似度匹配，Dice ≥ \(ComparisonFormatting.score(c.options.factLabelThreshold))）")
      out += table(
        ["上年名称", "本年名称", "相似度", "上年", "本年", "增减", "增幅", "提示"],
        c.facts.matched.map { m in
          [
            m.last.label, m.this.label, ComparisonFormatting.score(m.score),
            ComparisonFormatting.quantity(m.last.quantity),
            ComparisonFormatting.quantity(m.this.quantity),
            ComparisonFormatting.change(m.change, unit: m.this.quantity.unit, approximate: m.isApproximate),
            ComparisonFormatting.percent(m.percentChange), m.isSwing ? "大幅波动" : "",
          ]
        }, right: [2, 3, 4, 5, 6],
        styles: c.facts.matched.map { [nil, nil, nil, nil, nil, nil, nil, $0.isSwing ? .yellow : nil] })
    }
    if !c.facts.lastOnly.isEmpty {
      out.append(
        "  上年有、本年未匹配的数字："
          + c.facts.lastOnly.map { "\($0.label) \(ComparisonFormatting.quantity($0.quantity))" }.joined(separator: "；"))
    }

    out.append("")
    let r = c.reuse
    out.append(paint("三、重复文字（\(r.shingleSize)字片段，包含度 ≥ \(ComparisonFormatting.score(r.threshold))，套话不计）", .bold))
    let shareText =
      "重复占比 \(ComparisonFormatting.share(r.share))（\(r.reusedCharacters)/\(r.totalCharacters) 字，\(r.matches.count) 句；已排除套话 \(r.stockPhraseOccurrences) 处）"
    out.append("  " + paint(shareText, r.share >= 0.3 ? .red : .bold))
    for m in r.matches {
      let tag = m.kind == .identical ? "完全相同" : "\(m.kind.chineseName) \(ComparisonFormatting.score(m.containment))"
      out.append("  [\(paint(tag, .yellow))] \(m.this.place) ← \(m.last.place)")
      out.append("    本年：\(m.this.text)")
      if m.kind != .identical { out.append(paint("    上年：\(m.last.text)", .dim)) }
    }

    out.append("")
    out.append(paint("四、过时内容", .bold))
    if c.staleReferences.isEmpty { out.append("  未发现") }
    for s in c.staleReferences {
      let place = s.sentence?.place ?? ComparisonFormatting.place(s.location, fallback: "主要指标")
      out.append("  \(place)：\(paint(s.message, .yellow))")
      if let sentence = s.sentence { out.append("    \(sentence.text)") }
    }

    out.append("")
    out.append(paint("五、上年安排的落实（去掉「将、已、了」等时态词后 Dice ≥ \(ComparisonFormatting.score(c.options.planThreshold))）", .bold))
    if c.planFollowUps.isEmpty { out.append("  未发现本年正文重提上年安排") }
    for p in c.planFollowUps {
      out.append("  [\(paint(p.status.chineseName, p.status == .fulfilled ? .green : .yellow))] \(p.achievement.place)")
      out.append("    上年安排：\(p.plan.text)")
      out.append("    本年表述：\(p.achievement.text)")
    }
    return TerminalText.escaped(out.joined(separator: "\n") + "\n", keeping: color ? Self.ownSequences : [])
  }
}
