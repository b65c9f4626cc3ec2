import Foundation
import Yams
import FazhiCore

/// Reads report YAML files: screening, parsing with positions, and decoding into `Report`.
public struct ReportLoader: Sendable {
  public let catalog: Catalog
  /// Every key a report can hold (for `InputScreening` to spot `年度:2025`).
  private let keys: Set<String>
  /// The catalog's placeholders, for the decoder to leave an indicator written as one out of the figures.
  private let placeholderMarkers: PlaceholderMarkers

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.keys = ReportLoader.keys(of: catalog)
    self.placeholderMarkers = PlaceholderMarkers(catalog)
  }

  /// The keys of the report format and the catalog's indicator names (keys under 主要指标).
  static func keys(of catalog: Catalog) -> Set<String> {
    var keys = Set(ReportKey.metadataKeys + [ReportKey.preamble, ReportKey.indicators, ReportKey.customIndicators])
    keys.formUnion([ReportKey.facts, ReportKey.Area.area, ReportKey.Area.title, ReportKey.Area.summary])
    keys.formUnion([ReportKey.Area.items, ReportKey.ItemKey.text, ReportKey.ShortcomingKey.problem])
    keys.formUnion([ReportKey.ShortcomingKey.cause, ReportKey.FactKey.label, ReportKey.FactKey.value])
    keys.formUnion([ReportKey.FactKey.sentence])
    for part in catalog.parts { keys.formUnion([part.key] + part.aliases) }
    for indicator in catalog.indicators { keys.formUnion([indicator.label] + indicator.aliases) }
    return keys
  }

  /// Reads and decodes the file at `path`. Throws `FazhiError` only when the file cannot be read at all
  /// (missing, too large, binary, in no known encoding); everything about its content becomes a diagnostic.
  /// A file over `TextDecoder.Limit.reportData` is refused before it is read (`InputFile`).
  public func load(path: String) throws -> LoadedReport {
    let limit = TextDecoder.Limit.reportData
    let data: Data
    do {
      data = try InputFile.read(path, limit: limit.bytes)
    } catch {
      let message =
        switch error {
        case .missing: "文件不存在，请检查路径是否正确"
        case .directory: "这是一个文件夹，请指定 YAML 文件"
        case .unreadable: "无法读取文件，请检查文件权限"
        case .tooLarge(let bytes): InputFile.tooLargeMessage(bytes: bytes, limit: limit)
        }
      throw FazhiError(.unreadableInput, path: path, message)
    }
    return try load(data: data, file: path)
  }

  /// Decodes YAML bytes (UTF-8, GB18030/GBK or UTF-16 with a BOM; see `TextDecoder`); `file` is the name used
  /// in locations.
  public func load(data: Data, file: String) throws -> LoadedReport {
    try DocumentSniffer.refuseAsDataFile(data, path: file)
    return load(text: try TextDecoder.decode(data, path: file, limit: .reportData).text, file: file)
  }

  /// Decodes YAML text; `file` is the name used in locations.
  public func load(text: String, file: String) -> LoadedReport {
    let screening = InputScreening.screen(text, file: file, keys: keys)
    var diagnostics = screening.diagnostics
    // Positions are in the user's text; the decoder maps marks in the repaired text back through `screening`.
    var positions = PositionMap(file: file, text: text)
    let start = TextLocation(file: file, line: 1, column: 1)
    if Self.hasOnlyComments(text) {
      diagnostics.append(Diagnostic(EmptyFileRule.description, at: start, EmptyFileRule.blank))
      return LoadedReport(file: file, text: text, report: nil, positions: positions, diagnostics: diagnostics)
    }
    let root: Yams.Node?
    // Yams holds node anchors weakly and the parser owns them: it must outlive decoding, or every anchor reads
    // nil and `yaml_anchor` never fires.
    let parser: Parser
    do {
      // Tags are never asked for: the decoder reads every scalar as its text. The default resolver ran its
      // regexes over every mapping key for Yams' duplicate-key check; without rules, a plain `1` and a quoted
      // "1" are the same key there, as they are to the decoder.
      parser = try Parser(yaml: screening.text, resolver: .basic, encoding: .utf8)
      root = try parser.singleRoot()
    } catch let error as YamlError {
      var finding = YAMLErrorTranslator.diagnostic(for: error, file: file)
      if let location = finding.location {
        finding.location?.column = screening.originalColumn(line: location.line, column: location.column)
      }
      diagnostics.append(finding)
      return LoadedReport(
        file: file, text: text, report: nil, positions: positions, diagnostics: Self.dedupe(diagnostics))
    } catch {
      diagnostics.append(Diagnostic(YAMLSyntaxRule.description, at: start, YAMLSyntaxRule.failed(error)))
      return LoadedReport(file: file, text: text, report: nil, positions: positions, diagnostics: diagnostics)
    }
    guard let root else {
      diagnostics.append(Diagnostic(EmptyFileRule.description, at: start, EmptyFileRule.noDocument))
      return LoadedReport(file: file, text: text, report: nil, positions: positions, diagnostics: diagnostics)
    }
    var decoder = ReportDecoder(
      catalog: catalog, markers: placeholderMarkers, file: file, positions: positions, screening: screening)
    let report = withExtendedLifetime(parser) { decoder.decode(root) }
    positions = decoder.positions
    diagnostics += decoder.diagnostics
    var loaded = LoadedReport(
      file: file, text: text, report: report, positions: positions, diagnostics: Self.dedupe(diagnostics),
      placeholderPaths: decoder.placeholderPaths)
    loaded.omissions = decoder.omissions.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return loaded
  }

  /// True when the text is blank or every line that is not empty is a comment (`#` after any whitespace).
  static func hasOnlyComments(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    if scalars.allSatisfy(Whitespace.isWhitespaceOrNewline) { return true }
    // Decided at the first line that is not a comment, usually the first or second line of a report.
    var lineStart = scalars.startIndex
    while lineStart < scalars.endIndex {
      let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.endIndex
      if lineStart < lineEnd && !Whitespace.trim(Substring(scalars[lineStart..<lineEnd])).hasPrefix("#") {
        return false
      }
      lineStart = lineEnd < scalars.endIndex ? scalars.index(after: lineEnd) : lineEnd
    }
    return true
  }

  static func dedupe(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    return diagnostics.filter { seen.insert($0).inserted }
  }
}

/// Turns libyaml's English errors into located Chinese findings.
enum YAMLErrorTranslator {
  static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
    func at(_ mark: Mark?) -> TextLocation {
      TextLocation(file: file, line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))
    }
    switch error {
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(DuplicateKeyRule.description, at: at(context.mark), DuplicateKeyRule.message(duplicates))
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let (message, useContext) = translate(problem: problem, context: context?.text)
      let location = useContext ? at(context?.mark ?? mark) : at(mark)
      let note = "libyaml：\(problem)\(context.map { "（\($0.text)）" } ?? "")"
      return Diagnostic(YAMLSyntaxRule.description, at: location, message, notes: [note])
    case .reader(let problem, _, _, _):
      return Diagnostic(
        YAMLSyntaxRule.description, at: at(nil), YAMLSyntaxRule.forbiddenCharacter, notes: ["libyaml：\(problem)"])
    default:
      return Diagnostic(YAMLSyntaxRule.description, at: at(nil), YAMLSyntaxRule.failed(error))
    }
  }

  static func translate(problem: String, context: String?) -> (String, Bool) {
    let p = problem.lowercased()
    if p.contains("found character that cannot start any token") {
      return ("这里有 YAML 不能识别的字符（常见原因：用 Tab 缩进、值以 @ 或 ` 开头）；请用空格缩进，或给值加上引号", false)
    }
    if p.contains("mapping values are not allowed") {
      return ("这一行的冒号位置不对：键值对要写成「键: 值」，值里有半角冒号时请给整个值加引号", false)
    }
    if p.contains("could not find expected ':'") {
      return ("这一行缺少键和值之间的半角冒号「:」（或上一行的引号没有闭合）", true)
    }
    if p.contains("did not find expected key") || p.contains("did not find expected '-'") {
      return ("缩进不一致：同一层级的键和列表项必须对齐，请检查这一行的缩进", false)
    }
    if p.contains("found undefined alias") {
      return ("使用了未定义的别名（*），报告数据中请不要使用 YAML 锚点和别名", false)
    }
    if p.contains("found unexpected end of stream") {
      return ("文件意外结束：可能有未闭合的引号或括号", true)
    }
    if p.contains("block sequence entries are not allowed") {
      return ("列表项「- 」不能写在这里：请换行并缩进后再写列表", false)
    }
    if p.contains("but found another document") {
      return ("文件中有多个 YAML 文档（出现了「---」分隔线），一个文件只写一份报告", false)
    }
    return ("YAML 语法错误，请检查这一行的缩进、冒号和引号", false)
  }
}
