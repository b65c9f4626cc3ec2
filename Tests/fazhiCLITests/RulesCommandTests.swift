import Foundation
import Testing

@testable import FazhiChecks

/// `fazhi rules --format markdown` prints the registry's table, the one README.md carries.
@Suite struct RulesCommandTests {
  @Test func markdownIsTheRegistrysTable() throws {
    let run = try CLITests.run(["rules", "--format", "markdown"])
    #expect(run.status == 0)
    #expect(run.stdout == RuleRegistry.markdownTable())
    let readme = try String(contentsOf: CLITests.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(run.stdout))
  }

  @Test func markdownWithRelationsAddsTheirTable() throws {
    let run = try CLITests.run(["rules", "--format", "markdown", "--relations"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix(RuleRegistry.markdownTable()))
    #expect(run.stdout.contains("\n| 关系 | 级别 | 名称 |\n| --- | --- | --- |\n| `"))
  }
}
