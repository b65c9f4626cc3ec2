import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("Detection by content")
struct SnifferTests {
  @Test func detectsByContentNotExtension() throws {
    let docx = try DocxFixture(body: DocxFixture.paragraph("正文")).data()
    #expect(try DocumentSniffer.sniff(docx, fileName: "报告.txt").get() == .docx)
    #expect(try DocumentSniffer.sniff(Data("%PDF-1.7\n...".utf8), fileName: "报告.docx").get() == .pdf)
    let html = Data("\u{FEFF}  <!DOCTYPE html><html><body>报告</body></html>".utf8)
    #expect(try DocumentSniffer.sniff(html, fileName: "报告.txt").get() == .text)
    let text = Data("示例县2025年度法治政府建设情况报告\n<一>".utf8)
    #expect(try DocumentSniffer.sniff(text, fileName: "报告.html").get() == .text)
    #expect(DocumentSniffer.sniff(Data("{\\rtf1\\ansi".utf8), fileName: "报告.doc").failure?.kind == .richText)
  }

  @Test func sniffsFilesOnDisk() throws {
    let docx = try PDFFixture.write(try DocxFixture(body: DocxFixture.paragraph("正文")).data(), name: "a.bin")
    #expect(try DocumentSniffer.sniff(fileURL: docx).get() == .docx)
    #expect(try DocxReader().read(fileURL: docx).text == "正文")
    let encrypted = try PDFFixture.write(CompoundFileFixture.make(streams: ["EncryptedPackage"]), name: "b.docx")
    #expect(DocumentSniffer.sniff(fileURL: encrypted).failure?.kind == .encryptedDocument)
    #expect(throws: DocumentReadError.encryptedDocument) { try DocxReader().read(fileURL: encrypted) }
    let pdf = try PDFFixture.write(PDFFixture.make(pages: [["x"]]), name: "c.docx")
    #expect(try DocumentSniffer.sniff(fileURL: pdf).get() == .pdf)
    #expect(throws: DocumentReadError.notDocx(actual: .pdf)) { try DocxReader().read(fileURL: pdf) }
    let missing = URL(fileURLWithPath: "/nonexistent/报告.docx")
    #expect(DocumentSniffer.sniff(fileURL: missing).failure?.kind == .unreadableFile)
  }

  @Test func messagesAreChinese() {
    let errors: [DocumentReadError] = [
      .encryptedDocument, .notWordDocument, .legacyWord(isWPS: false), .spreadsheet, .pdfScanned,
      .pdfToolMissing, .pdfEncrypted, .corrupt("x"), .unsafeXML(part: "word/document.xml"),
    ]
    for error in errors {
      #expect(error.description.unicodeScalars.contains { $0.isHan })
      #expect(error.remedy != nil)
    }
  }
}
