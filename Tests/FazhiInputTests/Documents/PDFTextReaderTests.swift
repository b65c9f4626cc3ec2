import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("PDF reading through pdftotext")
struct PDFTextReaderTests {
  /// The installed pdftotext, or nil after printing why the test is skipped.
  func pdftotext(_ test: String) -> String? {
    guard let path = PDFTextReader.locatePdftotext() else {
      print("skipped: pdftotext absent (\(test)); install poppler-utils to run it")
      return nil
    }
    return path
  }

  func readError(_ url: URL, reader: PDFTextReader = PDFTextReader()) -> DocumentReadError? {
    do {
      _ = try reader.read(fileURL: url)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsATextLayer() throws {
    guard pdftotext(#function) != nil else { return }
    let url = try PDFFixture.write(
      PDFFixture.make(pages: [["Annual report on law-based government", "Cases handled: 120"], ["- 2 -"]]),
      name: "report.pdf")
    let document = try PDFTextReader.read(fileURL: url)
    #expect(document.paragraphs.map(\.text) == ["Annual report on law-based government", "Cases handled: 120"])
    #expect(document.format == .pdf)
  }

  @Test func scanWithoutTextLayerNeedsOCR() throws {
    guard pdftotext(#function) != nil else { return }
    let url = try PDFFixture.write(PDFFixture.make(pages: [[], [], []]), name: "scan.pdf")
    let error = readError(url)
    #expect(error?.kind == .pdfScanned)
    #expect(error?.message.contains("扫描件") == true)
    #expect(error?.remedy?.contains("OCR") == true)
  }

  @Test func damagedPDFIsReported() throws {
    guard pdftotext(#function) != nil else { return }
    let url = try PDFFixture.write(Data("%PDF-1.7\n这不是 PDF 的内容".utf8), name: "broken.pdf")
    #expect(readError(url)?.kind == .pdfUnreadable)
  }

  @Test func missingToolAndOversizedFile() throws {
    let url = try PDFFixture.write(PDFFixture.make(pages: [["x"]]), name: "a.pdf")
    let missing = readError(url, reader: PDFTextReader(pdftotextPath: "/nonexistent/pdftotext"))
    #expect(missing?.kind == .pdfToolMissing)
    #expect(missing?.remedy?.contains("poppler-utils") == true)
    #expect(
      PDFTextReader.locatePdftotext(environment: ["PATH": "/nonexistent"]).map { !$0.hasPrefix("/nonexistent") } ?? true
    )
    let tiny = PDFTextReader(limits: ReadLimits(maxInputBytes: 100))
    #expect(readError(url, reader: tiny)?.kind == .tooLarge)
  }

  @Test func toolErrorsBecomeMessages() {
    func outcome(status: Int32, stderr: String = "", timedOut: Bool = false, exceeded: Bool = false)
      -> ProcessRunner.Outcome
    {
      ProcessRunner.Outcome(
        status: status, output: Data(), errorOutput: stderr, timedOut: timedOut, outputExceeded: exceeded)
    }
    func kind(_ outcome: ProcessRunner.Outcome) -> DocumentReadError.Kind? {
      do {
        _ = try PDFTextReader.text(from: outcome, limits: .standard)
        return nil
      } catch {
        return error.kind
      }
    }
    #expect(kind(outcome(status: 1, stderr: "Command Line Error: Incorrect password\n")) == .pdfEncrypted)
    #expect(kind(outcome(status: 1, stderr: "Syntax Error: Couldn't find trailer dictionary")) == .pdfUnreadable)
    #expect(kind(outcome(status: -9, timedOut: true)) == .pdfTimeout)
    #expect(kind(outcome(status: -9, exceeded: true)) == .tooLarge)
    #expect(kind(outcome(status: 0)) == nil)
  }

  @Test func runnerKillsAtTheTimeoutAndBoundsOutput() throws {
    let start = Date()
    let slow = try ProcessRunner.run(
      executable: URL(fileURLWithPath: "/bin/sleep"), arguments: ["30"], timeout: 0.5, maxOutputBytes: 1024)
    #expect(slow.timedOut)
    #expect(Date().timeIntervalSince(start) < 5)
    let chatty = try ProcessRunner.run(
      executable: URL(fileURLWithPath: "/usr/bin/yes"), arguments: ["法治"], timeout: 20, maxOutputBytes: 1 << 20)
    #expect(chatty.outputExceeded)
    #expect(!chatty.timedOut)
    #expect(chatty.output.count <= 1 << 20)
  }

  @Test func convertedChineseReportRoundTrips() throws {
    guard pdftotext(#function) != nil else { return }
    let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/homebrew/bin/soffice"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let soffice else {
      print("skipped: soffice absent (\(#function)); install libreoffice-writer-nogui to run it")
      return
    }
    let paragraphs = [
      "某县2024年度法治政府建设情况报告",
      "一、主要举措和成效",
      "（一）深化行政执法体制改革。全年办理行政复议案件120件，行政机关负责人出庭应诉率达到100%，"
        + "较上年提高5个百分点，行政执法案卷评查合格率98.5%，持续推进严格规范公正文明执法。"
        + "一是健全行政执法制度，二是加强执法人员培训，全年培训执法人员200余人次，组织旁听庭审3次。",
      "二、存在的不足和原因",
    ]
    let source = try PDFFixture.write(Data(paragraphs.joined(separator: "\n\n").utf8), name: "report.txt")
    let directory = source.deletingLastPathComponent()
    let convert = Process()
    convert.executableURL = URL(fileURLWithPath: soffice)
    convert.arguments = ["--headless", "--convert-to", "pdf", "--outdir", directory.path, source.path]
    convert.standardOutput = FileHandle.nullDevice
    convert.standardError = FileHandle.nullDevice
    try convert.run()
    convert.waitUntilExit()
    let pdf = directory.appendingPathComponent("report.pdf")
    guard FileManager.default.fileExists(atPath: pdf.path) else {
      print("skipped: soffice did not convert the text (\(#function))")
      return
    }
    #expect(try PDFTextReader.read(fileURL: pdf).paragraphs.map(\.text) == paragraphs)
  }
}
