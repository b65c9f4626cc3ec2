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

/// A value made in pieces by whichever readers come: each piece made once, joined in piece order.
@Suite struct MadeInPiecesTests {
  /// Counts how often each piece was made, from any thread.
  final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int: Int] = [:]
    func record(_ index: Int) {
      lock.lock()
      counts[index, default: 0] += 1
      lock.unlock()
    }
    var made: [Int: Int] {
      lock.lock()
      defer { lock.unlock() }
      return counts
    }
  }

  /// The values the readers got.
  final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[String]] = []
    func add(_ value: [String]) {
      lock.lock()
      values.append(value)
      lock.unlock()
    }
    var all: [[String]] {
      lock.lock()
      defer { lock.unlock() }
      return values
    }
  }

  @Test func readersOnManyThreadsShareTheWorkAndGetOneValue() {
    let value = MadeInPieces<String>()
    let tally = Tally()
    let pieces = 57
    let readers = 8
    let results = Received()
    DispatchQueue.concurrentPerform(iterations: readers) { _ in
      let joined = value.value(count: pieces) { index in
        tally.record(index)
        // Uneven pieces, so readers overtake each other.
        if index % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }
        return (0..<(index % 3)).map { "\(index).\($0)" }
      }
      results.add(joined)
    }
    let expected = (0..<pieces).flatMap { index in (0..<(index % 3)).map { "\(index).\($0)" } }
    let all = results.all
    #expect(all.count == readers)
    #expect(all.allSatisfy { $0 == expected })
    #expect(tally.made == Dictionary(uniqueKeysWithValues: (0..<pieces).map { ($0, 1) }))
  }

  @Test func noPiecesMakeAnEmptyValue() {
    let value = MadeInPieces<Int>()
    #expect(value.value(count: 0) { _ in [1] } == [])
    #expect(value.value(count: 0) { _ in [1] } == [])
  }

  @Test func aSecondReaderGetsTheKeptValueWithoutMakingAnything() {
    let value = MadeInPieces<Int>()
    #expect(value.value(count: 3) { [$0] } == [0, 1, 2])
    #expect(value.value(count: 3) { _ in Issue.record("made again"); return [] } == [0, 1, 2])
  }
}
