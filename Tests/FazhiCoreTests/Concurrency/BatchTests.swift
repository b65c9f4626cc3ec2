import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct BatchTests {
  @Test(arguments: [1, 2, 4]) func resultsComeBackInInputOrder(width: Int) {
    var seen: [Int] = []
    Batch.run(count: 100, width: width, window: 3) { index in
      // Uneven work so that later inputs often finish first.
      if index % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }
      return index * index
    } consume: { index, square in
      #expect(square == index * index)
      seen.append(index)
    }
    #expect(seen == Array(0..<100))
  }

  @Test func aThrowingConsumerStopsTheBatch() {
    struct Stop: Error {}
    let started = StartedCounter()
    var consumed: [Int] = []
    #expect(throws: Stop.self) {
      try Batch.run(count: 1000, width: 2, window: 4) { index in
        started.increment()
        return index
      } consume: { index, _ in
        if index == 10 { throw Stop() }
        consumed.append(index)
      }
    }
    #expect(consumed == Array(0..<10))
    // No more than the window (and the threads already working) beyond the failing input is started.
    #expect(started.value < 20)
  }

  @Test func noInputsIsNoWork() {
    var calls = 0
    Batch.run(count: 0, width: 2) { $0 } consume: { _, _ in calls += 1 }
    #expect(calls == 0)
  }
}

private final class StartedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
  func increment() {
    lock.lock()
    count += 1
    lock.unlock()
  }
}
