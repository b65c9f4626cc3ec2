import Foundation
import FazhiCore

/// 报告提取：turns a published 法治政府建设情况报告 (copied text or a saved web page) into a `Report`.
///
/// `extract(data:path:)` never throws: unreadable bytes, empty files and reports of another kind come back as a
/// result with `report == nil` and an error diagnostic saying what was and was not found. Locations point at the
/// original file: exact for text, for HTML the line and column where the paragraph's first character came from.
/// Time is linear in the input; nothing is kept between calls, so batch memory stays flat.
public struct ReportExtractor: Sendable {
  public let catalog: Catalog
  // Built once per extractor: in a batch the catalog's aliases are prepared once, not once per file.
  private let indicatorMatcher: IndicatorMatcher
  /// By framework id.
  private let partMatchers: [String: PartMatcher]

  public init(catalog: Catalog) {
    self.catalog = catalog
    indicatorMatcher = IndicatorMatcher(catalog: catalog)
    partMatchers = Dictionary(
      catalog.frameworks.map { ($0.id, PartMatcher(catalog: catalog, framework: $0)) }, uniquingKeysWith: { a, _ in a })
  }

  /// Decodes file bytes (see `TextDecoder`); throws `FazhiError(.unreadableInput)` for binary, empty, oversized
  /// (> 20 MB) or mixed-encoding input. `extract(data:path:)` calls this and turns the error into a diagnostic.
  public static func decode(_ data: Data, path: String) throws -> TextDecoder.Decoded {
    try TextDecoder.decode(data, path: path)
  }

  /// Extracts a report from file bytes. Never throws.
  public func extract(data: Data, path: String) -> ExtractionResult {
    let decoded: TextDecoder.Decoded
    do {
      decoded = try Self.decode(data, path: path)
    } catch let error as FazhiError {
      return failure(path: path, ruleID: "extract_unreadable", message: error.message, missing: ["正文"])
    } catch {
      return failure(path: path, ruleID: "extract_unreadable", message: "无法读取文件：\(error)", missing: ["正文"])
    }
    var result = extract(text: decoded.text, path: path)
    result.encoding = decoded.encoding
    return result
  }

  /// Extracts a report from decoded text (plain or HTML). Never throws.
  public func extract(text: String, path: String) -> ExtractionResult {
    let isHTML = HTMLText.looksLikeHTML(text)
    return extract(lines: isHTML ? HTMLText.lines(text) : PlainText.lines(text), path: path)
  }

  /// Extracts a report from a Word or PDF document read by `DocxReader` or `PDFTextReader`: paragraph N is line N,
  /// and every location says so (`unit: .paragraph`). Never throws.
  public func extract(document: ReadDocument, path: String) -> ExtractionResult {
    let lines = document.paragraphs.enumerated().map { index, paragraph in
      SourceLine(text: paragraph.text, line: index + 1, unit: .paragraph)
    }
    return extract(lines: lines, path: path, unit: .paragraph)
  }

  /// Extracts a report from source lines, located in the unit they count. Never throws.
  func extract(lines rawLines: [SourceLine], path: String, unit: LocationUnit? = nil) -> ExtractionResult {
    let cleaned = PageCleaner().clean(rawLines)
    var diagnostics: [Diagnostic] = []
    let start = TextLocation(file: path, line: 1, column: 1, unit: unit)
    if cleaned.lines.isEmpty && cleaned.title == nil {
      return failure(
        path: path, ruleID: "extract_no_text", message: "去掉网页杂项后没有正文，未找到标题和任何段落", missing: ["标题", "正文"],
        cleaned: cleaned.text, location: start)
    }

    // Title and kind.
    let titleText = cleaned.title?.text ?? cleaned.metadata.titleField
    if let kind = Self.otherKind(title: titleText, body: cleaned.lines) {
      return failure(
        path: path, ruleID: "extract_wrong_kind",
        message: "这是一份\(kind)，不是法治政府建设情况报告；已识别标题「\(titleText ?? "（无）")」，未提取",
        missing: ["法治政府建设情况报告"], cleaned: cleaned.text, location: cleaned.title?.location(file: path) ?? start)
    }
    var titleParts = titleText.map(MetadataFragments.parseTitle) ?? MetadataFragments.TitleParts()

    // 主送, closing formula and 落款.
    var body = cleaned.lines
    var recipients: [String] = []
    if let first = body.first, let organs = MetadataFragments.recipients(first.text) {
      recipients = organs
      body.removeFirst()
    }
    var signatureDate: ReportDate?
    var issuer: String?
    var tail = body.count
    var scanned = 0
    while tail > 0 && scanned < 6 {
      let line = body[tail - 1].text
      scanned += 1
      if signatureDate == nil, let date = MetadataFragments.signatureDate(line) {
        signatureDate = date
        tail -= 1
        if tail > 0 && MetadataFragments.isIssuerLine(body[tail - 1].text) {
          issuer = Whitespace.trim(body[tail - 1].text)
          tail -= 1
        }
        continue
      }
      if ["特此报告。", "特此报告", "专此报告。", "以上报告，请审阅。"].contains(Whitespace.trim(line)) {
        tail -= 1
        continue
      }
      break
    }
    body = Array(body[..<tail])

    // Year: from the title, else the opening sentence.
    if titleParts.year == nil, let first = body.first,
      let y = NumberSpotter.scan(String(first.text.prefix(20))).first(where: { $0.role == .year })
    {
      titleParts.year = NSDecimalNumber(decimal: y.quantity.value).intValue
    }
    let year = titleParts.year
    let fullText = body.lazy.map(\.text).joined(separator: "\n")
    let framework = Self.framework(text: fullText, year: year, catalog: catalog)
    let matcher = framework.flatMap { partMatchers[$0.id] } ?? PartMatcher(catalog: catalog, framework: framework)

    // Structure.
    let outline = OutlineBuilder(file: path, year: year, matcher: matcher).build(body)
    diagnostics += outline.diagnostics
    let headings = outline.headings
    if headings.isEmpty {
      diagnostics.append(
        Diagnostic(
          ruleID: "extract_no_headings", severity: .warning, location: start,
          message: "没有找到任何可识别的标题（一、（一）1. 一是 等），结构无法还原，只提取了元数据和数字"))
    }

    var report = Report(
      metadata: ReportMetadata(
        jurisdiction: titleParts.jurisdiction ?? "",
        level: titleParts.jurisdiction.flatMap(MetadataFragments.level(of:)),
        year: year ?? 0, framework: framework?.id, title: titleText, issuer: issuer ?? titleParts.issuer,
        recipients: recipients,
        date: signatureDate ?? cleaned.metadata.writtenDate, publishedDate: cleaned.metadata.publishedDate,
        source: cleaned.metadata.source))
    let preamble = outline.preamble.map(\.text).joined(separator: "\n")
    report.preamble = preamble.isEmpty ? nil : preamble
    var parts = PartMapper(outline: outline, matcher: matcher, file: path).assemble(into: &report)

    // Figures.
    var seen: Set<String> = []
    var paragraphs = outline.preamble
    for index in outline.nodes.indices where outline.nodes[index].parent == nil {
      paragraphs += outline.allText(index)
    }
    paragraphs.sort { ($0.line.line, $0.offset) < ($1.line.line, $1.offset) }
    for paragraph in paragraphs {
      for figure in FigureFinder.figures(in: paragraph, file: path) {
        if let spec = indicatorMatcher.match(figure), !seen.contains(spec.id) {
          seen.insert(spec.id)
          report.indicators.append(
            IndicatorValue(
              id: spec.id, label: spec.label, quantity: figure.quantity, raw: figure.raw, location: figure.location))
          continue
        }
        if figure.isShared { continue }
        let label = figure.label.isEmpty ? FigureFinder.trim(figure.trailingLabel) : figure.label
        let suffix =
          figure.role == .rangeFrom
          ? "（原值）" : figure.role == .changeIncrease ? "（增加）" : figure.role == .changeDecrease ? "（减少）" : ""
        report.facts.append(
          Fact(
            label: String(label.suffix(24)) + suffix, quantity: figure.quantity, sentence: figure.sentence,
            location: figure.location))
      }
    }

    // What is missing.
    var missing: [String] = []
    var partial = false
    if titleText == nil {
      missing.append("标题")
      partial = true
    }
    if titleParts.jurisdiction == nil {
      missing.append("报告主体")
      partial = true
    }
    if year == nil {
      missing.append("年度")
      partial = true
    }
    if report.metadata.level == nil { missing.append("层级") }
    if report.metadata.date == nil { missing.append("成文日期") }
    // A missing 第一责任人 part is only a note: many reports write that duty inside the achievements.
    let expected: [(part: ReportPart, required: Bool)] = [
      (.achievements, true), (.shortcomings, true), (.firstResponsible, false), (.nextYear, true),
    ]
    for (id, required) in expected where !parts.contains(id) {
      let name = catalog.part(id).key
      missing.append(name)
      if required { partial = true }
      diagnostics.append(
        Diagnostic(
          ruleID: "extract_part_missing", severity: required ? .warning : .note, location: start,
          message: "未找到「\(name)」部分" + (required ? "，提取结果不完整" : "（常写在主要举措中，未单列）")))
    }
    parts.sort()
    diagnostics.sort()
    return ExtractionResult(
      report: report, headings: headings, diagnostics: diagnostics, isPartial: partial, missing: missing,
      cleanedText: cleaned.text, parts: parts)
  }

  private func failure(
    path: String, ruleID: String, message: String, missing: [String], cleaned: String = "",
    location: TextLocation? = nil
  ) -> ExtractionResult {
    ExtractionResult(
      report: nil,
      diagnostics: [
        Diagnostic(
          ruleID: ruleID, severity: .error, location: location ?? TextLocation(file: path, line: 1, column: 1),
          message: message)
      ], isPartial: true, missing: missing, cleanedText: cleaned)
  }

  /// Reports of other kinds that are often saved by mistake.
  static func otherKind(title: String?, body: [SourceLine]) -> String? {
    let head = (title ?? "") + body.prefix(5).map(\.text).joined()
    if let title {
      if title.fastContains("政府工作报告") { return "政府工作报告" }
      if title.fastContains("信息公开") && title.fastContains("年度报告") { return "政府信息公开工作年度报告" }
      if title.fastContains("法治") || title.fastContains("依法行政") { return nil }
    }
    if head.fastContains("政府信息公开工作年度报告") || head.fastContains("《中华人民共和国政府信息公开条例》") { return "政府信息公开工作年度报告" }
    if head.fastContains("政府工作报告") && !head.fastContains("法治政府") { return "政府工作报告" }
    return nil
  }

  /// 纲要 by the goal wording only one framework has, then by the one framework named by its years, then by the
  /// report's year (the newest framework when the year is unknown).
  static func framework(text: String, year: Int?, catalog: Catalog) -> FrameworkSpec? {
    // Text of at most 20,000 UTF-8 bytes has at most 20,000 characters: no need to walk grapheme clusters.
    let key = TextKey.key(text.utf8.count <= 20_000 ? Substring(text) : text.prefix(20_000))
    let frameworks = catalog.frameworks
    if let byFormula = frameworks.first(where: { key.fastContains(TextKey.key($0.signature.formula)) }) {
      return byFormula
    }
    let named = frameworks.filter { key.fastContains(TextKey.key($0.signature.title)) }
    if named.count == 1 { return named[0] }
    guard let year else { return catalog.frameworksNewestFirst.first }
    return catalog.framework(forReportYear: year)
  }
}
