import Foundation
import Testing

@testable import FazhiTestSupport

/// Golden files in Tests/FazhiOutputTests/Golden/. `RECORD_GOLDENS=1` records; a missing golden is recorded and
/// fails; a mismatch reports the first differing line with context.
enum Golden {
  static var directory: URL { Fixtures.url("Tests/FazhiOutputTests/Golden") }

  static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      if !record { Issue.record("recorded missing golden \(name); run the tests again", sourceLocation: sourceLocation) }
      return
    }
    guard expected != actual else { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let index = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
    let context = e[max(0, index - 2)..<index].map { "  \($0)" }.joined(separator: "\n")
    Issue.record(
      """
      \(name) differs at line \(index + 1) (RECORD_GOLDENS=1 to accept):
      \(context)
      - \(index < e.count ? String(e[index]) : "<end>")
      + \(index < a.count ? String(a[index]) : "<end>")
      """, sourceLocation: sourceLocation)
  }
}
