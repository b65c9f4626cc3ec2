import Foundation
import Testing

@testable import FazhiKit

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
