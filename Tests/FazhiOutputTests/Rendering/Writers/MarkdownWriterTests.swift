import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct MarkdownWriterTests {
  @Test func mapsTheOutlineToHeadingLevels() throws {
    let text = try WriterFixtures.string(MarkdownWriter().write(WriterFixtures.sampleReport()))
    let lines = text.components(separatedBy: "\n")
    #expect(lines[0] == "# 示例县人民政府关于2025年度法治政府建设情况的报告")
    #expect(lines[2] == "中共示例市委、示例市人民政府：")
    #expect(lines.contains("## 一、2025年度推进法治政府建设的主要举措和成效"))
    #expect(lines.contains("### （一）深入学习贯彻习近平法治思想"))
    #expect(lines.contains("#### 1.推行行政执法三项制度"))
    #expect(lines.contains("##### （1）执法公示"))
    #expect(lines.contains("**1.健全推进机制**。县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点。"))
    #expect(lines.contains("**2.强化学法用法**。组织县政府常务会议会前学法12次，领导干部旁听庭审326人次。"))
    #expect(text.hasSuffix("\n\n示例县人民政府\\\n2026年2月20日\n"))
  }

  @Test func writesGFMTables() throws {
    let text = try WriterFixtures.string(MarkdownWriter().write(WriterFixtures.sampleReport()))
    #expect(
      text.contains(
        "2025年度行政复议和应诉情况\n\n| 项目 | 件数 | 同比 |\n| --- | --- | --- |\n| 收到行政复议申请 | 120 | 增长8.1% |\n"))
  }

  @Test func escapesCharactersThatWouldChangeMeaning() throws {
    let doc = RenderedDocument(
      title: "标题*重点*",
      blocks: [
        .paragraph(lead: nil, text: "#不是标题"),
        .paragraph(lead: nil, text: "- 不是列表 a_b_c <b>x</b> [链接](y) & `代码`"),
        .paragraph(lead: nil, text: "2025. 不是编号"),
        .paragraph(lead: nil, text: "    不是代码块"),
        .table(caption: nil, rows: [["甲|乙", "丙"], ["1", "2"]]),
      ])
    let text = try WriterFixtures.string(MarkdownWriter().write(doc))
    #expect(text.hasPrefix("# 标题\\*重点\\*\n"))
    #expect(text.contains("\n\\#不是标题\n"))
    #expect(text.contains("\n\\- 不是列表 a\\_b\\_c \\<b\\>x\\</b\\> \\[链接\\](y) \\& \\`代码\\`\n"))
    #expect(text.contains("\n2025\\. 不是编号\n"))
    #expect(text.contains("\n不是代码块\n"))
    #expect(text.contains("| 甲\\|乙 | 丙 |"))
  }

  /// A combining mark after `*` makes one `Character` of the two; the `*` still starts emphasis in Markdown.
  @Test func escapesMarksFollowedByCombiningMarks() throws {
    let doc = RenderedDocument(title: "标题", blocks: [.paragraph(lead: nil, text: "重点*\u{301}文字*\u{301}")])
    let text = try WriterFixtures.string(MarkdownWriter().write(doc))
    #expect(text.contains("重点\\*\u{301}文字\\*\u{301}"))
  }

  /// Every run-in heading is bold to a CommonMark renderer (cmark, or pandoc's GFM reader).
  @Test(.enabled(if: CommonMarkRenderer.command != nil, "cmark 与 pandoc 均未安装：跳过 CommonMark 渲染检查（apt-get install cmark）"))
  func runInHeadingsRenderAsStrong() throws {
    var doc = WriterFixtures.sampleReport()
    let leads = ["深化改革。", "是否到位？", "完善机制（试行）。", "推进“八五”普法", "收尾："]
    for (index, lead) in leads.enumerated() {
      doc.blocks.append(.paragraph(lead: RunInHeading(level: 2, number: "（\(index + 1)）", text: lead), text: "正文内容。"))
    }
    doc.blocks.append(.paragraph(lead: RunInHeading(level: 3, number: "9.", text: "标点之后。"), text: "“引号”开头的正文。"))
    let markdown = try WriterFixtures.string(MarkdownWriter().write(doc))
    let html = try #require(try CommonMarkRenderer.render(markdown))
    let runIns = doc.blocks.filter { if case .paragraph(.some, _) = $0 { true } else { false } }.count
    #expect(html.components(separatedBy: "<strong>").count - 1 == runIns)
    #expect(html.contains("<strong>1.健全推进机制</strong>。县政府常务会议"))
    #expect(html.contains("<strong>（2）是否到位</strong>？正文内容。"))
    #expect(!html.contains("**"))
  }
}

/// A CommonMark renderer on PATH: `cmark`, else `pandoc -f gfm`.
enum CommonMarkRenderer {
  static let command: [String]? = {
    for candidate in [["cmark"], ["pandoc", "-f", "gfm", "-t", "html"]] {
      for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
      where FileManager.default.isExecutableFile(atPath: "\(directory)/\(candidate[0])") {
        return ["\(directory)/\(candidate[0])"] + candidate.dropFirst()
      }
    }
    return nil
  }()

  static func render(_ markdown: String) throws -> String? {
    guard let command else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(markdown.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(data: data, encoding: .utf8)
  }
}
