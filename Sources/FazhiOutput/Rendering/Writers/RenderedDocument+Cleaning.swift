import Foundation

extension RenderedDocument {
  /// The document as every writer sees it, plus the Chinese warnings about what was changed:
  /// line breaks normalised to LF, characters XML 1.0 forbids removed, heading levels clamped to 1…4,
  /// ragged table rows padded to the widest row.
  ///
  /// Done once here so that the four formats agree on the text and warn alike.
  func cleanedForWriting() -> (document: RenderedDocument, warnings: [String]) {
    var cleaner = TextCleaner()
    var warnings: [String] = []
    var doc = RenderedDocument(
      title: cleaner.clean(title),
      recipients: recipients.map { cleaner.clean($0) },
      blocks: [],
      signature: signature.map { cleaner.clean($0) },
      date: date.map { cleaner.clean($0) })
    var clampedLevels: [Int] = []
    func clamp(_ level: Int) -> Int {
      if (1...4).contains(level) { return level }
      clampedLevels.append(level)
      return Swift.min(Swift.max(level, 1), 4)
    }
    doc.blocks.reserveCapacity(blocks.count)
    for block in blocks {
      switch block {
      case .heading(let level, let number, let text):
        doc.blocks.append(.heading(level: clamp(level), number: cleaner.clean(number), text: cleaner.clean(text)))
      case .paragraph(let lead, let text):
        let cleanLead = lead.map {
          RunInHeading(level: clamp($0.level), number: cleaner.clean($0.number), text: cleaner.clean($0.text))
        }
        doc.blocks.append(.paragraph(lead: cleanLead, text: cleaner.clean(text)))
      case .table(let caption, let rows):
        var cleanRows = rows.map { $0.map { cleaner.clean($0) } }
        let width = cleanRows.map(\.count).max() ?? 0
        var padded = 0
        for index in cleanRows.indices where cleanRows[index].count < width {
          cleanRows[index] += Array(repeating: "", count: width - cleanRows[index].count)
          padded += 1
        }
        if padded > 0 {
          let name = caption.map { "《\(cleaner.clean($0))》" } ?? ""
          warnings.append("表格\(name)有 \(padded) 行的单元格少于 \(width) 个，已补空单元格")
        }
        doc.blocks.append(.table(caption: caption.map { cleaner.clean($0) }, rows: cleanRows))
      }
    }
    if cleaner.removed > 0 {
      warnings.insert("已删除 \(cleaner.removed) 个 XML 不允许的控制字符，请检查数据中是否混入了复制粘贴带来的隐藏字符", at: 0)
    }
    if let worst = clampedLevels.first {
      warnings.append("有 \(clampedLevels.count) 个标题的层级（如 \(worst)）超出 1–4，已按最接近的层级排版")
    }
    return (doc, warnings)
  }
}

/// Removes the characters XML 1.0 forbids (C0 controls other than tab and line feed, U+FFFE, U+FFFF)
/// and turns CRLF / CR into LF. Emoji and supplementary-plane CJK (𠀀) are valid and kept.
struct TextCleaner {
  private(set) var removed = 0

  mutating func clean(_ text: String) -> String {
    // Fast path: nearly all text is clean.
    if !text.unicodeScalars.contains(where: { Self.needsWork($0) }) { return text }
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar.value {
      case 0x0D: result.append("\n")
      case 0x0A: if !previousWasCR { result.append(scalar) }
      case 0x09: result.append(scalar)
      case 0x00...0x1F, 0xFFFE, 0xFFFF: removed += 1
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }
}
