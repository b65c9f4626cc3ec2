import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct DocxReferenceTests {
  /// A reference .docx made by fazhi itself, with a recognisable Title style, no Body style and other margins.
  private func makeReference(in directory: URL) throws -> URL {
    var parts = try WriterFixtures.unzip(DocxWriter().write(WriterFixtures.sampleReport()).data)
    var styles = try WriterFixtures.partText(parts, "word/styles.xml")
    styles = styles.replacingOccurrences(
      of: "<w:name w:val=\"Title\"/>", with: "<w:name w:val=\"Title\"/><w:aliases w:val=\"参考标题\"/>")
    let body = try #require(styles.range(of: "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Body\">"))
    let bodyEnd = try #require(styles.range(of: "</w:style>", range: body.upperBound..<styles.endIndex))
    styles.removeSubrange(body.lowerBound..<bodyEnd.upperBound)
    parts["word/styles.xml"] = Data(styles.utf8)
    var document = try WriterFixtures.partText(parts, "word/document.xml")
    document = document.replacingOccurrences(of: "w:top=\"2098\"", with: "w:top=\"1440\"")
    parts["word/document.xml"] = Data(document.utf8)
    parts["word/theme/theme1.xml"] = Data(
      "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"参考\"/>".utf8)
    let url = directory.appendingPathComponent("reference.docx")
    try WriterFixtures.zip(parts).write(to: url)
    return url
  }

  @Test func takesStylesThemeAndPageSetupFromTheReference() throws {
    let directory = try WriterFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let reference = try makeReference(in: directory)
    let parts = try WriterFixtures.unzip(
      DocxWriter(referenceDocument: reference).write(WriterFixtures.sampleReport()).data)
    let styles = try WriterFixtures.partText(parts, "word/styles.xml")
    #expect(styles.contains("<w:aliases w:val=\"参考标题\"/>"))
    // The style the reference lacks is added back so body paragraphs still find it.
    #expect(styles.components(separatedBy: "w:styleId=\"Body\"").count == 2)
    #expect(XMLProbe.parse(try WriterFixtures.part(parts, "word/styles.xml")) != nil)
    let document = try WriterFixtures.partText(parts, "word/document.xml")
    #expect(document.contains("<w:pgMar w:top=\"1440\""))
    // Runs leave fonts to the reference styles.
    #expect(!document.contains("w:eastAsia=") && !document.contains("w:ascii="))
    #expect(document.contains("<w:rStyle w:val=\"Heading3Char\"/>"))
    #expect(parts["word/theme/theme1.xml"] != nil)
    let contentTypes = try WriterFixtures.partText(parts, "[Content_Types].xml")
    #expect(contentTypes.contains("/word/theme/theme1.xml"))
    let relationships = try WriterFixtures.partText(parts, "word/_rels/document.xml.rels")
    #expect(relationships.contains("Target=\"theme/theme1.xml\""))
  }

  /// A Letter page with a 小四 body is used as given, with warnings, and the added Body style indents two 小四
  /// characters.
  @Test func warnsAboutAPageAndBodyGBT9704DoesNotUse() throws {
    let directory = try WriterFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var parts = try WriterFixtures.unzip(WriterFixtures.zip(WriterFixtures.unzip(
      try Data(contentsOf: makeReference(in: directory)))))
    var styles = try WriterFixtures.partText(parts, "word/styles.xml")
    styles = styles.replacingOccurrences(of: "<w:sz w:val=\"32\"/>", with: "<w:sz w:val=\"24\"/>")
    parts["word/styles.xml"] = Data(styles.utf8)
    var document = try WriterFixtures.partText(parts, "word/document.xml")
    document = document.replacingOccurrences(of: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", with: "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")
    parts["word/document.xml"] = Data(document.utf8)
    let url = directory.appendingPathComponent("letter.docx")
    try WriterFixtures.zip(parts).write(to: url)

    let output = try DocxWriter(referenceDocument: url).write(WriterFixtures.sampleReport())
    #expect(
      output.warnings == [
        "参考文档的纸张为 Letter（216 × 279 毫米），不符合 GB/T 9704 的 A4（210 × 297 毫米）纵向纸张",
        "参考文档的正文字号为 12 磅（小四），不符合 GB/T 9704 的三号（16 磅）",
      ])
    let merged = try WriterFixtures.partText(WriterFixtures.unzip(output.data), "word/styles.xml")
    #expect(merged.contains("w:styleId=\"Body\"><w:name w:val=\"Body\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Body\"/><w:qFormat/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>"))
    #expect(try DocxWriter(referenceDocument: makeReference(in: directory)).write(WriterFixtures.sampleReport()).warnings.isEmpty)
  }

  @Test func rejectsAFileThatIsNotAZip() throws {
    let directory = try WriterFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("不是文档.docx")
    try Data("这不是 Word 文件".utf8).write(to: url)
    let error = #expect(throws: FazhiError.self) {
      try DocxWriter(referenceDocument: url).write(WriterFixtures.sampleReport())
    }
    #expect(error?.kind == .unreadableInput)
    #expect(error?.path == url.path)
    #expect(error?.message.contains("不是有效的 Word（.docx）文件") == true)
    #expect(error?.exitCode == 2)
  }

  @Test func rejectsAZipWithoutStyles() throws {
    let directory = try WriterFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("空.docx")
    try WriterFixtures.zip(["word/document.xml": Data("<w:document/>".utf8)]).write(to: url)
    let error = #expect(throws: FazhiError.self) {
      try DocxWriter(referenceDocument: url).write(WriterFixtures.sampleReport())
    }
    #expect(error?.message.contains("缺少 word/styles.xml") == true)
  }

  /// Every part copied into the draft verbatim must parse: a font table or theme Word cannot read makes a draft
  /// Word cannot open. And a part past the size limit is refused while inflating.
  @Test func rejectsPartsThatAreNotWellFormedOrTooLarge() throws {
    let directory = try WriterFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let parts = try WriterFixtures.unzip(Data(contentsOf: makeReference(in: directory)))
    for part in ["word/styles.xml", "word/fontTable.xml", "word/theme/theme1.xml", "word/document.xml"] {
      var broken = parts
      broken[part] = try WriterFixtures.part(parts, part).dropLast(3)
      let url = directory.appendingPathComponent("broken.docx")
      try WriterFixtures.zip(broken).write(to: url)
      let error = #expect(throws: FazhiError.self, "\(part)") {
        try DocxWriter(referenceDocument: url).write(WriterFixtures.sampleReport())
      }
      #expect(error?.exitCode == 2)
      #expect(error?.message.contains(part) == true, "\(error?.message ?? "")")
    }
    let reference = try makeReference(in: directory)
    let small = ReadLimits(maxXMLPartBytes: 1024)
    let error = #expect(throws: FazhiError.self) { try DocxReference(url: reference, limits: small) }
    #expect(error?.message.contains("上限") == true, "\(error?.message ?? "")")
    #expect(try DocxReference(url: reference).styles.contains("</w:styles>"))
  }

  @Test func reportsAMissingReference() throws {
    let url = URL(fileURLWithPath: "/nonexistent/fazhi-reference.docx")
    let error = #expect(throws: FazhiError.self) {
      try DocxWriter(referenceDocument: url).write(WriterFixtures.sampleReport())
    }
    #expect(error?.kind == .unreadableInput)
  }

  @Test func readsTheLastSectionOfADocument() {
    let xml =
      "<w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w=\"1\" w:h=\"2\"/></w:sectPr></w:pPr></w:p>"
      + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1\" w:right=\"2\" "
      + "w:bottom=\"3\" w:left=\"4\" w:header=\"5\" w:footer=\"6\" w:gutter=\"0\"/></w:sectPr></w:body>"
    let section = DocxReference.lastSection(of: xml)
    #expect(section?.pageSize == "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")
    #expect(section?.margins?.hasPrefix("<w:pgMar w:top=\"1\"") == true)
    #expect(section?.grid == nil)
  }
}
