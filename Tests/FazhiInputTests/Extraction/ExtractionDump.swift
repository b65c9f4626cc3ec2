import FazhiCore
import FazhiInput
@testable import FazhiTestSupport
import Foundation
import Testing

/// Writes the extraction of every seed as JSON to `$FAZHI_EXTRACT_DUMP` (a folder), for inspecting by hand.
@Test(.enabled(if: ProcessInfo.processInfo.environment["FAZHI_EXTRACT_DUMP"] != nil && SeedCorpus.isAvailable))
func dumpSeedExtractions() throws {
  let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FAZHI_EXTRACT_DUMP"]!)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let extractor = ReportExtractor(catalog: try Fixtures.catalog())
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  for file in try SeedCorpus.files() {
    let result = extractor.extract(data: try Data(contentsOf: file), path: file.lastPathComponent)
    let stem = file.deletingPathExtension().lastPathComponent
    try encoder.encode(result).write(to: folder.appendingPathComponent(stem + ".json"))
    var outline = ""
    for h in result.flatHeadings {
      outline +=
        String(repeating: "  ", count: h.level - 1)
        + "\(h.level) [\(h.style.rawValue)] \(h.marker) \(h.text)  @\(h.location.line):\(h.location.column)\n"
    }
    try outline.write(to: folder.appendingPathComponent(stem + ".outline.txt"), atomically: true, encoding: .utf8)
    try result.cleanedText.write(
      to: folder.appendingPathComponent(stem + ".clean.txt"), atomically: true, encoding: .utf8)
  }
}
