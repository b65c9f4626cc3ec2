import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// The one reader of last year's report (`init --from`, `validate --last`) and of both sides of `diff`.
@Suite struct ReportFileTests {
  static func temporaryFile(_ name: String, _ text: String) throws -> (URL, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-reportfile-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return (dir, url)
  }

  @Test func yamlWithErrorsIsReadAndItsErrorsAreKept() throws {
    let (dir, url) = try Self.temporaryFile("示例县-2024.yaml", "年度: 2024\n报告主体: 示例县\n层级: 村级\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try ReportFile.read(url.path, catalog: Fixtures.catalog())
    #expect(file.report.metadata.year == 2024)
    #expect(file.report.metadata.jurisdiction == "示例县")
    #expect(file.errors.map(\.ruleID) == ["invalid_value"])
  }

  @Test func yamlThatDoesNotDecodeIsRefusedWithTheFirstErrorLocated() throws {
    let (dir, url) = try Self.temporaryFile("坏.yml", "- 年度: 2024\n- 报告主体: 示例县\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let error = try #require(throws: FazhiError.self) { try ReportFile.read(url.path, catalog: Fixtures.catalog()) }
    #expect(error.kind == .unreadableInput)
    #expect(error.path == url.path)
    #expect(error.message.hasPrefix("无法解析这个数据文件（\(url.path):1:1: "), "\(error.message)")
    #expect(error.message.hasSuffix("；请先用 fazhi validate 检查"))
  }

  @Test func aPublishedReportIsReadThroughTheExtractor() throws {
    let text = """
      示例县2024年度法治政府建设情况报告
      2024年，示例县深入推进依法行政。现将有关情况报告如下：
      一、主要举措和成效
      全年受理行政复议申请80件。
      二、存在的不足和原因
      执法人员能力不足，原因是培训不够。
      三、2025年工作安排
      一是深化复议改革。
      示例县人民政府
      2025年2月20日
      """
    let (dir, url) = try Self.temporaryFile("示例县-2024.txt", text)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try ReportFile.read(url.path, catalog: Fixtures.catalog())
    #expect(file.report.metadata.year == 2024)
    #expect(file.report.metadata.jurisdiction == "示例县")
    #expect(file.errors.isEmpty)
  }

  @Test func aMissingFileIsUnreadableInput() throws {
    let catalog = try Fixtures.catalog()
    for name in ["无此文件.yaml", "无此文件.txt"] {
      let error = try #require(throws: FazhiError.self) { try ReportFile.read("/nonexistent/\(name)", catalog: catalog) }
      #expect(error.kind == .unreadableInput)
    }
  }

  @Test func onlyYAMLExtensionsAreReadAsData() {
    #expect(ReportFile.isYAML("a/b.YAML") && ReportFile.isYAML("b.yml"))
    #expect(!ReportFile.isYAML("b.txt") && !ReportFile.isYAML("yaml"))
  }
}
