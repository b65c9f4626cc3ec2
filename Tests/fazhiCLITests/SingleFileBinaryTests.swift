import FazhiCore
import Foundation
import Testing

/// fazhi is one file: the catalog and the templates are compiled in, so the binary runs when copied alone into an
/// empty folder, with the working directory and HOME elsewhere. (The debug build still loads the Swift runtime
/// of the toolchain; the release build links it in — see README 安装.)
@Suite(.serialized) struct SingleFileBinaryTests {
  static func runAlone(_ binary: URL, _ arguments: [String], in directory: URL, home: URL) throws -> CLITests.Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLITests.Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  @Test func copiedAloneItDraftsTheExample() throws {
    let root = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let alone = root.appendingPathComponent("alone")
    let work = root.appendingPathComponent("work")
    let home = root.appendingPathComponent("home")
    for dir in [alone, work, home] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
    let binary = alone.appendingPathComponent("fazhi")
    try FileManager.default.copyItem(at: try CLITests.binary(), to: binary)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: CLITests.example), to: work.appendingPathComponent("示例县-2025.yaml"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: alone.path) == ["fazhi"])

    let draft = try Self.runAlone(binary, ["draft", "示例县-2025.yaml", "-o", "报告.docx"], in: work, home: home)
    #expect(draft.status == 0, "\(draft.stderr)")
    let docx = try Data(contentsOf: work.appendingPathComponent("报告.docx"))
    #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let text = try Self.runAlone(binary, ["draft", "示例县-2025.yaml", "--template", "flat"], in: work, home: home)
    #expect(text.status == 0 && text.stdout.contains("示例县2025年度法治政府建设情况报告"), "\(text.stderr)")
    let validate = try Self.runAlone(binary, ["validate", "示例县-2025.yaml"], in: work, home: home)
    #expect(validate.status == 0, "\(validate.stderr)")
  }

  @Test func versionNamesTheCatalogVersion() throws {
    let yaml = try String(contentsOf: CLITests.root.appendingPathComponent("Schemas/catalog/version.yaml"), encoding: .utf8)
    let version = try #require(yaml.firstMatch(of: /\nversion: "([^"]+)"/)?.1)
    let run = try CLITests.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == "\(FazhiVersion.current)（目录数据 \(version)）\n")
  }

  @Test func builtInTemplatesAreListedShownAndPrinted() throws {
    let list = try CLITests.run(["templates", "list"])
    #expect(list.stdout.contains("standard\t内置\tTemplates/report/standard.stencil"), "\(list.stdout)")
    let which = try CLITests.run(["templates", "which", "flat"])
    #expect(which.stdout == "（内置）Templates/report/flat.stencil\n")
    let cat = try CLITests.run(["templates", "cat", "standard"])
    let file = try String(contentsOf: CLITests.root.appendingPathComponent("Templates/report/standard.stencil"), encoding: .utf8)
    #expect(cat.status == 0 && cat.stdout == file)
  }
}
