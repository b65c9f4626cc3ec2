import Foundation
import FazhiCore
import FazhiInput

/// What several rules derive from one file's prose (its text spans, the catalog figures quoted in it), computed
/// on first use and kept for the other rules. A reference shared by the copies of one `ValidationContext`; the
/// rules of one file may run side by side, so each value is made once, and a second reader that comes while it
/// is being made helps to make it (values made span by span) or waits for it.
final class DerivedText: Sendable {
  /// The validator's figure finder, possibly still being built on another core; nil when the context was made
  /// without a validator.
  private let pendingFigures: Pending<ProseFigures>?
  private let figures = MadeOnce<ProseFigures>()
  private let spans = MadeOnce<[TextSpan]>()
  private let mentions = MadeInPieces<LocatedMention>()
  private let slips = MadeInPieces<LocatedSlip>()

  init(proseFigures: Pending<ProseFigures>?) {
    self.pendingFigures = proseFigures
  }

  /// The validator's figure finder, or one built on first use for a context made without a validator. Building
  /// a finder cannot throw, so `try?` only unwraps the pending one.
  func proseFigures(catalog: Catalog) -> ProseFigures {
    figures.value { (try? pendingFigures?.value()) ?? ProseFigures(catalog: catalog) }
  }

  func textSpans(_ make: () -> [TextSpan]) -> [TextSpan] {
    spans.value(make)
  }

  /// The mentions of `count` spans, `piece(i)` those of span `i`, in span order.
  func proseMentions(count: Int, _ piece: (Int) -> [LocatedMention]) -> [LocatedMention] {
    mentions.value(count: count, piece)
  }

  /// The slips of `count` spans, `piece(i)` those of span `i`, in span order.
  func arithmeticSlips(count: Int, _ piece: (Int) -> [LocatedSlip]) -> [LocatedSlip] {
    slips.value(count: count, piece)
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

/// A value made of independent pieces (one per text span) and kept. A reader that comes while it is being made
/// takes the pieces nobody has started instead of waiting idle, then waits only for the pieces still in other
/// hands: two rules that read the prose mentions, run side by side, make them together in about half the time.
/// The pieces are joined in their own order, so the value is the same however the work was shared.
final class MadeInPieces<Piece>: @unchecked Sendable {
  private let condition = NSCondition()
  // Read and written only under `condition`.
  private var made: [Piece]?
  private var pieces: [[Piece]] = []
  private var total: Int?
  private var started = 0
  private var finished = 0

  /// The pieces `piece(0)` … `piece(count - 1)` joined; `count` is the first reader's (every reader of one value
  /// passes the same).
  func value(count: Int, _ piece: (Int) -> [Piece]) -> [Piece] {
    condition.lock()
    defer { condition.unlock() }
    if total == nil {
      total = count
      pieces = Array(repeating: [], count: count)
    }
    let total = total ?? count
    while true {
      if let made { return made }
      if finished == total {
        let joined = pieces.flatMap { $0 }
        made = joined
        pieces = []
        condition.broadcast()
        return joined
      }
      guard started < total else {
        condition.wait()
        continue
      }
      let index = started
      started += 1
      condition.unlock()
      let result = piece(index)
      condition.lock()
      pieces[index] = result
      finished += 1
    }
  }
}
