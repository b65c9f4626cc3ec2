import Foundation

/// 并行：a value worked out on another thread while the caller does something else, for one-off work that
/// would otherwise leave a core idle (a batch keeps every core busy through `Batch`).
public final class Pending<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  /// Written once by the worker before `done` is left, read only after waiting for it.
  private var result: Result<Value, any Error>?

  /// Starts `work` on a global queue.
  public init(_ work: @escaping @Sendable () throws -> Value) {
    done.enter()
    DispatchQueue.global().async {
      self.result = Result(catching: work)
      self.done.leave()
    }
  }

  /// The value, waiting for it if need be; rethrows what `work` threw.
  public func value() throws -> Value {
    done.wait()
    // Safe: the worker sets `result` before leaving `done`, and `wait()` returns only after that.
    return try result!.get()
  }
}
