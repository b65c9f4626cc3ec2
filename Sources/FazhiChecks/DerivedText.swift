import Foundation
import FazhiInput

/// What several rules derive from one file's prose (its text spans, the catalog figures quoted in it), computed
/// on first use and kept for the other rules. A reference shared by the copies of one `ValidationContext`.
final class DerivedText: @unchecked Sendable {
  let proseFigures: ProseFigures?
  private let lock = NSLock()
  private var spans: [TextSpan]?
  private var mentions: [LocatedMention]?
  private var slips: [LocatedSlip]?

  init(proseFigures: ProseFigures?) {
    self.proseFigures = proseFigures
  }

  func textSpans(_ make: () -> [TextSpan]) -> [TextSpan] {
    lock.lock()
    defer { lock.unlock() }
    if let spans { return spans }
    let made = make()
    spans = made
    return made
  }

  func proseMentions(_ make: () -> [LocatedMention]) -> [LocatedMention] {
    cached(\.mentions, make)
  }

  func arithmeticSlips(_ make: () -> [LocatedSlip]) -> [LocatedSlip] {
    cached(\.slips, make)
  }

  private func cached<Value>(_ key: ReferenceWritableKeyPath<DerivedText, Value?>, _ make: () -> Value) -> Value {
    lock.lock()
    if let value = self[keyPath: key] {
      lock.unlock()
      return value
    }
    lock.unlock()
    // Built outside the lock: making the value reads `textSpans`, which takes it.
    let made = make()
    lock.lock()
    defer { lock.unlock() }
    if let value = self[keyPath: key] { return value }
    self[keyPath: key] = made
    return made
  }
}
