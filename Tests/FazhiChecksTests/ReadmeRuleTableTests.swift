import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiChecks
@testable import FazhiTestSupport

/// README.md's rule table is `fazhi rules --format markdown`, pasted between two marker comments.
@Suite struct ReadmeRuleTableTests {
  static let begin = "<!-- rules-table:begin"
  static let end = "<!-- rules-table:end -->"
  static let refresh = "RECORD_GOLDENS=1 swift test --filter ReadmeRuleTableTests"

  /// The README with `table` between the markers.
  static func readme(_ text: String, with table: String) throws -> String {
    let start = try #require(text.range(of: begin), "README.md has no \(begin) marker")
    let lineEnd = try #require(text[start.upperBound...].firstIndex(of: "\n"))
    let stop = try #require(text.range(of: end, range: lineEnd..<text.endIndex), "README.md has no \(end) marker")
    return String(text[...lineEnd]) + "\n" + table + "\n" + String(text[stop.lowerBound...])
  }

  @Test func theCommittedTableIsTheRegistrys() throws {
    let url = Fixtures.url("README.md")
    let committed = try String(contentsOf: url, encoding: .utf8)
    let fresh = try Self.readme(committed, with: RuleRegistry.markdownTable())
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try fresh.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      committed == fresh,
      "README.md's rule table is stale: refresh it with `\(Self.refresh)` (the table is `fazhi rules --format markdown`)")
  }

  @Test func aStaleTableIsNoticed() throws {
    let committed = try String(contentsOf: Fixtures.url("README.md"), encoding: .utf8)
    let fewer = RuleRegistry.markdownTable(Array(RuleRegistry.descriptions.dropLast()))
    #expect(try Self.readme(committed, with: fewer) != committed)
  }

  @Test func cellsKeepPipesAndLineBreaksInside() {
    let rule = RuleDescription(identifier: "pipe_rule", name: "a|b", severity: .warning, description: "一\n二")
    #expect(RuleRegistry.markdownTable([rule]).hasSuffix("| `pipe_rule` | warning | a\\|b | 一 二 |\n"))
  }
}
