import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct PendingTests {
  struct Failure: Error, Equatable {}

  @Test func givesTheValueWorkedOutElsewhere() throws {
    let pending = Pending { (1...1000).reduce(0, +) }
    #expect(try pending.value() == 500_500)
    #expect(try pending.value() == 500_500)
  }

  @Test func rethrowsWhatTheWorkThrew() {
    let pending = Pending<Int> { throw Failure() }
    #expect(throws: Failure.self) { try pending.value() }
  }
}
