import Foundation
import Testing

/// Runs the built `fazhi` binary (next to the test bundle) for `fazhi diff`, end to end.
enum DiffCLI {
  static var binary: URL? {
    let candidates = [
      Bundle.main.executableURL?.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug"),
    ].compactMap { $0?.appendingPathComponent("fazhi") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = try #require(binary)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  static let last = """
    年度: 2024
    报告主体: 示例县
    层级: 县级
    主要举措和成效:
      - 领域: 行政执法
        事项:
          - 标题: 深化行政执法体制改革
            内容: 全县共有行政执法人员六百余名，全部实行持证上岗，组织开展行政执法案卷评查活动，评查案卷一百余卷并逐卷反馈整改意见。
      - 领域: 突发事件应对
        事项:
          - 标题: 完善应急预案体系
            内容: 修订完善县级专项应急预案十二件，组织开展综合应急演练八次。
    主要指标:
      行政复议纠错率: 10%
      人民调解成功率: 97.2%
    存在的不足和原因:
      - 不足: 基层执法人员专业能力有待提升。
        原因: 培训针对性不强。
    下一年度主要安排:
      - 标题: 推进执法监督
        内容: 将推进行政执法协调监督工作体系建设全面落实。

    """

  static let this = """
    年度: 2025
    报告主体: 示例县
    层级: 县级
    主要举措和成效:
      - 领域: 行政执法
        事项:
          - 标题: 深化行政执法体制改革
            内容: 全县共有行政执法人员六百余名，全部实行持证上岗，组织开展行政执法案卷评查活动，评查案卷一百余卷并逐卷反馈整改意见。
          - 标题: 强化执法监督
            内容: 推进了行政执法协调监督工作体系建设全面落实，实现县乡两级全覆盖。
    主要指标:
      行政复议纠错率: 12%
    存在的不足和原因:
      - 不足: 复议办理质量有待提高。
        原因: 人员力量不足。
    下一年度主要安排:
      - 标题: 推进数字法治
        内容: 将推进执法监督平台数据共享。

    """

  static func workspace() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try last.write(to: dir.appendingPathComponent("示例县-2024.yaml"), atomically: true, encoding: .utf8)
    try this.write(to: dir.appendingPathComponent("示例县-2025.yaml"), atomically: true, encoding: .utf8)
    return dir
  }
}

@Suite(.enabled(if: DiffCLI.binary != nil, "fazhi binary not built"))
struct DiffCommandTests {
  @Test func textReportOnStdoutWithoutColourWhenPiped() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try DiffCLI.run(["diff", "示例县-2025.yaml", "示例县-2024.yaml"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("重复占比"))
    #expect(r.stdout.contains("实现了去年安排"))
    #expect(r.stdout.contains("本年缺失"))
    #expect(!r.stdout.contains("\u{1B}["))
  }

  @Test func failOnSetsExitOne() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try DiffCLI.run(
      ["diff", "示例县-2025.yaml", "示例县-2024.yaml", "--fail-on", "reuse=30%", "--fail-on", "missing-indicators=5"], in: dir
    )
    #expect(r.status == 1)
    #expect(r.stderr.contains("reuse=30.0%"))
    #expect(!r.stderr.contains("missing-indicators"))
  }

  @Test func writesAtomicallyAndRefusesToOverwrite() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let args = ["diff", "示例县-2025.yaml", "示例县-2024.yaml", "--format", "json", "-o", "对比.json"]
    #expect(try DiffCLI.run(args, in: dir).status == 0)
    let json = try Data(contentsOf: dir.appendingPathComponent("对比.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let again = try DiffCLI.run(args, in: dir)
    #expect(again.status == 2)
    #expect(again.stderr.contains("--force"))
    #expect(try DiffCLI.run(args + ["--force"], in: dir).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func emptySideExitsTwoAndBadArgumentsExit64() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "".write(to: dir.appendingPathComponent("空.yaml"), atomically: true, encoding: .utf8)
    #expect(try DiffCLI.run(["diff", "空.yaml", "示例县-2024.yaml"], in: dir).status == 2)
    #expect(try DiffCLI.run(["diff", "示例县-2025.yaml", "示例县-2024.yaml", "--format", "pdf"], in: dir).status == 64)
    #expect(try DiffCLI.run(["diff", "示例县-2025.yaml", "示例县-2024.yaml", "--fail-on", "reuse"], in: dir).status == 64)
  }

  @Test func identicalFilesAreFullyReusedAndWarned() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try DiffCLI.run(["diff", "示例县-2024.yaml", "示例县-2024.yaml", "--format", "markdown"], in: dir)
    #expect(r.status == 0)
    #expect(r.stdout.contains("**100.0%**"))
    #expect(r.stderr.contains("[identical]"))
  }

  @Test func htmlPageEscapesAndIsStandalone() throws {
    let dir = try DiffCLI.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try DiffCLI.run(["diff", "示例县-2025.yaml", "示例县-2024.yaml", "--format", "html"], in: dir)
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(!r.stdout.contains("<script"))
    #expect(r.stdout.contains("<svg class=\"chart\""))
  }
}
