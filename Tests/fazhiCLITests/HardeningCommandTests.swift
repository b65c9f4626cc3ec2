import Foundation
import Testing

/// Issue 10 end to end: bad data and a full disk are reported with an exit code, never a crash.
@Suite(.serialized) struct HardeningCommandTests {
  /// Runs fazhi with standard output on /dev/full (every write fails with ENOSPC); stderr through a pipe.
  static func runToFullDisk(_ arguments: [String], in directory: URL) throws -> CLITests.Run {
    let process = Process()
    process.executableURL = try CLITests.binary()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let err = Pipe()
    process.standardError = err
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "fazhi \(arguments) was killed by a signal")
    return CLITests.Run(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
  }

  static let hasFullDevice = FileManager.default.fileExists(atPath: "/dev/full")

  @Test(
    .enabled(if: hasFullDevice, "/dev/full is absent on this system (Linux only); not tested here"),
    arguments: [
      ["validate", "example.yaml", "--format", "json"], ["validate", "broken.yaml"], ["validate", "broken.yaml", "--format", "json"],
      ["draft", "example.yaml"], ["draft", "example.yaml", "--format", "html"], ["draft", "example.yaml", "--context"],
      ["extract", "report.txt"], ["extract", "report.txt", "--format", "json"], ["diff", "example.yaml", "example.yaml"],
      ["diff", "example.yaml", "example.yaml", "--format", "json"], ["rules"], ["indicators"], ["schema"],
      ["templates", "list"], ["templates", "cat", "standard"], ["--help"], ["--version"],
    ])
  func everyCommandReportsAFullStandardOutput(_ arguments: [String]) throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: CLITests.example, toPath: dir.appendingPathComponent("example.yaml").path)
    try "年度: 2025\n报告主体: 示例县\n导语: 【待填】\n".write(
      to: dir.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
    try ExtractCommandTests.report.write(to: dir.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
    let run = try Self.runToFullDisk(arguments, in: dir)
    #expect(run.status == 2, "\(arguments): \(run.stderr)")
    #expect(run.stderr.contains("无法写出到标准输出"), "\(arguments): \(run.stderr)")
  }

  /// One file with a number too large for Int does not stop the batch: every file gets its findings.
  @Test func oversizedNumbersInOneFileLeaveTheBatchIntact() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = "年度: ９９９９９９９９９９９９９９９９９９９９９\n报告主体: 示例县\n成文日期: 2026-99999999999999999999-01\n"
    try bad.write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
    let run = try CLITests.run(["validate", CLITests.example, "bad.yaml", CLITests.example], in: dir)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stdout.contains("bad.yaml:1:5: error:"))
    #expect(run.stdout.contains("bad.yaml:3:7: error:"))
    #expect(run.stderr.contains("检查了 3 个文件"), "\(run.stderr)")
  }

  /// A negative full-width year used to pass the decoder and trap in diff's stale-year search.
  @Test func negativeYearIsAFindingInDiff() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let example = try String(contentsOfFile: CLITests.example, encoding: .utf8)
    let negative = example.replacingOccurrences(of: "年度: 2025", with: "年度: －２０２４")
    try negative.write(to: dir.appendingPathComponent("neg.yaml"), atomically: true, encoding: .utf8)
    for arguments in [["diff", CLITests.example, "neg.yaml"], ["diff", "neg.yaml", CLITests.example]] {
      let run = try CLITests.run(arguments, in: dir)
      #expect([0, 1, 2].contains(run.status), "\(arguments): \(run.status) \(run.stderr)")
      #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
    }
  }
}

/// Outputs never replace an input (by device and inode) and a batch never writes two inputs to one output.
@Suite(.serialized) struct OutputSafetyCommandTests {
  @Test func anOutputThatIsAnInputIsRefusedEvenWithForce() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ExtractCommandTests.report.write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(atPath: CLITests.example, toPath: dir.appendingPathComponent("x.yaml").path)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "x.yaml")
    let before = try Data(contentsOf: dir.appendingPathComponent("x.yaml"))
    let runs = [
      ["extract", "x.txt", "-o", "x.txt", "--force"], ["draft", "x.yaml", "-o", "link.md", "--force"],
      ["diff", "x.yaml", "x.txt", "-o", "x.yaml", "--force"], ["diff", "x.yaml", "x.txt", "-o", "./x.txt", "--force"],
    ]
    for arguments in runs {
      let run = try CLITests.run(arguments, in: dir)
      #expect(run.status == 2, "\(arguments): \(run.stderr)")
      #expect(run.stderr.contains("输出文件就是输入文件"), "\(arguments): \(run.stderr)")
    }
    #expect(try Data(contentsOf: dir.appendingPathComponent("x.yaml")) == before)
    #expect(try String(contentsOf: dir.appendingPathComponent("x.txt"), encoding: .utf8) == ExtractCommandTests.report)
  }

  @Test func inputsWithTheSameNameInOneBatchAreRefusedByName() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for folder in ["a", "b"] {
      try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: CLITests.example, toPath: dir.appendingPathComponent("\(folder)/x.yaml").path)
      try ExtractCommandTests.report.write(
        to: dir.appendingPathComponent("\(folder)/x.txt"), atomically: true, encoding: .utf8)
    }
    let draft = try CLITests.run(["draft", "a/x.yaml", "b/x.yaml", "--output-dir", "out"], in: dir)
    #expect(draft.status == 64, "\(draft.stderr)")
    #expect(draft.stderr.contains("a/x.yaml") && draft.stderr.contains("b/x.yaml"), "\(draft.stderr)")
    let extract = try CLITests.run(["extract", "a/x.txt", "b/x.txt", "-o", "out/"], in: dir)
    #expect(extract.status == 64, "\(extract.stderr)")
    #expect(extract.stderr.contains("a/x.txt") && extract.stderr.contains("b/x.txt"), "\(extract.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/x.yaml").path))
  }
}

/// What `extract` writes, `validate` reads: characters YAML does not allow raw (from text or HTML references)
/// are escaped in values and in the header comment.
@Suite(.serialized) struct ExtractedYAMLReadsBackTests {
  @Test(arguments: ["\u{2028}", "\u{85}", "&#xFFFF;", "&#x0;", "&#x2029;", "\u{9B}", "&#xFEFF;", "\u{1B}[31m"])
  func hostileCharactersInTitleAndBody(_ hostile: String) throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = ExtractCommandTests.report
      .replacingOccurrences(of: "示例县2024年度法治政府建设情况报告", with: "示例县\(hostile)2024年度法治政府建设情况报告")
      .replacingOccurrences(of: "组织执法人员培训", with: "组织\(hostile)执法人员培训")
    let html = "<html><body>" + text.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + "</body></html>"
    try html.write(to: dir.appendingPathComponent("r.html"), atomically: true, encoding: .utf8)
    let extract = try CLITests.run(["extract", "r.html", "-o", "r.yaml"], in: dir)
    #expect([0, 1].contains(extract.status), "\(extract.stderr)")
    let validate = try CLITests.run(["validate", "r.yaml", "--format", "json"], in: dir)
    #expect(!validate.stdout.contains("yaml_syntax"), "\(validate.stdout)")
    #expect(!validate.stdout.contains("unreadable"), "\(validate.stdout)")
    #expect([0, 1].contains(validate.status), "\(validate.stderr)")
  }
}

/// Control sequences in the data are shown escaped in terminal messages, never obeyed.
@Suite(.serialized) struct TerminalEscapeTests {
  static let hostile = "\u{1B}]0;标题\u{07}\u{1B}[2J\r\u{9B}31m"

  @Test func validateAndDiffShowControlCharactersEscaped() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let example = try String(contentsOfFile: CLITests.example, encoding: .utf8)
    let bad = example.replacingOccurrences(of: "年度: 2025", with: "年度: \"2025\(Self.hostile)\"")
      .replacingOccurrences(of: "报告主体: 示例县", with: "报告主体: \"示例县\(Self.hostile)\"")
    try bad.write(to: dir.appendingPathComponent("bad\u{1B}[31m.yaml"), atomically: true, encoding: .utf8)
    let runs = [
      ["validate", "bad\u{1B}[31m.yaml"], ["diff", "bad\u{1B}[31m.yaml", CLITests.example],
      ["draft", "bad\u{1B}[31m.yaml"], ["validate", "missing\u{1B}[2J.yaml"],
    ]
    for arguments in runs {
      let run = try CLITests.run(arguments, in: dir)
      for (name, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
        #expect(
          !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{07}" || $0 == "\u{9B}" },
          "\(arguments) \(name): \(text.debugDescription.prefix(400))")
      }
      #expect((run.stdout + run.stderr).contains("\\u{1B}"), "\(arguments): escaped form shown")
    }
  }
}
