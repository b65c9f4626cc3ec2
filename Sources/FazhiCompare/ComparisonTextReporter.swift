import FazhiCore
import Foundation

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
    let sections = ComparisonSections(c)
    let out =
      header(sections.header) + coverage(sections.coverage) + figures(sections.figures) + reuse(sections.reuse)
      + stale(sections.stale) + plans(sections.plans)
    return TerminalText.escaped(out.joined(separator: "\n") + "\n", keeping: color ? Self.ownSequences : [])
  }

  func header(_ h: ComparisonSections.Header) -> [String] {
    var out = [paint("年度对比：\(h.this.title) ↔ \(h.last.title)", .bold)]
    out.append("本年度：\(h.this.shownName)（\(h.this.year)年，\(h.this.characters)字，\(h.this.sentences)句）")
    out.append("上年度：\(h.last.shownName)（\(h.last.year)年，\(h.last.characters)字，\(h.last.sentences)句）")
    for w in h.warnings { out.append(paint("警告：\(w.message) [\(w.code)]", .yellow)) }
    return out
  }

  /// Red for what last year had and this year lacks, green for what is new.
  func presenceStyle(_ status: PresenceChange) -> Style? {
    status == .dropped ? .red : (status == .added ? .green : nil)
  }

  func coverage(_ cov: ComparisonSections.Coverage) -> [String] {
    var out = ["", paint(ComparisonSections.Coverage.heading.numbered, .bold)]
    out += table(
      ["法定部分", "变化", "上年", "本年"],
      cov.parts.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] }, right: [2, 3],
      styles: cov.parts.map { [nil, presenceStyle($0.status)] })
    if !cov.areas.isEmpty {
      out.append("")
      out += table(
        ["领域", "变化", "上年事项", "本年事项"],
        cov.areas.map { [$0.title, $0.status.chineseName, "\($0.lastCount)", "\($0.thisCount)"] }, right: [2, 3],
        styles: cov.areas.map { [nil, presenceStyle($0.status)] })
    }
    out.append("")
    out.append(
      "  事项按标题相似度匹配（字符二元组 Dice ≥ \(cov.itemTitleThreshold)）：匹配 \(cov.matchedItemCount) 项，缺失 \(cov.droppedItems.count) 项，新增 \(cov.addedItems.count) 项"
    )
    for item in cov.droppedItems { out.append("  " + paint("- 缺失", .red) + "：\(item.title)（\(item.place)）") }
    for item in cov.addedItems { out.append("  " + paint("+ 新增", .green) + "：\(item.title)（\(item.place)）") }
    return out
  }

  func figures(_ f: ComparisonSections.Figures) -> [String] {
    var out = ["", paint("\(ComparisonSections.Figures.heading.numbered)（波动阈值 \(f.swingThreshold)%）", .bold)]
    if f.indicators.isEmpty {
      out.append("  两年均未填写目录指标")
    } else {
      let rows = f.indicators.map { i in
        [i.label, i.last, i.this, i.change, i.percent, i.assessmentName, i.isSwing ? "大幅波动" : ""]
      }
      let styles: [[Style?]] = f.indicators.map { i in
        let s: Style? = i.assessment == .worse || i.status == .missing ? .red : (i.assessment == .better ? .green : nil)
        return [nil, nil, nil, nil, nil, s, i.isSwing ? .yellow : nil]
      }
      out += table(["指标", "上年", "本年", "增减", "增幅", "评价", "提示"], rows, right: [1, 2, 3, 4], styles: styles)
    }
    if !f.missingIndicators.isEmpty {
      out.append(
        "  " + paint("上年填报、本年缺失的指标 \(f.missingIndicators.count) 项：", .red) + f.missingIndicators.joined(separator: "、"))
    }
    if !f.facts.isEmpty {
      out.append("")
      out.append("  其他数字（按名称相似度匹配，Dice ≥ \(f.factLabelThreshold)）")
      out += table(
        ["上年名称", "本年名称", "相似度", "上年", "本年", "增减", "增幅", "提示"],
        f.facts.map {
          [$0.lastLabel, $0.thisLabel, $0.score, $0.last, $0.this, $0.change, $0.percent, $0.isSwing ? "大幅波动" : ""]
        },
        right: [2, 3, 4, 5, 6],
        styles: f.facts.map { [nil, nil, nil, nil, nil, nil, nil, $0.isSwing ? .yellow : nil] })
    }
    if !f.lastOnlyFacts.isEmpty { out.append("  上年有、本年未匹配的数字：" + f.lastOnlyFacts.joined(separator: "；")) }
    return out
  }

  func reuse(_ r: ComparisonSections.Reuse) -> [String] {
    let heading = "\(ComparisonSections.Reuse.heading.numbered)（\(r.shingleSize)字片段，包含度 ≥ \(r.threshold)，套话不计）"
    let shareText =
      "重复占比 \(r.share)（\(r.reusedCharacters)/\(r.totalCharacters) 字，\(r.matches.count) 句；已排除套话 \(r.stockPhraseOccurrences) 处）"
    var out = ["", paint(heading, .bold), "  " + paint(shareText, r.isAlarming ? .red : .bold)]
    for m in r.matches {
      let tag = m.kind == .identical ? m.kind.chineseName : "\(m.kind.chineseName) \(m.containment)"
      out.append("  [\(paint(tag, .yellow))] \(m.thisPlace) ← \(m.lastPlace)")
      out.append("    本年：\(m.thisText)")
      if m.kind != .identical { out.append(paint("    上年：\(m.lastText)", .dim)) }
    }
    return out
  }

  func stale(_ s: ComparisonSections.Stale) -> [String] {
    var out = ["", paint(ComparisonSections.Stale.heading.numbered, .bold)]
    if s.entries.isEmpty { out.append("  未发现") }
    for entry in s.entries {
      out.append("  \(entry.place)：\(paint(entry.message, .yellow))")
      if let sentence = entry.sentence { out.append("    \(sentence)") }
    }
    return out
  }

  func plans(_ p: ComparisonSections.Plans) -> [String] {
    let heading = "\(ComparisonSections.Plans.heading.numbered)（去掉「将、已、了」等时态词后 Dice ≥ \(p.threshold)）"
    var out = ["", paint(heading, .bold)]
    if p.entries.isEmpty { out.append("  未发现本年正文重提上年安排") }
    for entry in p.entries {
      out.append(
        "  [\(paint(entry.status.chineseName, entry.status == .fulfilled ? .green : .yellow))] \(entry.achievementPlace)"
      )
      out.append("    上年安排：\(entry.plan)")
      out.append("    本年表述：\(entry.achievement)")
    }
    return out
  }
}
