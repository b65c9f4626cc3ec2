import Foundation

extension TextKey {
  /// A text's key as a dictionary key, for a rule that files every sentence of a report by its key
  /// (`duplicate_text`): equal exactly when the two `key` strings are equal, but hashed and compared by bytes.
  ///
  /// `String` hashes the canonical composition of its scalars, normalising every Chinese character on the way,
  /// and a report's worth of sentences made that the larger part of filing them. Two keys are canonically
  /// equivalent exactly when their canonical decompositions have the same bytes, so the bytes kept here are the
  /// decomposition. A plain key (`LiteralSearch.isCanonicallyPlain`: nearly every key of a report, ideographs and
  /// ASCII) is its own decomposition and is kept as it is; only another key is decomposed.
  public struct Hashed: Hashable, Sendable {
    /// The key's canonical decomposition (NFD).
    let decomposed: String

    /// The key of `text`.
    public init(of text: some StringProtocol) {
      self.init(key: TextKey.key(text))
    }

    /// `key`, already made by `TextKey.key`.
    public init(key: String) {
      decomposed = LiteralSearch.isCanonicallyPlain(key) ? key : key.decomposedStringWithCanonicalMapping
    }

    /// UTF-8 bytes in the key: never fewer than its characters.
    public var byteCount: Int { decomposed.utf8.count }

    public static func == (lhs: Hashed, rhs: Hashed) -> Bool {
      guard lhs.byteCount == rhs.byteCount else { return false }
      var left = lhs.decomposed
      var right = rhs.decomposed
      return left.withUTF8 { left in right.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
      var bytes = decomposed
      bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
