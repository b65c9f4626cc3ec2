import FazhiCore

/// 提取结果：what `ReportExtractor` recovered from one published report.
public struct ExtractionResult: Sendable, Hashable, Codable {
  /// The report, nil only when nothing usable was found (unreadable bytes, a report of another kind, no text).
  public var report: Report?
  /// The heading tree, top level first; empty when the extractor keeps the report alone (`ReportExtractor.Detail`).
  public var headings: [ExtractedHeading]
  /// The number of headings found, when the tree was not kept; nil when `headings` holds them all. Not encoded:
  /// a decoded result counts its tree.
  private var countedHeadings: Int?
  /// Findings about the source (damaged markers, missing parts, unreadable input), in Chinese, ids `extract_…`.
  public var diagnostics: [Diagnostic]
  /// True when a required element (标题、报告主体、年度, or one of 主要举措和成效、存在的不足和原因、下一年度主要安排)
  /// was not found.
  public var isPartial: Bool
  /// Chinese names of everything looked for and not found (also informational items such as 成文日期).
  public var missing: [String]
  /// The text after decoding, HTML conversion and chrome removal, one paragraph per line.
  public var cleanedText: String
  /// The detected encoding, nil when the bytes could not be decoded.
  public var encoding: TextDecoder.Encoding?
  /// The parts found, in the order of art. 25.
  public var parts: [ReportPart]

  /// `headingCount` is the number of headings found when `headings` does not hold them (nil: it does).
  public init(
    report: Report?, headings: [ExtractedHeading] = [], headingCount: Int? = nil, diagnostics: [Diagnostic] = [],
    isPartial: Bool, missing: [String] = [], cleanedText: String = "", encoding: TextDecoder.Encoding? = nil,
    parts: [ReportPart] = []
  ) {
    self.report = report
    self.headings = headings
    countedHeadings = headings.isEmpty ? headingCount : nil
    self.diagnostics = diagnostics
    self.isPartial = isPartial
    self.missing = missing
    self.cleanedText = cleanedText
    self.encoding = encoding
    self.parts = parts
  }

  /// All headings depth first.
  public var flatHeadings: [ExtractedHeading] { headings.flatMap(\.flattened) }

  /// How many headings were found at every level. Counted in place: `flatHeadings.count` built a flat copy of
  /// the whole tree only to count it, which in a report of many 一是…十是… items took more memory than the input.
  public var headingCount: Int { countedHeadings ?? headings.reduce(0) { $0 + $1.treeSize } }

  private enum CodingKeys: String, CodingKey {
    case report, headings, diagnostics, isPartial, missing, cleanedText, encoding, parts
  }

  /// A one-line Chinese summary of what was and was not found.
  public var summary: String {
    guard let report else {
      return diagnostics.first { $0.severity == .error }?.message ?? "未能提取出报告内容"
    }
    var found: [String] = []
    // A title not found is listed under 未找到 only: the standard title made up without it (「0年度法治政府建设
    // 情况报告」 when the year is unknown too) is not something extraction found.
    if !missing.contains("标题") { found.append("标题「\(report.metadata.effectiveTitle)」") }
    found.append("\(headingCount) 个标题")
    found.append("\(report.indicators.count) 项目录指标")
    found.append("\(report.facts.count) 个其他数字")
    var text = "已提取：" + found.joined(separator: "、")
    if !missing.isEmpty { text += "；未找到：" + missing.joined(separator: "、") }
    return text
  }
}
