import Foundation
import FazhiCore

/// 报告提取：turns a published 法治政府建设情况报告 (copied text or a saved web page) into a `Report`.
///
/// `extract(data:path:)` never throws: unreadable bytes, empty files and reports of another kind come back as a
/// result with `report == nil` and an error diagnostic saying what was and was not found. Locations point at the
/// original file: exact for text, for HTML the line and column where the paragraph's first character came from.
/// Time is linear in the input; nothing is kept between calls, so batch memory stays flat.
public struct ReportExtractor: Sendable {
  /// What a result holds beside the report, its findings and what was found or missing.
  public enum Detail: Sendable {
    /// Also the heading tree and the cleaned text: what `extract --format json` and `review` show.
    case full
    /// The report alone, with the number of headings for the summary: what the YAML output and the readers of
    /// published reports use. In a report of many 一是…十是… items, each a heading, the tree and the cleaned text
    /// held about three times the input's size beside the report (issue 10).
    case report
  }

  public let catalog: Catalog
  public let detail: Detail
  // Built once per extractor: in a batch the catalog's aliases are prepared once, not once per file.
  private let indicatorMatcher: IndicatorMatcher
  /// By framework id.
  private let partMatchers: [String: PartMatcher]

  public init(catalog: Catalog, detail: Detail = .full) {
    self.catalog = catalog
    self.detail = detail
    indicatorMatcher = IndicatorMatcher(catalog: catalog)
    partMatchers = Dictionary(
      catalog.frameworks.map { ($0.id, PartMatcher(catalog: catalog, framework: $0)) }, uniquingKeysWith: { a, _ in a })
  }

  /// The most lines (paragraphs of a Word or PDF document) a published report is read with. Real reports have
  /// 25 to 300. Every line costs the outline a heading or paragraph record of a few hundred bytes whatever its
  /// length, so 3.5 MB of bare heading markers (500,000 lines) took 490 MB (issue 10): over the limit a file is
  /// refused before its lines are all split, as a file over the size limit is before it is read.
  public static let maximumLines = 10_000

  /// Decodes file bytes (see `TextDecoder`); throws `FazhiError(.unreadableInput)` for binary, empty, oversized
  /// (> 20 MB) or mixed-encoding input. `extract(data:path:)` calls this and turns the error into a diagnostic.
  public static func decode(_ data: Data, path: String) throws -> TextDecoder.Decoded {
    let decoded = try TextDecoder.decode(data, path: path, limit: .publishedReport)
    if decoded.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw FazhiError(.unreadableInput, path: path, "文件是空的，没有可提取的文字")
    }
    return decoded
  }

  /// Extracts a report from decoded text (plain, HTML, or Markdown when `path` names a .md file). Never throws.
  public func extract(text: String, path: String) -> ExtractionResult {
    extract(lines: Self.lines(of: text, path: path), path: path)
  }

  /// Extracts a report from a Word or PDF document read by `DocxReader` or `PDFTextReader`: paragraph N is line N,
  /// and every location says so (`unit: .paragraph`). Never throws.
  public func extract(document: ReadDocument, path: String) -> ExtractionResult {
    guard !document.paragraphs.isEmpty else {
      // About the file, not a 第1段 that does not exist; web-page words do not fit a Word file.
      let name = document.format == .pdf ? "PDF 文件" : "Word 文档"
      let message =
        "\(name)中没有正文文字（只有空段落、图片或页眉页脚），请确认选对了文件；文字在图片里的，请先做文字识别（OCR）"
      return ExtractionResult(
        report: nil,
        diagnostics: [Diagnostic(ruleID: "extract_no_text", severity: .error, location: nil, message: message)],
        isPartial: true, missing: ["标题", "正文"])
    }
    let lines = document.paragraphs.enumerated().map { index, paragraph in
      // Headings 1–4 only: deeper levels are not part of a report's outline (GB/T 9704 numbers four).
      SourceLine(
        text: paragraph.text, line: index + 1, unit: .paragraph,
        outlineLevel: paragraph.outlineLevel.flatMap { (0...3).contains($0) ? $0 : nil })
    }
    return extract(lines: consume lines, path: path, unit: .paragraph)
  }

  /// Extracts a report from source lines, located in the unit they count. Never throws.
  ///
  /// The stages, each below: clean the page, judge the kind, read the frame (主送, 落款, 成文日期), identify the
  /// subject and the year, build the outline and the parts, collect the figures, list what is missing.
  ///
  /// Pass the lines with `consume`: the lines (and the cleaned text the JSON shows) are released once the outline
  /// is built, which holds the text it needs, so they are not in memory beside the report (issue 10).
  func extract(lines rawLines: consuming [SourceLine], path: String, unit: LocationUnit? = nil) -> ExtractionResult {
    guard rawLines.count <= Self.maximumLines else {
      let what = unit == .paragraph ? "段" : "行"
      return failure(
        path: path, ruleID: "extract_unreadable",
        message: "文件超过 \(Self.maximumLines) \(what)，不像一份年度报告（年度报告一般只有几十到几百\(what)），请确认选对了文件",
        missing: ["正文"])
    }
    var cleaned = PageCleaner().clean(rawLines)
    _ = consume rawLines
    let start = TextLocation(file: path, line: 1, column: 1, unit: unit)
    if cleaned.lines.isEmpty && cleaned.title == nil {
      return failure(
        path: path, ruleID: "extract_no_text", message: "去掉网页杂项后没有正文，未找到标题和任何段落", missing: ["标题", "正文"],
        cleaned: cleaned.text, location: start)
    }
    var diagnostics: [Diagnostic] = []
    let titleText = cleaned.title?.text ?? cleaned.metadata.titleField
    let titleLocation = cleaned.title?.location(file: path) ?? start
    switch ReportKindJudge.judge(title: titleText, lines: cleaned.lines) {
    case .lawBasedGovernment: break
    case .other(let kind):
      return failure(
        path: path, ruleID: "extract_wrong_kind",
        message: "这是一份\(kind)，不是法治政府建设情况报告；已识别标题「\(titleText ?? "（无）")」，未提取",
        missing: ["法治政府建设情况报告"], cleaned: cleaned.text, location: titleLocation)
    case .uncertain(let kind):
      diagnostics.append(
        Diagnostic(
          ruleID: "extract_kind_uncertain", severity: .warning, location: titleLocation,
          message: "文中既有法治政府建设情况报告的内容，也有\(kind)的固定表述；已按法治政府建设情况报告提取，请确认文件无误"))
    }

    var frame = ReportFrame(lines: cleaned.lines)
    let identity = identify(title: titleText, frame: frame, metadata: cleaned.metadata)
    let framework = Self.framework(text: Self.opening(of: frame.body), year: identity.year, catalog: catalog)
    let matcher = framework.flatMap { partMatchers[$0.id] } ?? PartMatcher(catalog: catalog, framework: framework)
    let level = Self.level(of: identity, frame: frame)
    let cleanedText = detail == .full ? cleaned.text : ""

    let outline = OutlineBuilder(file: path, year: identity.year, matcher: matcher).build(frame.body)
    cleaned.lines = []
    frame.body = []
    diagnostics += outline.diagnostics
    var report = Report(
      metadata: ReportMetadata(
        jurisdiction: identity.jurisdiction ?? "", level: level, year: identity.year ?? 0, framework: framework?.id,
        title: titleText, issuer: frame.issuer ?? identity.titleIssuer, recipients: frame.recipients,
        date: frame.signatureDate ?? cleaned.metadata.writtenDate, publishedDate: cleaned.metadata.publishedDate,
        source: cleaned.metadata.source))
    let preamble = outline.preamble.map(\.text).joined(separator: "\n")
    report.preamble = preamble.isEmpty ? nil : preamble
    // Figures first: their list of paragraph positions is gone before the parts' sections are built.
    collectFigures(outline, file: path, into: &report)
    var parts = PartMapper(outline: outline, matcher: matcher, file: path).assemble(into: &report)
    // Built once the figures are collected: the tree and their paragraph list need not be in memory together.
    let headings = detail == .full ? outline.headings(file: path) : []
    let headingCount = outline.headingCount
    if headingCount == 0 {
      diagnostics.append(
        Diagnostic(
          ruleID: "extract_no_headings", severity: .warning, location: start,
          message: "没有找到任何可识别的标题（一、（一）1. 一是 等），结构无法还原，只提取了元数据和数字"))
    }

    let missing = missingElements(report: report, identity: identity, title: titleText, parts: parts, at: start)
    diagnostics += missing.diagnostics
    parts.sort()
    diagnostics.sort()
    return ExtractionResult(
      report: report, headings: headings, headingCount: headingCount, diagnostics: diagnostics,
      isPartial: missing.partial, missing: missing.names, cleanedText: cleanedText, parts: parts)
  }

  /// The level the subject's name gives; a city the recipients or the body call a 县级市 is at county level.
  static func level(of identity: Identity, frame: ReportFrame) -> ReportLevel? {
    let level = identity.jurisdiction.flatMap(MetadataFragments.level(of:))
    guard level == .city, let name = identity.jurisdiction,
      MetadataFragments.isCountyLevelCity(
        name, recipients: frame.recipients, mentionsCountyLevelCity: frame.body.contains { $0.text.fastContains("县级市") }
      )
    else { return level }
    return .county
  }

  /// 报告主体与年度：the title first; then the formula `现将…报告如下`, the opening sentence, the 落款 and the 文号.
  struct Identity {
    var jurisdiction: String?
    var year: Int?
    var titleIssuer: String?
  }

  func identify(title: String?, frame: ReportFrame, metadata: PageMetadata) -> Identity {
    let parts = title.map(MetadataFragments.parseTitle) ?? MetadataFragments.TitleParts()
    var identity = Identity(
      jurisdiction: parts.jurisdiction.flatMap { IssuerEvidence.isGeneric($0) ? nil : $0 }, year: parts.year,
      titleIssuer: parts.issuer)
    let opening = frame.body.prefix(3).map(\.text)
    var findings = opening.map(IssuerEvidence.reportFormula)
    findings += opening.prefix(1).map(IssuerEvidence.openingSentence)
    // A year among the first words of the body (`今年是2024年…`), as extraction has always read it.
    if let first = opening.first,
      let year = NumberSpotter.scan(String(first.prefix(20))).first(where: { $0.role == .year })
    {
      findings.append(.init(year: NSDecimalNumber(decimal: year.quantity.value).intValue))
    }
    if let issuer = frame.issuer { findings.append(.init(name: IssuerEvidence.subject(fromIssuer: issuer))) }
    if let number = metadata.documentNumber {
      findings.append(.init(year: IssuerEvidence.year(fromDocumentNumber: number)))
    }
    for finding in findings {
      if identity.jurisdiction == nil { identity.jurisdiction = finding.name }
      if identity.year == nil { identity.year = finding.year }
    }
    return identity
  }

  /// Catalog indicators (the first mention of each) and the other figures worth keeping as facts, once each.
  func collectFigures(_ outline: Outline, file: String, into report: inout Report) {
    var seenIndicators: Set<String> = []
    var seenFacts: Set<String> = []
    for place in outline.readingOrder() {
      let paragraph = outline[place]
      var lastMatch: String?  // the indicator of the figure before, which its completion copy follows
      for figure in FigureFinder.figures(in: paragraph, file: file) {
        let match = indicatorMatcher.match(figure, excluding: figure.isCompletion ? lastMatch : nil)
        if !figure.isCompletion { lastMatch = match?.id }
        if let spec = match {
          if seenIndicators.insert(spec.id).inserted {
            report.indicators.append(
              IndicatorValue(
                id: spec.id, label: spec.label, quantity: figure.quantity, raw: figure.raw, location: figure.location))
          }
          continue
        }
        if figure.isShared { continue }
        guard let label = FactLabel.label(figure.label, trailing: figure.trailingLabel) else { continue }
        let suffix =
          figure.role == .rangeFrom
          ? "（原值）" : figure.role == .changeIncrease ? "（增加）" : figure.role == .changeDecrease ? "（减少）" : ""
        let fact = Fact(
          label: label + suffix, quantity: figure.quantity, sentence: figure.sentence, location: figure.location)
        guard seenFacts.insert("\(fact.label)\u{1F}\(figure.raw)").inserted else { continue }
        report.facts.append(fact)
      }
    }
  }

  /// What was looked for and not found, whether that makes the result partial, and the notes saying so.
  func missingElements(
    report: Report, identity: Identity, title: String?, parts: [ReportPart], at start: TextLocation
  ) -> (names: [String], partial: Bool, diagnostics: [Diagnostic]) {
    var names: [String] = []
    var partial = false
    var diagnostics: [Diagnostic] = []
    for (name, isMissing, required) in [
      ("标题", title == nil, true), ("报告主体", identity.jurisdiction == nil, true), ("年度", identity.year == nil, true),
      ("层级", report.metadata.level == nil, false), ("成文日期", report.metadata.date == nil, false),
    ] where isMissing {
      names.append(name)
      if required { partial = true }
    }
    // A missing 第一责任人 part is only a note: many reports write that duty inside the achievements.
    let expected: [(part: ReportPart, required: Bool)] = [
      (.achievements, true), (.shortcomings, true), (.firstResponsible, false), (.nextYear, true),
    ]
    for (id, required) in expected where !parts.contains(id) {
      let name = catalog.part(id).key
      names.append(name)
      if required { partial = true }
      var message = "未找到「\(name)」部分" + (required ? "，提取结果不完整" : "（常写在主要举措中，未单列）")
      var location = start
      if id == .firstResponsible, let mention = PartMapper.responsibleMentions(in: report).first {
        message = "未单列「\(name)」部分；主要举措中的「\(mention.title)」写到了第一责任人职责，已保留在原处，未复制"
        location = mention.location ?? start
      }
      diagnostics.append(
        Diagnostic(
          ruleID: "extract_part_missing", severity: required ? .warning : .note, location: location, message: message))
    }
    return (names, partial, diagnostics)
  }

  func failure(
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

  /// How many characters of the body `framework` reads.
  static let frameworkWindow = 20_000

  /// The body lines joined by newlines as far as `framework` reads them: whole lines until they hold more than
  /// `frameworkWindow` characters, which gives `framework` the answer the whole body would, without a copy of it.
  /// (Joined lines hold at least the characters of the lines: a newline joins no cluster but a line-final CR.)
  static func opening(of lines: [SourceLine]) -> String {
    // A body of at most `frameworkWindow` bytes is read whole, as `framework` would: no characters to count.
    let bytes = lines.reduce(max(lines.count - 1, 0)) { $0 + $1.text.utf8.count }
    if bytes <= frameworkWindow { return lines.lazy.map(\.text).joined(separator: "\n") }
    var characters = 0
    var end = lines.startIndex
    while end < lines.endIndex && characters <= frameworkWindow {
      characters += lines[end].text.count
      end += 1
    }
    return lines[..<end].lazy.map(\.text).joined(separator: "\n")
  }

  /// 纲要 by the goal wording only one framework has, then by the one framework named by its years, then by the
  /// report's year (the newest framework when the year is unknown).
  static func framework(text: String, year: Int?, catalog: Catalog) -> FrameworkSpec? {
    // Text of at most 20,000 UTF-8 bytes has at most 20,000 characters: no need to walk grapheme clusters.
    let key = TextKey.key(
      text.utf8.count <= frameworkWindow ? Substring(text) : text.prefix(frameworkWindow))
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
