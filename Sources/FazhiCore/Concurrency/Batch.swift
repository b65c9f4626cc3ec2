import Foundation

/// 批量处理：runs one piece of work per input on a few threads and hands the results back in input order, so a
/// batch prints and exits exactly as it would one file after another.
public enum Batch {
  /// Worker threads for a batch: one per core.
  public static var defaultWidth: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `work(i)` for every `i` in `0..<count` on up to `width` threads and calls `consume(i, result)` on the
  /// calling thread in index order, each as soon as its result is ready. Work must be free of side effects
  /// that order matters for: all printing and writing belongs in `consume`. At most `window` results wait to
  /// be consumed. When `consume` throws, no further work starts, the running work finishes and the error is
  /// rethrown. With one thread (or one input) everything runs on the calling thread.
  public static func run<Result: Sendable>(
    count: Int, width: Int = defaultWidth, window: Int = 32, work: @escaping @Sendable (Int) -> Result,
    consume: (Int, Result) throws -> Void
  ) rethrows {
    let threads = min(width, count)
    guard threads > 1 else {
      for index in 0..<count { try consume(index, work(index)) }
      return
    }
    let state = BatchState<Result>(count: count, window: max(window, threads))
    let group = DispatchGroup()
    for _ in 0..<threads {
      DispatchQueue.global().async(group: group) {
        while let index = state.next() {
          state.finish(index, work(index))
        }
      }
    }
    do {
      for index in 0..<count {
        try consume(index, state.take(index))
      }
    } catch {
      state.cancel()
      group.wait()
      throw error
    }
    group.wait()
  }
}

/// The shared state of one `Batch.run`: the next input to start, the finished results waiting for the consumer.
private final class BatchState<Result: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var started = 0
  private var consumed = 0
  private var cancelled = false
  private var results: [Int: Result] = [:]

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next input to work on, nil when there is none (all started, or cancelled). Waits while `window`
  /// results are ahead of the consumer.
  func next() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled && started < count && started - consumed >= window { condition.wait() }
    guard !cancelled, started < count else { return nil }
    started += 1
    return started - 1
  }

  func finish(_ index: Int, _ result: Result) {
    condition.lock()
    results[index] = result
    condition.broadcast()
    condition.unlock()
  }

  /// The result of `index`, waiting until it is ready.
  func take(_ index: Int) -> Result {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result = results.removeValue(forKey: index) {
        consumed = index + 1
        condition.broadcast()
        return result
      }
      condition.wait()
    }
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }
}
