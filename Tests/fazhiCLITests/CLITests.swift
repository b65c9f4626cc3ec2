import FazhiCore
import Foundation
import Testing

/// Runs the built `fazhi` binary end to end. `swift test` builds every target of the package, the executable
/// included, into the same products folder as this test bundle.
@Suite(.serialized) struct CLITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static var example: String { root.appendingPathComponent("Examples/示例县-2025.yaml").path }

  static func binary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("fazhi"),
      Bundle.main.bundleURL.appendingPathComponent("fazhi"),
      root.appendingPathComponent(".build/debug/fazhi"),
    ]
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "fazhi binary not built")
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-cli-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// A file that could not be read is not counted among the files checked without problems.
  @Test func unreadableFilesAreNotCountedAsChecked() throws {
    let missing = try Self.run(["validate", "/nonexistent/示例县.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("1 个文件无法读取，没有检查任何文件"))
    #expect(!missing.stderr.contains("未发现问题"))
    let mixed = try Self.run(["validate", Self.example, "/nonexistent/示例县.yaml"])
    #expect(mixed.status == 2)
    #expect(mixed.stderr.contains("检查了 1 个文件"))
    #expect(mixed.stderr.contains("另有 1 个文件无法读取"))
  }

  @Test func initRefusesToOverwriteAndValidateReportsPlaceholders() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try Self.run(["init", "--jurisdiction", "示例县", "--year", "2025", "-o", "r.yaml"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let again = try Self.run(["init", "--jurisdiction", "示例县", "--year", "2025", "-o", "r.yaml"], in: dir)
    #expect(again.status == 2)
    #expect(again.stderr.contains("--force"))
    #expect(try Self.run(["init", "--jurisdiction", "示例县", "--year", "2025", "-o", "r.yaml", "--force"], in: dir).status == 0)
    let missing = try Self.run(["init", "--jurisdiction", "示例县", "--year", "2025", "-o", "no/such/dir/r.yaml"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr.unicodeScalars.contains { $0.isHan })
    let validate = try Self.run(["validate", "r.yaml"], in: dir)
    #expect(validate.status == 1)
    #expect(validate.stdout.contains("[placeholder]"))
    #expect(validate.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix(" ") || $0.hasPrefix("r.yaml:") })
  }

  @Test func validateExitCodes() throws {
    #expect(try Self.run(["validate", Self.example]).status == 0)
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let warn = dir.appendingPathComponent("w.yaml")
    try (try String(contentsOfFile: Self.example, encoding: .utf8))
      .replacingOccurrences(of: "成文日期: 2026-02-20", with: "成文日期: 2026/2/20")
      .write(to: warn, atomically: true, encoding: .utf8)
    #expect(try Self.run(["validate", warn.path]).status == 0)
    let strict = try Self.run(["validate", "--strict", warn.path])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains(":9:7: warning: ") && strict.stdout.contains("[date_format]"), "\(strict.stdout)")
    #expect(try Self.run(["validate", "/nonexistent.yaml"]).status == 2)
    #expect(try Self.run(["validate", "--no-such-option", Self.example]).status == 64)
  }

  @Test func validateJSON() throws {
    let broken = Self.root.appendingPathComponent("Examples/broken/算术不符-2025.yaml").path
    let run = try Self.run(["validate", "--format", "json", broken])
    #expect(run.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    let dictionary = try #require(object as? [String: Any], "\(run.stdout)")
    #expect(dictionary.keys.contains("diagnostics"), "\(dictionary.keys)")
    #expect(dictionary.keys.contains("summary"), "\(dictionary.keys)")
  }

  @Test(arguments: ["text", "markdown"], ["standard", "flat"])
  func draftExample(format: String, template: String) throws {
    let run = try Self.run(["draft", Self.example, "--format", format, "--template", template])
    #expect(run.status == 0, "\(run.stderr)")
    for needle in ["法治政府建设情况", "中共示例市委", "一、", "二、", "三、", "四、", "示例县人民政府", "2026年2月20日"] {
      #expect(run.stdout.contains(needle), "\(needle)")
    }
  }

  @Test func draftRefusesErrorsUnlessAllowed() throws {
    let broken = Self.root.appendingPathComponent("Examples/broken/缺项占位-2025.yaml").path
    #expect(try Self.run(["draft", broken]).status == 1)
    // --force only replaces an output file; an old script that used it to push errors through is told the fix.
    let forced = try Self.run(["draft", broken, "--force"])
    #expect(forced.status == 1 && forced.stderr.contains("--allow-errors"))
    #expect(try Self.run(["draft", broken, "--allow-errors"]).status == 0)
  }

  @Test func draftDocxIsAZip() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Self.run(["draft", Self.example, "-o", "x.docx"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: dir.appendingPathComponent("x.docx"))
    #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  @Test func rulesAndTemplates() throws {
    let rules = try Self.run(["rules"])
    #expect(rules.status == 0)
    for id in ["yaml_syntax", "yaml_anchor", "missing_part", "placeholder", "stale_year", "indicator_relation", "deadline"] {
      #expect(rules.stdout.contains(id), "\(id)")
    }
    let templates = try Self.run(["templates", "list"])
    #expect(templates.status == 0)
    #expect(templates.stdout.contains("standard") && templates.stdout.contains("flat"))
  }
}
