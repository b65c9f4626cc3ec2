import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

/// Writes the sample report in every format to `FAZHI_WRITE_SAMPLES=DIR`, plus `示例县-expected.txt` (the lines
/// the printed report must show, in order), for `Tests/Benchmarks/check-publication.sh`.
@Suite struct WriterSampleTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["FAZHI_WRITE_SAMPLES"] != nil))
  func writeSamples() throws {
    let directory = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["FAZHI_WRITE_SAMPLES"]))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let doc = WriterFixtures.sampleReport()
    for format in OutputFormat.allCases {
      let output = try format.makeWriter().write(doc)
      try output.data.write(to: directory.appendingPathComponent("示例县.\(format.fileExtension)"))
    }
    // Hostile and large input, to open in real programs: markup, control characters, emoji, 2,000 blocks.
    var stress = WriterFixtures.hostileReport()
    stress.title = String(repeating: "示例县人民政府关于法治政府建设情况的报告", count: 6)
    stress.blocks.append(.heading(level: 1, number: "四、", text: String(repeating: "很长的标题", count: 40)))
    for index in 0..<2_000 {
      stress.blocks.append(.paragraph(lead: nil, text: "第\(index)段：😀𠀀 & <b>\u{0007}</b> 法治政府建设持续推进。"))
    }
    for format in [OutputFormat.docx, .html] {
      try format.makeWriter().write(stress).data.write(
        to: directory.appendingPathComponent("压力测试.\(format.fileExtension)"))
    }
    let expected = WriterFixtures.expectedLines(of: doc).joined(separator: "\n") + "\n"
    try Data(expected.utf8).write(to: directory.appendingPathComponent("示例县-expected.txt"))
  }

  @Test func everyFormatHasAWriter() throws {
    for format in OutputFormat.allCases {
      let writer = format.makeWriter()
      #expect(writer.format == format)
      #expect(!(try writer.write(RenderedDocument(title: "")).data.isEmpty))
    }
  }
}
