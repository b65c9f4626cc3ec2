import Foundation
import Testing

/// Compares `actual` with `Tests/FazhiCompareTests/Golden/<name>`; `RECORD_GOLDENS=1` rewrites it. A missing golden is
/// recorded and the test fails; a mismatch reports the first differing line with context.
func expectComparisonGolden(_ actual: String, named name: String, filePath: String = #filePath) throws {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try actual.write(to: url, atomically: true, encoding: .utf8)
    if !record { Issue.record("golden \(name) was missing and has been recorded; run again") }
    return
  }
  guard actual != expected else { return }
  let a = actual.components(separatedBy: "\n")
  let b = expected.components(separatedBy: "\n")
  let n = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
  let context = b[max(0, n - 2)..<min(b.count, n + 1)].joined(separator: "\n")
  Issue.record(
    "golden \(name) differs at line \(n + 1)\nexpected: \(n < b.count ? b[n] : "<end>")\nactual:   \(n < a.count ? a[n] : "<end>")\ncontext:\n\(context)\n(RECORD_GOLDENS=1 to accept)"
  )
}
