import Foundation
import Testing

@testable import FazhiTestSupport

/// Issue 10's denial-of-service inputs end to end: each is refused with exit 2 and a located Chinese message,
/// before the work it would cost.
@Suite struct InputLimitCommandTests {
  /// A 1 TB sparse file behind a symbolic link, for every command that reads a file: reading it first would fail
  /// with 无法读取 (or exhaust memory), so 文件过大 shows that `stat` followed the link before anything was read.
  @Test(arguments: [
    ["validate", "link.yaml"], ["draft", "link.yaml"], ["diff", "link.yaml", "example.yaml"],
    ["diff", "example.yaml", "link.txt"], ["extract", "link.txt"], ["validate", "example.yaml", "--last", "link.txt"],
  ])
  func everyCommandRefusesAnOversizedLinkBeforeReading(_ arguments: [String]) throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: CLITests.example, toPath: dir.appendingPathComponent("example.yaml").path)
    let huge = dir.appendingPathComponent("huge.bin")
    #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 1 << 40)
    try handle.close()
    for name in ["link.yaml", "link.txt"] {
      try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: huge)
    }
    let run = try CLITests.run(arguments, in: dir)
    #expect(run.status == 2, "\(arguments): \(run.stderr)")
    #expect(run.stderr.contains("文件过大（1048576.0 MB"), "\(arguments): \(run.stderr)")
  }

  /// Half a million bare heading markers are not a report: refused before the outline holds them.
  @Test func extractRefusesTextWithMoreLinesThanAReport() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = "示例县人民政府关于2025年度法治政府建设情况的报告\n" + String(repeating: "一、\n（一）\n1.\n", count: 5_000)
    try text.write(to: dir.appendingPathComponent("headings.txt"), atomically: true, encoding: .utf8)
    let run = try CLITests.run(["extract", "headings.txt", "-o", "headings.yaml"], in: dir)
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.contains("文件超过 10000 行"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("headings.yaml").path))
  }

  /// A reference document that is no zip, or whose styles.xml is not well-formed, stops the draft with exit 2 and
  /// writes nothing (it used to copy the broken styles into a .docx Word cannot open, with exit 0).
  @Test func draftRefusesAReferenceThatIsNotAWellFormedDocx() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(repeating: 0x61, count: 3 * 1_048_576).write(to: dir.appendingPathComponent("plain.docx"))
    let first = try CLITests.run(
      ["draft", CLITests.example, "--format", "docx", "--reference-doc", "plain.docx", "-o", "out.docx"], in: dir)
    #expect(first.status == 2, "\(first.stderr)")
    #expect(first.stderr.contains("plain.docx: 不是有效的 Word（.docx）文件"), "\(first.stderr)")
    // A zip header with no end record: refused from the tail, not by probing the whole file.
    var truncated = Data([0x50, 0x4B, 0x03, 0x04])
    truncated.append(Data(repeating: 0, count: 1_048_576))
    try truncated.write(to: dir.appendingPathComponent("truncated.docx"))
    let second = try CLITests.run(
      ["draft", CLITests.example, "--format", "docx", "--reference-doc", "truncated.docx", "-o", "out.docx"], in: dir)
    #expect(second.status == 2, "\(second.stderr)")
    #expect(second.stderr.contains("ZIP 结构不完整"), "\(second.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
  }

  /// A styles.xml that inflates past the part limit (64 MB) is refused from the zip directory's declared size; one
  /// that is not well-formed XML is refused after parsing. Both with exit 2, located at the reference, no output.
  @Test func draftRefusesAStylesBombAndMalformedStyles() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(DocxFixture.namespaces)>"
    let cases: [(name: String, styles: Data, expected: String)] = [
      ("bomb.docx", Data(open.utf8) + Data(repeating: 0x20, count: 65 * 1_048_576) + Data("</w:styles>".utf8), "上限"),
      ("malformed.docx", Data((open + "<w:style w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:styles>").utf8), "XML"),
    ]
    for (name, styles, expected) in cases {
      var parts = DocxFixture(body: DocxFixture.paragraph("示例县")).parts.mapValues { Data($0.utf8) }
      parts["word/styles.xml"] = styles
      try DocxFixture.zip(parts).write(to: dir.appendingPathComponent(name))
      let run = try CLITests.run(
        ["draft", CLITests.example, "--format", "docx", "--reference-doc", name, "-o", "out.docx"], in: dir)
      #expect(run.status == 2, "\(name): \(run.stderr)")
      #expect(run.stderr.contains("\(name): 不是可用的 Word（.docx）参考文档"), "\(name): \(run.stderr)")
      #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
      #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
    }
  }
}
