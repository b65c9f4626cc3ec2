import Foundation

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// Runs the extractor over fictional 示例县 text.
enum ExtractionFixture {
  static func extract(_ text: String, path: String = "示例县.txt") throws -> ExtractionResult {
    try ReportExtractor(catalog: Fixtures.catalog()).extract(data: Data(text.utf8), path: path)
  }

  static func headingLines(_ result: ExtractionResult) -> [String] {
    result.flatHeadings.map { "\($0.level) \($0.marker)\($0.text)" }
  }
}
