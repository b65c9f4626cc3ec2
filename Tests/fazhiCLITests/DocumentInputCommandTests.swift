import Foundation
import Testing

@testable import FazhiTestSupport

/// Word and PDF reports given to `extract`, `diff`, `init --from` and `validate`, end to end: the content decides,
/// and every file that cannot be read is a located Chinese message and exit 2.
@Suite(.serialized) struct DocumentInputCommandTests {
  static func write(_ data: Data, _ name: String, in dir: URL) throws -> String {
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// A small fictional report as Word writes it: auto-numbered headings are plain text here, the numbering tests
  /// cover numbering.xml.
  static func reportDocx() throws -> Data {
    let body = [
      "示例县2024年度法治政府建设情况报告",
      "2024年，示例县坚持以习近平法治思想为指导。现将有关情况报告如下：",
      "一、主要举措和成效",
      "（一）推进严格规范公正文明执法",
      "全年共收到行政复议申请90件，其中受理80件，不予受理10件。",
      "二、存在的不足和原因",
      "一是基层执法力量薄弱，原因是编制不足。",
      "三、2025年工作安排",
      "一是深化行政执法体制改革。",
      "示例县人民政府",
      "2025年2月18日",
    ].map { DocxFixture.paragraph($0) }.joined()
    return try DocxFixture(body: body).data()
  }

  @Test func extractReadsWordByContentWithParagraphLocations() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Named .txt on purpose: the content decides.
    let source = try Self.write(Self.reportDocx(), "报告.txt", in: dir)
    let run = try CLITests.run(["extract", source, "--format", "json"], in: dir)
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    #expect(run.stdout.contains("\"unit\" : \"paragraph\"") || run.stdout.contains("\"unit\": \"paragraph\""))
    let yaml = try CLITests.run(["extract", source], in: dir)
    #expect(yaml.stdout.contains("行政复议收到申请: 90"), "\(yaml.stdout)")
    #expect(yaml.stdout.contains("报告主体: 示例县"))
  }

  @Test func validateSaysToExtractADocumentFirst() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = try Self.write(Self.reportDocx(), "上年报告.docx", in: dir)
    let run = try CLITests.run(["validate", source], in: dir)
    #expect(run.status == 2)
    #expect(run.stderr.contains("fazhi extract 上年报告.docx"), "\(run.stderr)")
  }

  /// Files that cannot be read, each with the words its message must contain.
  static func badInputs() throws -> [(name: String, data: Data, expected: String)] {
    let plainZip = try DocxFixture.zip(["readme.txt": Data("不是 Word".utf8)])
    let truncated = try DocxFixture(body: DocxFixture.paragraph("正文")).data()
    var brokenParts = DocxFixture(body: "")
    brokenParts.parts["word/document.xml"] = "<?xml version=\"1.0\"?><w:document \(DocxFixture.namespaces)><w:body><w:p>"
    var bomb = DocxFixture(body: "")
    bomb.parts["word/document.xml"] =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
      + "<w:document \(DocxFixture.namespaces)><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    let empty = try DocxFixture(body: String(repeating: "<w:p/>", count: 20_000)).data()
    return [
      ("加密.docx", CompoundFileFixture.make(streams: ["EncryptionInfo", "EncryptedPackage"]), "密码"),
      ("旧版.doc", CompoundFileFixture.make(streams: ["WordDocument"]), "另存为"),
      ("表格.xlsx", try DocxFixture.zip(["xl/workbook.xml": Data("<workbook/>".utf8)]), "表格"),
      ("压缩包.docx", plainZip, "不是 Word 文档"),
      ("截断.docx", truncated.prefix(truncated.count / 2), "损坏"),
      ("未闭合.docx", try brokenParts.data(), "损坏"),
      ("炸弹.docx", try bomb.data(), "DOCTYPE"),
      ("空段落.docx", empty, "没有正文"),
    ]
  }

  @Test func unreadableDocumentsAreLocatedMessagesAndExitTwo() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for bad in try Self.badInputs() {
      let source = try Self.write(bad.data, bad.name, in: dir)
      let run = try CLITests.run(["extract", source], in: dir)
      #expect(run.status == 2, "\(bad.name): \(run.stderr)")
      #expect(run.stderr.hasPrefix(source), "\(bad.name): located at the file: \(run.stderr)")
      #expect(run.stderr.contains(bad.expected), "\(bad.name): \(run.stderr)")
      #expect(run.stdout.isEmpty)
      // The same file as last year's report is refused the same way.
      let diff = try CLITests.run(["diff", source, source], in: dir)
      #expect(diff.status == 2, "\(bad.name): \(diff.stderr)")
      #expect(diff.stderr.contains(bad.expected), "\(bad.name): \(diff.stderr)")
    }
  }

  @Test func largePDFIsRefusedBeforeReading() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // 200 MB, sparse: a PDF header and nothing the reader ever reaches.
    let path = dir.appendingPathComponent("大文件.pdf").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("%PDF-1.7\n".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 200 * 1_048_576)
    try handle.close()
    let run = try CLITests.run(["extract", path], in: dir)
    #expect(run.status == 2)
    #expect(run.stderr.contains("上限"), "\(run.stderr)")
  }

  @Test func scannedPDFNeedsOCR() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
      print("skipped: pdftotext absent (apt install poppler-utils)")
      return
    }
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = try Self.write(PDFFixture.make(pages: [[], []]), "扫描件.pdf", in: dir)
    let run = try CLITests.run(["extract", source], in: dir)
    #expect(run.status == 2)
    #expect(run.stderr.contains("OCR"), "\(run.stderr)")
  }

  /// fazhi's own Word draft of the example reads back as the example: the same extraction as its text draft, every
  /// one of the example's indicators with its value (all 103), and `diff` sees the text as reused.
  @Test func ownWordDraftReadsBackAsTheExample() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let example = Fixtures.packageRoot().appendingPathComponent("Examples/示例县-2025.yaml").path
    #expect(try CLITests.run(["draft", example, "-o", "示例县.docx"], in: dir).status == 0)
    #expect(try CLITests.run(["draft", example, "--format", "text", "-o", "示例县.txt"], in: dir).status == 0)
    let run = try CLITests.run(["diff", example, "示例县.docx", "--format", "json"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let reuse = try #require((json["reuse"] as? [String: Any])?["share"] as? Double)
    #expect(reuse >= 0.9)
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    let both = indicators.filter { $0["status"] as? String == "both" }
    let missed = indicators.filter { $0["status"] as? String != "both" }.compactMap { $0["id"] as? String }
    #expect(indicators.count >= 100 && missed.isEmpty, "\(both.count) of \(indicators.count); missed: \(missed)")
    #expect(both.allSatisfy { ($0["change"] as? Double) == 0 })
    // The Word draft gives exactly what the text draft gives.
    let fromWord = try CLITests.run(["extract", "示例县.docx"], in: dir)
    let fromText = try CLITests.run(["extract", "示例县.txt"], in: dir)
    // Everything but the first comment line, which names the source file.
    #expect(fromWord.stdout.contains("行政复议收到申请"))
    #expect(fromWord.stdout.split(separator: "\n").dropFirst() == fromText.stdout.split(separator: "\n").dropFirst())
  }
}
