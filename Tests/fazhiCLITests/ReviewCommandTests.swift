import Foundation
import Testing

/// `fazhi review` end to end: outputs and exit codes as the README states them.
@Suite(.serialized) struct ReviewCommandTests {
  static let example = CLITests.root.appendingPathComponent("Examples/示例县-2025.yaml")

  @Test func cleanFolderExitsZeroAndWritesEachFormat() throws {
    let dir = try CLITests.temporaryDirectory()
    let folder = dir.appendingPathComponent("材料")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Self.example, to: folder.appendingPathComponent("示例县.yaml"))
    let text = try CLITests.run(["review", folder.path])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("审核 1 份报告"))
    for name in ["审核结果.html", "审核结果.csv", "审核结果.json"] {
      let run = try CLITests.run(["review", folder.path, "-o", dir.appendingPathComponent(name).path])
      #expect(run.status == 0, "\(name): \(run.stderr)")
      #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path))
    }
    let again = try CLITests.run(["review", folder.path, "-o", dir.appendingPathComponent("审核结果.csv").path])
    #expect(again.status == 2, "an existing output needs --force")
  }

  @Test func errorsDamagedFilesAndFailConditions() throws {
    let dir = try CLITests.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLITests.root.appendingPathComponent("Examples/broken/算术不符-2025.yaml"),
      to: dir.appendingPathComponent("算术不符.yaml"))
    let errors = try CLITests.run(["review", dir.path])
    #expect(errors.status == 1, "\(errors.stderr)")
    try Data("PK\u{3}\u{4}不完整".utf8).write(to: dir.appendingPathComponent("损坏.docx"))
    let damaged = try CLITests.run(["review", dir.path])
    #expect(damaged.status == 2)
    #expect(damaged.stdout.contains("损坏.docx"))
    let usage = try CLITests.run(["review", dir.path, "--fail-on", "speed=1"])
    #expect(usage.status == 64)
    let missing = try CLITests.run(["review", dir.appendingPathComponent("没有这个目录").path])
    #expect(missing.status == 2)
  }
}
