import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// `ReportExtractor.extract(file:)`: reading a file, and refusing one before reading it.
@Suite struct ExtractFileTests {
  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-extractfile-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func anOversizedFileIsRefusedByItsSizeAlone() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("大.txt")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    // A sparse file: its size is above the limit without writing the bytes.
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(TextDecoder.maximumSize + 1_048_576))
    try handle.close()
    let result = try ReportExtractor(catalog: Fixtures.catalog()).extract(file: url.path)
    #expect(result.report == nil)
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.ruleID == "extract_unreadable" && finding.severity == .error && finding.location == nil)
    #expect(finding.message == "文件过大（21.0 MB，上限 20 MB），不像一份年度报告，请确认选对了文件")
  }

  @Test func aMissingFileIsUnreadable() throws {
    let result = try ReportExtractor(catalog: Fixtures.catalog()).extract(file: "/nonexistent/示例县.txt")
    #expect(result.report == nil)
    #expect(result.diagnostics.map(\.ruleID) == ["extract_unreadable"])
    #expect(result.diagnostics.first?.message == "无法读取文件，请检查路径和权限")
  }

  @Test func aReadableFileExtractsAsItsBytesDo() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("示例县.txt")
    let text = "示例县2025年度法治政府建设情况报告\n一、主要举措和成效\n全年受理行政复议申请100件。\n"
    try Data(text.utf8).write(to: url)
    let extractor = ReportExtractor(catalog: try Fixtures.catalog())
    #expect(extractor.extract(file: url.path) == extractor.extract(data: Data(text.utf8), path: url.path))
  }

  /// More lines than a report has are refused before they are all split (issue 10: 3.5 MB of bare heading
  /// markers held 490 MB as outline records).
  @Test func moreLinesThanAReportAreRefusedBeforeTheyAreAllSplit() throws {
    let text = "示例县人民政府关于2025年度法治政府建设情况的报告\n" + String(repeating: "一、\n", count: 3 * ReportExtractor.maximumLines)
    #expect(PlainText.lines(text, limit: 5).map(\.line) == [1, 2, 3, 4, 5])
    #expect(PlainText.lines(text).count == 3 * ReportExtractor.maximumLines + 1)
    let result = try ReportExtractor(catalog: Fixtures.catalog()).extract(text: text, path: "多行.txt")
    #expect(result.report == nil)
    #expect(result.diagnostics.map(\.ruleID) == ["extract_unreadable"])
    #expect(result.diagnostics.first?.message.contains("文件超过 10000 行") == true)
  }
}
