import Foundation
import Testing

@testable import FazhiChecks
@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// The validator as a whole: findings do not depend on how many threads share the rules of one file.
@Suite struct ValidatorTests {
  @Test(arguments: [
    "Examples/示例县-2025.yaml", "Examples/broken/中文输入法-2025.yaml", "Examples/broken/照搬上年-2025.yaml",
    "Examples/broken/算术不符-2025.yaml", "Examples/broken/缺项占位-2025.yaml",
  ])
  func rulesSideBySideFindWhatTheyFindOneAfterAnother(example: String) throws {
    let catalog = try Fixtures.catalog()
    let loaded = ReportLoader(catalog: catalog).load(text: try Fixtures.text(example), file: example)
    let alone = Validator(catalog: catalog).validate(loaded)
    #expect(!alone.isEmpty || example.hasPrefix("Examples/示例县"))
    for threads in [2, 4] {
      let shared = Validator(catalog: catalog, ruleThreads: threads).validate(loaded)
      #expect(shared == alone, "\(threads) threads")
    }
  }
}
