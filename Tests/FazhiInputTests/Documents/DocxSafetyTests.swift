import Foundation
import Testing
import ZIPFoundation

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("Word bad input")
struct DocxSafetyTests {
  func readError(_ data: Data, limits: ReadLimits = .standard) -> DocumentReadError? {
    do {
      _ = try DocxReader(limits: limits).read(data: data)
      return nil
    } catch {
      return error
    }
  }

  @Test func encryptedDocxIsRefusedWithAClearMessage() {
    let data = CompoundFileFixture.make(streams: ["EncryptionInfo", "EncryptedPackage", "\u{6}DataSpaces"])
    guard case .failure(let error) = DocumentSniffer.sniff(data, fileName: "报告.docx") else {
      Issue.record("encrypted file was accepted")
      return
    }
    #expect(error.kind == .encryptedDocument)
    #expect(error.description.contains("密码"))
    #expect(readError(data)?.kind == .encryptedDocument)
  }

  @Test func legacyFormatsNameTheConversion() {
    let doc = CompoundFileFixture.make(streams: ["WordDocument", "1Table"])
    let error = DocumentSniffer.sniff(doc, fileName: "报告.wps")
    #expect(error.failure?.kind == .legacyWord)
    #expect(error.failure?.description.contains("另存为") == true)
    #expect(error.failure?.message.contains(".wps") == true)
    let sheet = CompoundFileFixture.make(streams: ["Workbook"])
    #expect(DocumentSniffer.sniff(sheet, fileName: "数据.xls").failure?.kind == .legacySpreadsheet)
  }

  @Test func zipsThatAreNotWordDocuments() throws {
    let plain = try DocxFixture.zip(["说明.txt": Data("你好".utf8)])
    #expect(DocumentSniffer.sniff(plain, fileName: "a.docx").failure?.kind == .notWordDocument)
    #expect(readError(plain)?.kind == .notWordDocument)
    let workbook = try DocxFixture.zip(["xl/workbook.xml": Data("<workbook/>".utf8)])
    #expect(DocumentSniffer.sniff(workbook, fileName: "a.xlsx").failure?.kind == .spreadsheet)
    let broken = Data("PK\u{3}\u{4}".utf8) + Data(count: 100)
    #expect(readError(broken)?.kind == .corruptDocument)
  }

  @Test func entityBombIsRefusedBeforeParsing() throws {
    let bomb = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
      <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
      <w:document \(DocxFixture.namespaces)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
      """
    var fixture = DocxFixture(body: "")
    fixture.parts["word/document.xml"] = bomb
    let start = Date()
    #expect(readError(try fixture.data())?.kind == .unsafeXML)
    #expect(Date().timeIntervalSince(start) < 1)
  }

  @Test func truncatedXMLIsReportedAsDamaged() throws {
    var fixture = DocxFixture(body: DocxFixture.paragraph("第一段。") + DocxFixture.paragraph("第二段。"))
    let document = fixture.parts["word/document.xml"]!
    fixture.parts["word/document.xml"] = String(document.prefix(document.count - 40))
    let error = readError(try fixture.data())
    #expect(error?.kind == .corruptDocument)
    #expect(error?.message.contains("文档内容已损坏") == true)
    #expect(error?.message.contains("word/document.xml") == true)
  }

  @Test func declaredSizeLieIsCaughtWhileInflating() throws {
    let filler = String(repeating: DocxFixture.paragraph("依法行政，建设法治政府。"), count: 40_000)
    let data = try DocxFixture(body: filler).data()
    let limits = ReadLimits(maxXMLPartBytes: 1_048_576)
    #expect(data.count < 200_000)
    #expect(readError(data, limits: limits)?.kind == .tooLarge)  // declared size over the cap
    let lying = try Self.lieAboutSize(of: "word/document.xml", in: data, declared: 1000)
    let entry = try #require(try Archive(data: lying, accessMode: .read)["word/document.xml"])
    #expect(entry.uncompressedSize == 1000)
    let error = readError(lying, limits: limits)
    #expect(error?.kind == .tooLarge)
    #expect(error?.message.contains("1 MB") == true)
  }

  @Test func truncatedZipIsRefusedFast() throws {
    let start = Date()
    let headerOnly = Data([0x50, 0x4B, 0x03, 0x04]) + Data(count: 8 * 1_048_576)
    #expect(readError(headerOnly)?.kind == .corruptDocument)
    let document = try DocxFixture(body: String(repeating: DocxFixture.paragraph("正文。"), count: 200)).data()
    #expect(readError(document.prefix(document.count / 2))?.kind == .corruptDocument)
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func tooManyEntriesAreRefusedFromTheDirectory() throws {
    var entries = ["word/document.xml": Data(DocxFixture.document(body: "").utf8)]
    for index in 0..<30 { entries["media/\(index).bin"] = Data([1]) }
    let data = try DocxFixture.zip(entries)
    #expect(readError(data, limits: ReadLimits(maxZipEntries: 20))?.kind == .tooLarge)
    #expect(readError(data) == nil)
  }

  @Test func twentyThousandEmptyParagraphs() throws {
    let body =
      String(repeating: "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:p>", count: 20_000)
      + DocxFixture.paragraph("唯一一段。")
    let start = Date()
    let document = try DocxReader.read(data: try DocxFixture(body: body).data())
    #expect(document.paragraphs.map(\.text) == ["唯一一段。"])
    #expect(Date().timeIntervalSince(start) < 10)
  }

  /// Rewrites the uncompressed size recorded for `path` in the central directory and local header.
  static func lieAboutSize(of path: String, in data: Data, declared: UInt32) throws -> Data {
    var bytes = [UInt8](data)
    let name = Array(path.utf8)
    func patch(signature: [UInt8], nameOffset: Int, sizeOffset: Int) {
      var index = 0
      while index + nameOffset + name.count <= bytes.count {
        if Array(bytes[index..<index + 4]) == signature,
          Array(bytes[index + nameOffset..<index + nameOffset + name.count]) == name
        {
          for shift in 0..<4 { bytes[index + sizeOffset + shift] = UInt8((declared >> (8 * shift)) & 0xFF) }
        }
        index += 1
      }
    }
    patch(signature: [0x50, 0x4B, 0x01, 0x02], nameOffset: 46, sizeOffset: 24)
    patch(signature: [0x50, 0x4B, 0x03, 0x04], nameOffset: 30, sizeOffset: 22)
    return Data(bytes)
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
