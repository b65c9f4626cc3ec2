import FazhiCore

/// 终端摘要：the ranking, the defects across the folder, the headline indicators and what was set aside.
struct ReviewTextReporter {
  let catalog: Catalog
  /// Units listed in the ranking.
  static let rankingLength = 30

  func render(_ s: ReviewSummary) -> String {
    var lines: [String] = []
    let readErrors = s.skipped.filter(\.isReadError).count
    lines.append(
      "审核 \(s.units.count) 份报告（\(ReviewText.terminalSafe(s.folder))）；跳过 \(s.skipped.count - readErrors) 个文件，\(readErrors) 个无法读取")
    lines.append("")
    lines.append("得分排名（满分 100，构成见 README「审核一批报告」）：")
    for (rank, unit) in s.units.prefix(Self.rankingLength).enumerated() {
      var flags: [String] = []
      if !unit.partsMissing.isEmpty { flags.append("缺" + unit.partsMissing.map { catalog.part($0).key }.joined(separator: "、")) }
      if unit.errors > 0 { flags.append("\(unit.errors) 个错误") }
      if let share = unit.reuseShare { flags.append("重复 " + ReviewText.percent(share)) }
      if unit.isDuplicate { flags.append("重复提交") }
      let name = unit.jurisdiction.isEmpty ? "（主体未识别）" : unit.jurisdiction
      lines.append(
        "\(String(rank + 1).leftPadded(3)). \(ReviewText.number(unit.score.total).leftPadded(5))  \(ReviewText.terminalSafe(name))  "
          + "\(ReviewText.terminalSafe(unit.file))" + (flags.isEmpty ? "" : "  " + flags.joined(separator: "；")))
    }
    if s.units.count > Self.rankingLength { lines.append("  ……其余 \(s.units.count - Self.rankingLength) 份见 HTML/CSV 输出") }
    if !s.defects.isEmpty {
      lines.append("")
      lines.append("各类问题涉及的单位数：")
      for (id, count) in s.defects.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
        lines.append("  \(id)：\(count)")
      }
    }
    if !s.indicators.isEmpty {
      lines.append("")
      lines.append("重点指标（最小 / 中位数 / 最大，单位数）：")
      for spread in s.indicators {
        var line = "  \(spread.label)：\(spread.minimum) / \(spread.median) / \(spread.maximum)（\(spread.units) 个单位）"
        if !spread.outliers.isEmpty { line += "；异常：" + spread.outliers.map(ReviewText.terminalSafe).joined(separator: "、") }
        lines.append(line)
      }
    }
    if !s.skipped.isEmpty {
      lines.append("")
      lines.append("未审核的文件：")
      for skip in s.skipped {
        lines.append("  \(ReviewText.terminalSafe(skip.file))：\(skip.isReadError ? "无法读取：" : "")\(ReviewText.terminalSafe(skip.reason))")
      }
    }
    if !s.unpaired.isEmpty {
      lines.append("")
      lines.append("上年材料中没有找到同一单位的报告：" + s.unpaired.map(ReviewText.terminalSafe).joined(separator: "、"))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// Padded on the left with spaces to `width` characters.
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
