import Foundation
import Testing

@testable import FazhiTestSupport

/// A clerk's first step reads last year's report back: the bundled example drafted and extracted again keeps each
/// 不足 apart from its 原因, so the data validates without a cause "restating" its 不足, and drafting it again does
/// not print the cause twice.
@Suite struct ExampleRoundTripTests {
  @Test(arguments: ["txt", "docx"])
  func shortcomingsAndCausesSurviveDraftAndExtract(format: String) throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let example = Fixtures.packageRoot().appendingPathComponent("Examples/示例县-2025.yaml").path
    #expect(try CLITests.run(["draft", example, "-o", "草稿.\(format)"], in: dir).status == 0)
    #expect(try CLITests.run(["extract", "草稿.\(format)", "-o", "读回.yaml"], in: dir).status == 0)
    let validated = try CLITests.run(["validate", "读回.yaml"], in: dir)
    #expect(!validated.stdout.contains("shortcoming_without_cause"), "\(validated.stdout)")
    let redrafted = try CLITests.run(["draft", "读回.yaml", "--allow-errors", "--format", "text"], in: dir)
    let cause = "主要原因是县级行政复议机构人员编制有限"
    #expect(redrafted.stdout.components(separatedBy: cause).count == 2, "the cause once: \(redrafted.stdout.suffix(1200))")
  }
}
