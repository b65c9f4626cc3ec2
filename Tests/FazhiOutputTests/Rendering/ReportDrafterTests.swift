import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiOutput
@testable import FazhiTestSupport

/// `ReportDrafter`: load, validate, refuse on errors unless forced, render, write.
@Suite struct ReportDrafterTests {
  static func drafter(_ options: ReportDrafter.Options) throws -> ReportDrafter {
    try ReportDrafter(templates: TemplateLibrary(userDirectory: nil), options: options) { try Fixtures.catalog() }
  }

  static func temporaryFile(_ text: String) throws -> (URL, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-drafter-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("示例县-2025.yaml")
    try Data(text.utf8).write(to: url)
    return (dir, url)
  }

  @Test func draftsTheExampleAsTheRendererAndWriterDo() throws {
    var log: [String] = []
    let data = try Self.drafter(.init(format: .markdown)).draft(Fixtures.examplePath) { log.append($0) }
    let catalog = try Fixtures.catalog()
    let report = try #require(try ReportLoader(catalog: catalog).load(path: Fixtures.examplePath).report)
    let document = try ReportRenderer(catalog: catalog).render(report, template: "standard")
    #expect(data == (try MarkdownWriter().write(document).data))
    #expect(log.isEmpty)
  }

  @Test func contextOnlyGivesTheTemplateContext() throws {
    let data = try Self.drafter(.init(contextOnly: true)).draft(Fixtures.examplePath) { _ in }
    let catalog = try Fixtures.catalog()
    let report = try #require(try ReportLoader(catalog: catalog).load(path: Fixtures.examplePath).report)
    #expect(String(decoding: data, as: UTF8.self) == TemplateContext(report: report, catalog: catalog).json)
  }

  @Test func dataWithErrorsIsRefusedUnlessAllowed() throws {
    let text = "年度: 2025\n报告主体: 示例县\n层级: 村级\n"
    let (dir, url) = try Self.temporaryFile(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    let errors = try Fixtures.findings(text).filter { $0.severity == .error }
    #expect(errors.map(\.ruleID).contains("invalid_value"))
    var log: [String] = []
    let error = try #require(throws: FazhiError.self) {
      try Self.drafter(.init()).draft(url.path) { log.append($0) }
    }
    #expect(error.kind == .findings)
    #expect(error.message.hasPrefix("数据有 \(errors.count) 个错误，已停止起草"))
    #expect(log == [DiagnosticReporter.text(errors.map { Self.relocated($0, to: url.path) })])

    log = []
    let allowed = try Self.drafter(.init(allowErrors: true)).draft(url.path) { log.append($0) }
    #expect(!allowed.isEmpty)
    #expect(log.count == 2 && log[1] == "fazhi: 警告: 数据有 \(errors.count) 个错误，因 --allow-errors 仍然起草")

    // --force only replaces an output file: with errors it is refused, and the message says what changed.
    let overwrite = try #require(throws: FazhiError.self) {
      try Self.drafter(.init(overwrite: true)).draft(url.path) { _ in }
    }
    #expect(overwrite.message.contains("--allow-errors") && overwrite.message.contains("--force 只表示覆盖"))
  }

  /// Content an error kept out of the report is listed when drafting anyway: nothing goes missing unannounced.
  @Test func contentDroppedByAnErrorIsNamed() throws {
    let text = """
      年度: 2025
      报告主体: 示例县
      导言: 示例县推进依法行政。
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 推行三项制度
              内容: 全面推行三项制度。
            - [嵌套, 列表]
      成文日期: 2026-02-30
      主要指标:
        行政复议受理: 很多

      """
    let (dir, url) = try Self.temporaryFile(text)
    defer { try? FileManager.default.removeItem(at: dir) }
    var log: [String] = []
    _ = try Self.drafter(.init(allowErrors: true)).draft(url.path) { log.append($0) }
    let omitted = try #require(log.firstIndex { $0.contains("处内容有错误，未写入草稿") })
    let lines = log[(omitted + 1)...].map { $0.replacingOccurrences(of: url.path, with: "d.yaml") }
    #expect(log[omitted] == "fazhi: 警告: 以下 4 处内容有错误，未写入草稿：")
    #expect(
      lines == [
        "  d.yaml:3:1: 「导言」及其内容", "  d.yaml:9:9: 「主要举措和成效[0].事项[1]」", "  d.yaml:10:7: 「成文日期」",
        "  d.yaml:12:11: 指标「行政复议受理」",
      ])
  }

  /// `finding` as found in the file at `path` rather than in `t.yaml`.
  static func relocated(_ finding: Diagnostic, to path: String) -> Diagnostic {
    var moved = finding
    moved.location?.file = path
    return moved
  }

  @Test func dataThatDoesNotDecodeIsRefusedEvenWhenForced() throws {
    let (dir, url) = try Self.temporaryFile("- 年度: 2025\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    var log: [String] = []
    let error = try #require(throws: FazhiError.self) {
      try Self.drafter(.init(allowErrors: true)).draft(url.path) { log.append($0) }
    }
    #expect(error.kind == .findings && error.message == "数据文件无法解析，不能起草")
    #expect(log.count == 1 && log[0].contains("[yaml_not_mapping]"))
  }

  @Test func theFormatIsInferredFromTheFileName() {
    #expect(OutputFormat(inferredFrom: "报告.DOCX") == .docx)
    #expect(OutputFormat(inferredFrom: "a/报告.htm") == .html)
    #expect(OutputFormat(inferredFrom: "报告.markdown") == .markdown)
    #expect(OutputFormat(inferredFrom: "报告.text") == .text)
    #expect(OutputFormat(inferredFrom: "报告.pdf") == nil && OutputFormat(inferredFrom: "报告") == nil)
  }
}
