import Foundation
import Testing

@testable import FazhiTestSupport

/// A title too long for one line is set in Word in lines broken between its phrases (TitleLayout); reading the
/// .docx back joins those lines into the title as written, without a space where the line broke.
@Suite struct WordTitleRoundTripTests {
  @Test func aLongTitleBrokenIntoLinesReadsBackWhole() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let title = "示例县人民政府关于示例县2025年度法治政府建设工作情况和2026年工作安排的报告"
    let example = try String(
      contentsOf: Fixtures.packageRoot().appendingPathComponent("Examples/示例县-2025.yaml"), encoding: .utf8)
    let data = example.replacingOccurrences(of: "层级: 县级\n", with: "层级: 县级\n标题: \(title)\n")
    try data.write(to: dir.appendingPathComponent("长标题.yaml"), atomically: true, encoding: .utf8)
    #expect(try CLITests.run(["draft", "长标题.yaml", "-o", "长标题.docx"], in: dir).status == 0)
    let document = try String(decoding: DocxFixture.member("word/document.xml", of: dir.appendingPathComponent("长标题.docx")), as: UTF8.self)
    // Three lines in a 菱形, each break between phrases.
    #expect(document.contains("示例县人民政府关于示例县</w:t><w:br/><w:t xml:space=\"preserve\">2025年度法治政府建设工作情况和</w:t><w:br/>"))
    let extracted = try CLITests.run(["extract", "长标题.docx"], in: dir)
    #expect(extracted.stdout.contains("标题: \(title)\n"), "\(extracted.stdout.prefix(400))")
  }
}
