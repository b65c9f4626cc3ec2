import FazhiCore
import FazhiInput

/// Placeholders left in the report (TODO, XX, ××, 【待填】, the scaffold's own markers).
struct PlaceholderRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "placeholder",
    name: "残留占位符",
    severity: .error,
    description: "正式报告中不能留有占位符：TODO、XX、××、【待填】以及 fazhi init 生成的标记；「X份」「……万元」这样占着数字位置的标记（紧跟计量单位时才算，X光机、等……不算）。清单见 Schemas/catalog/wordlists.yaml。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 2025年，示例县深入学习贯彻习近平法治思想。
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 为执法机构配备X光安检机2台，开展送法下乡、法律咨询等……全年出具法律意见书120份。
      """,
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      导语: 2025年，示例县共办理行政复议案件↓XX件。
      主要指标:
        行政复议受理: ↓【待填】
      """,
      """
      年度: 2025
      报告主体: 示例县
      导语: 全年罚没款……↓…万元，出具法律意见书↓X份，办结↓××件。
      """,
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let figureMarkers = context.catalog.placeholderFigures.map(LiteralSearch.Needle.init)
    for span in context.textSpans {
      var reported = Set<String.Index>()
      let plainText = LiteralSearch.isCanonicallyPlain(span.text)
      for marker in context.placeholderMarkers.all {
        let ranges = LiteralSearch.ranges(of: marker, in: span.text, textIsPlain: plainText)
        guard !ranges.isEmpty else { continue }
        var locator = context.positions.quoteLocator(for: span)
        for range in ranges {
          // A longer marker already covers this one (×× inside ×××).
          if Self.isCovered(range.lowerBound, by: reported, in: span.text) { continue }
          if PlaceholderMarkers.isLatinWord(marker.text) && !Self.isStandalone(range, in: span.text) { continue }
          reported.insert(range.lowerBound)
          findings.append(
            context.diagnostic(
              Self.description, at: locator.location(of: marker.text, at: range.lowerBound),
              "这里还留着占位符「\(marker.text)」，请填写实际内容"))
        }
      }
    }
    for span in context.textSpans {
      findings += figurePlaceholders(in: span, figureMarkers, context)
    }
    for path in context.loaded.placeholderPaths {
      findings.append(
        context.diagnostic(Self.description, at: context.positions.location(path), "「\(path)」还是占位符，请填写实际内容"))
    }
    return findings
  }

  /// Marks holding a number's place (X份, ……万元): one of the catalog's `placeholderFigures` right before a
  /// counting unit. The test puts a 1 where the mark is: when the scanner then reads a figure with a unit
  /// starting there, the mark stood for a number. X光机 and 等…… read no unit and stay.
  func figurePlaceholders(
    in span: TextSpan, _ markers: [LiteralSearch.Needle], _ context: ValidationContext
  ) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let plainText = LiteralSearch.isCanonicallyPlain(span.text)
    for needle in markers {
      let marker = needle.text
      let ranges = LiteralSearch.ranges(of: needle, in: span.text, textIsPlain: plainText)
      guard !ranges.isEmpty else { continue }
      var locator = context.positions.quoteLocator(for: span)
      for range in ranges {
        if PlaceholderMarkers.isLatinWord(marker) && !Self.isStandalone(range, in: span.text) { continue }
        let probe = "1" + span.text[range.upperBound...].prefix(8)
        guard let figure = QuantityScanner.scan(probe).first, figure.range.lowerBound == probe.startIndex,
          figure.role.isFigure, figure.quantity.unit != nil
        else { continue }
        let written = marker + probe[probe.index(after: probe.startIndex)..<figure.range.upperBound]
        findings.append(
          context.diagnostic(
            Self.description, at: locator.location(of: marker, at: range.lowerBound),
            "这里的「\(written)」还是占位符，请填写实际数字"))
      }
    }
    return findings
  }

  /// Whether a marker was reported at `index` or at one of the two characters before it. Looked up by position:
  /// testing every marker reported in the text made a text full of marks quadratic.
  static func isCovered(_ index: String.Index, by reported: Set<String.Index>, in text: String) -> Bool {
    var start = index
    for _ in 0..<3 {
      if reported.contains(start) { return true }
      guard start > text.startIndex else { return false }
      start = text.index(before: start)
    }
    return false
  }

  /// ASCII markers (TODO, XX) count only when not part of a longer Latin word (XXL, TODOS).
  static func isStandalone(_ range: Range<String.Index>, in text: String) -> Bool {
    let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
    let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
    return !(before.isASCII && before.isLetter) && !(after.isASCII && after.isLetter)
  }
}
