import Foundation
import FazhiInput

/// What several rules derive from one file's prose (its text spans, the catalog figures quoted in it), computed
/// on first use and kept for the other rules. A reference shared by the copies of one `ValidationContext`; the
/// rules of one file may run side by side, so each value is made once while a second reader waits for it.
final class DerivedText: Sendable {
  let proseFigures: ProseFigures?
  private let spans = MadeOnce<[TextSpan]>()
  private let mentions = MadeOnce<[LocatedMention]>()
  private let slips = MadeOnce<[LocatedSlip]>()

  init(proseFigures: ProseFigures?) {
    self.proseFigures = proseFigures
  }

  func textSpans(_ make: () -> [TextSpan]) -> [TextSpan] {
    spans.value(make)
  }

  /// Making the mentions reads the text spans: a value of its own, with its own lock.
  func proseMentions(_ make: () -> [LocatedMention]) -> [LocatedMention] {
    mentions.value(make)
  }

  func arithmeticSlips(_ make: () -> [LocatedSlip]) -> [LocatedSlip] {
    slips.value(make)
  }
}

/// A value made by the first reader and kept; readers that come while it is made wait for it.
private final class MadeOnce<Value>: @unchecked Sendable {
  private let lock = NSLock()
  /// Read and written only under `lock`.
  private var made: Value?

  func value(_ make: () -> Value) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}
