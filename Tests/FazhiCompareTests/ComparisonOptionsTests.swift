import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiCompare
@testable import FazhiTestSupport

@Suite struct ComparisonOptionsTests {
  @Test func thresholdForms() throws {
    var o = ComparisonOptions()
    try o.apply(threshold: "0.7")
    #expect(o.reuseThreshold == 0.7)
    try o.apply(threshold: "reuse=90%")
    #expect(o.reuseThreshold == 0.9)
    try o.apply(threshold: "swing=30%")
    #expect(o.swingThreshold == 30)
    try o.apply(threshold: "items=0.6")
    #expect(o.itemTitleThreshold == 0.6)
    try o.apply(threshold: "shingle=4")
    #expect(o.shingleSize == 4)
    #expect(throws: FazhiError.self) { try o.apply(threshold: "reuse=abc") }
    #expect(throws: FazhiError.self) { try o.apply(threshold: "reuse=150%") }
    #expect(throws: FazhiError.self) { try o.apply(threshold: "colour=1") }
  }

  /// Numbers later shown or used as Int: infinite, NaN and huge values are usage errors, not traps.
  @Test(arguments: ["shingle=1e300", "shingle=inf", "swing=1e300", "swing=inf%", "reuse=nan", "items=1e400"])
  func unrepresentableThresholdsAreRefused(_ text: String) {
    var o = ComparisonOptions()
    #expect(throws: FazhiError.self) { try o.apply(threshold: text) }
  }

  @Test(arguments: ["swings=1e300", "dropped-parts=inf", "reuse=nan", "copied-plans=1e20"])
  func unrepresentableFailLimitsAreRefused(_ text: String) {
    #expect(throws: FazhiError.self) { try ComparisonFailCondition.parse(text) }
  }

  /// A condition made in code may hold any limit: printing it does not trap in Int(_:).
  @Test func aLimitBeyondIntIsPrintedNotTrappedOn() {
    #expect(ComparisonFailCondition(metric: .swings, limit: 1e300).description == "swings=1e+300")
    #expect(ComparisonFailCondition(metric: .swings, limit: 3).description == "swings=3")
  }
}
