import Foundation
import Stencil

/// A mapping in the template context that remembers lookups of keys it does not have, so that a template
/// naming a variable the data does not have is an error instead of silently empty text.
struct StrictMap: DynamicMemberLookup, @unchecked Sendable, CustomStringConvertible {
  let values: [String: Any]
  /// Where this map sits in the context (`achievements.0`), for messages.
  let path: String
  let recorder: MissingKeyRecorder

  init(_ values: [String: Any], path: String, recorder: MissingKeyRecorder) {
    self.values = values
    self.path = path
    self.recorder = recorder
  }

  subscript(dynamicMember member: String) -> Any? {
    if let value = values[member] { return value }
    if member == "count" { return values.count }
    recorder.record(member: member, in: path)
    return nil
  }

  var description: String { path }
}

/// Collects member lookups that failed during one render.
final class MissingKeyRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var missing: [(member: String, path: String)] = []

  func record(member: String, in path: String) {
    lock.lock()
    defer { lock.unlock() }
    if !missing.contains(where: { $0.member == member && $0.path == path }) {
      missing.append((member, path))
    }
  }
}
