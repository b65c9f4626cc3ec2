import Foundation

/// JSON 输出：encodes a value exactly as Foundation's `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` and default strategies — same bytes — in a fraction of the time.
///
/// Foundation builds a dictionary per object, tracks a coding path per value and casts every value to its
/// special types; in a batch of extractions that was a fifth of the time. Here an encoding collects plain
/// arrays, keys are sorted once per object when written, and the coding path is only walked when asked for.
/// Special types as Foundation's defaults: `Decimal` and numbers as their `description` (a float without its
/// `.0`), `Date` through its own encoding, `Data` as Base64, `URL` as its absolute string. Objects list keys in
/// the order of their UTF-8 bytes; a key encoded twice keeps its last value; a value that encodes nothing is `{}`.
public struct PrettyJSONEncoder: Sendable {
  public init() {}

  /// The JSON text of `value`; throws `EncodingError` for non-finite floats and a top level that encodes nothing.
  public func encode<T: Encodable>(_ value: T) throws -> Data {
    let encoder = TreeEncoder(parent: nil, key: nil)
    guard let tree = try encoder.box(value, key: nil, nothingIsEmptyObject: false) else {
      throw EncodingError.invalidValue(
        value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values.")
      )
    }
    var writer = TreeWriter()
    writer.write(tree)
    return Data(writer.bytes)
  }
}

// MARK: - The tree

/// A value being encoded. Containers are the encoders that hold them, so that the containers an encoder hands
/// out (and super encoders) can fill them after the fact.
private enum JSONTree {
  case string(String)
  case integer(Int)
  /// Another number, `true`, `false` or `null`, written as is.
  case literal(String)
  case container(TreeEncoder)
}

private struct Member {
  var key: String
  var value: JSONTree
}

// MARK: - Encoding

/// The `Encoder` for one value, and what the value encoded: a single value, an array or an object.
private final class TreeEncoder: Encoder {
  enum Shape { case empty, single, array, object }

  /// Unowned: the parent holds its children's trees, and a parent outlives the encoding of its children.
  unowned let parent: TreeEncoder?
  let key: (any CodingKey)?
  // Unchecked exclusivity: an encoder's storage is only touched by its own containers, one call at a time on
  // the encoding thread, and the runtime checks on every append cost about 5% of encoding.
  @exclusivity(unchecked) private(set) var shape = Shape.empty
  @exclusivity(unchecked) private(set) var single: JSONTree?
  @exclusivity(unchecked) var elements: [JSONTree] = []
  @exclusivity(unchecked) var members: [Member] = []
  /// The coding key type of the object, if any: objects of one type are written in one order.
  @exclusivity(unchecked) private(set) var keyType: ObjectIdentifier?

  init(parent: TreeEncoder?, key: (any CodingKey)?) {
    self.parent = parent
    self.key = key
  }

  var codingPath: [any CodingKey] {
    var path: [any CodingKey] = []
    var encoder: TreeEncoder? = self
    while let current = encoder {
      if let key = current.key { path.append(key) }
      encoder = current.parent
    }
    return path.reversed()
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    becomeObject()
    keyType = ObjectIdentifier(type)
    return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    becomeArray()
    return UnkeyedContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(encoder: self)
  }

  /// Asking for a keyed container twice gives the same object, as in Foundation.
  func becomeObject() {
    guard shape != .object else { return }
    precondition(shape == .empty, "Attempt to push a keyed container where a value was already encoded")
    shape = .object
    members.reserveCapacity(8)
  }

  func becomeArray() {
    guard shape != .array else { return }
    precondition(shape == .empty, "Attempt to push an unkeyed container where a value was already encoded")
    shape = .array
  }

  func setSingle(_ value: JSONTree) {
    precondition(shape == .empty || shape == .single, "Attempt to encode a value where a container was pushed")
    shape = .single
    single = value
  }

  /// What this encoder holds as a tree value; nil when nothing was encoded.
  var tree: JSONTree? {
    switch shape {
    case .empty: nil
    case .single: single
    case .array, .object: .container(self)
    }
  }

  /// The tree of a value nested under `key` (nil: in this encoder's own place). A value that encodes nothing
  /// gives `{}`, or nil when `nothingIsEmptyObject` is false.
  func box<T: Encodable>(_ value: T, key: (any CodingKey)?, nothingIsEmptyObject: Bool = true) throws -> JSONTree? {
    // Exact-type tests are far cheaper than `as?` casts; these are the types JSONEncoder treats specially, and
    // the commonest scalars. Each `as!` is safe: it follows the test that `T` is exactly that type.
    if T.self == String.self { return .string(value as! String) }
    if T.self == Int.self { return .integer(value as! Int) }
    if T.self == Bool.self { return .literal((value as! Bool) ? "true" : "false") }
    if T.self == Decimal.self { return .literal((value as! Decimal).description) }
    if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
    if T.self == URL.self { return .string((value as! URL).absoluteString) }
    let encoder = TreeEncoder(parent: self, key: key)
    try value.encode(to: encoder)
    return encoder.tree ?? (nothingIsEmptyObject ? .container(encoder) : nil)
  }

  /// A float as JSONEncoder writes it: its `description` without a trailing `.0`; infinity and NaN refused.
  func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, key: (any CodingKey)?) throws -> JSONTree {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: codingPath + (key.map { [$0] } ?? []),
          debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return .literal(text)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func put(_ tree: JSONTree, _ key: Key) {
    encoder.members.append(Member(key: key.stringValue, value: tree))
  }

  mutating func encodeNil(forKey key: Key) throws { put(.literal("null"), key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { put(try encoder.number(value, key: key), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { put(try encoder.number(value, key: key), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(value), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.literal(value.description), key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    // Safe: `box` returns nil only when asked to (`nothingIsEmptyObject: false`).
    put(try encoder.box(value, key: key)!, key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = TreeEncoder(parent: encoder, key: key)
    put(.container(nested), key)
    return nested.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = TreeEncoder(parent: encoder, key: key)
    put(.container(nested), key)
    return nested.unkeyedContainer()
  }

  /// As JSONEncoder: the key "super"; our own key types all accept any string (nothing in fazhi calls this).
  mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let nested = TreeEncoder(parent: encoder, key: key)
    put(.container(nested), key)
    return nested
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.elements.count }

  private func put(_ tree: JSONTree) { encoder.elements.append(tree) }
  private var nextKey: IndexKey { IndexKey(encoder.elements.count) }

  mutating func encodeNil() throws { put(.literal("null")) }
  mutating func encode(_ value: Bool) throws { put(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { put(.string(value)) }
  mutating func encode(_ value: Double) throws { put(try encoder.number(value, key: nextKey)) }
  mutating func encode(_ value: Float) throws { put(try encoder.number(value, key: nextKey)) }
  mutating func encode(_ value: Int) throws { put(.integer(value)) }
  mutating func encode(_ value: Int8) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int16) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int32) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int64) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt8) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt16) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt32) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt64) throws { put(.literal(value.description)) }
  // Safe: `box` returns nil only when asked to (`nothingIsEmptyObject: false`).
  mutating func encode<T: Encodable>(_ value: T) throws { put(try encoder.box(value, key: nextKey)!) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    put(.container(nested))
    return nested.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    put(.container(nested))
    return nested.unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    put(.container(nested))
    return nested
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.setSingle(.literal("null")) }
  mutating func encode(_ value: Bool) throws { encoder.setSingle(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { encoder.setSingle(.string(value)) }
  mutating func encode(_ value: Double) throws { encoder.setSingle(try encoder.number(value, key: nil)) }
  mutating func encode(_ value: Float) throws { encoder.setSingle(try encoder.number(value, key: nil)) }
  mutating func encode(_ value: Int) throws { encoder.setSingle(.integer(value)) }
  mutating func encode(_ value: Int8) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: Int16) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: Int32) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: Int64) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: UInt) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: UInt8) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: UInt16) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: UInt32) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode(_ value: UInt64) throws { encoder.setSingle(.literal(value.description)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    // The value takes this encoder's place, under the same coding path.
    let boxed = try encoder.parent.map { try $0.box(value, key: encoder.key) } ?? encoder.box(value, key: nil)
    // Safe: `box` returns nil only when asked to (`nothingIsEmptyObject: false`).
    encoder.setSingle(boxed!)
  }
}

private struct IndexKey: CodingKey {
  let index: Int
  var stringValue: String { "Index \(index)" }
  var intValue: Int? { index }

  init(_ index: Int) { self.index = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { index = intValue }
}

// MARK: - Writing

/// Writes a tree as Foundation's pretty printer does: two spaces per level, `" : "` after keys, `[`/`{` and
/// their closing bracket on lines of their own (so an empty container is written with an empty line inside).
private struct TreeWriter {
  var bytes: [UInt8] = []
  private var indent = 0

  init() { bytes.reserveCapacity(1 << 17) }

  mutating func write(_ tree: JSONTree) {
    switch tree {
    case .string(let text): writeString(text)
    case .integer(let value): writeInteger(value)
    case .literal(let text): bytes.append(contentsOf: text.utf8)
    case .container(let encoder):
      switch encoder.shape {
      case .array: writeArray(encoder.elements)
      case .object: writeObject(encoder.members, keyType: encoder.keyType)
      case .single: write(encoder.single!)  // Safe: `setSingle` is what makes the shape `.single`.
      case .empty: writeObject([], keyType: nil)
      }
    }
  }

  private mutating func writeArray(_ elements: [JSONTree]) {
    open(UInt8(ascii: "["))
    for index in elements.indices {
      if index > 0 { separate() }
      writeIndent()
      write(elements[index])
    }
    close(UInt8(ascii: "]"))
  }

  private mutating func writeObject(_ members: [Member], keyType: ObjectIdentifier?) {
    open(UInt8(ascii: "{"))
    for (position, index) in writeOrder(members, keyType: keyType).enumerated() {
      if position > 0 { separate() }
      writeIndent()
      writeString(members[index].key)
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: ":"))
      bytes.append(UInt8(ascii: " "))
      write(members[index].value)
    }
    close(UInt8(ascii: "}"))
  }

  /// The write order of the last object of each coding key type with its keys: objects of one type nearly always
  /// encode the same keys, so their order is sorted out once per encoding.
  private var orders: [ObjectIdentifier: (keys: [String], order: [Int])] = [:]

  /// Indices of `members` sorted by the UTF-8 bytes of their keys; of a key encoded twice only the last.
  private mutating func writeOrder(_ members: [Member], keyType: ObjectIdentifier?) -> [Int] {
    if let keyType, let known = orders[keyType], known.keys.count == members.count,
      members.indices.allSatisfy({ known.keys[$0] == members[$0].key })
    {
      return known.order
    }
    let sorted = members.indices.sorted { a, b in
      let order = Self.compare(members[a].key, members[b].key)
      return order == 0 ? a < b : order < 0
    }
    var order: [Int] = []
    order.reserveCapacity(sorted.count)
    for (position, index) in sorted.enumerated() {
      if position + 1 < sorted.count && members[sorted[position + 1]].key == members[index].key { continue }
      order.append(index)
    }
    if let keyType { orders[keyType] = (members.map(\.key), order) }
    return order
  }

  /// Negative, zero or positive as `a` sorts before, with or after `b` by UTF-8 bytes.
  private static func compare(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let common = min(x.count, y.count)
        if common > 0, let xBase = x.baseAddress, let yBase = y.baseAddress {
          let order = memcmp(xBase, yBase, common)
          if order != 0 { return Int(order) }
        }
        return x.count - y.count
      }
    }
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    bytes.append(UInt8(ascii: "\n"))
    indent += 1
  }

  private mutating func close(_ bracket: UInt8) {
    bytes.append(UInt8(ascii: "\n"))
    indent -= 1
    writeIndent()
    bytes.append(bracket)
  }

  private mutating func separate() {
    bytes.append(UInt8(ascii: ","))
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func writeIndent() {
    let width = 2 * indent
    if width <= Self.spaces.count {
      bytes.append(contentsOf: Self.spaces[..<width])
    } else {
      for _ in 0..<width { bytes.append(UInt8(ascii: " ")) }
    }
  }

  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

  private mutating func writeInteger(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: buffer[start...])
    }
  }

  /// True when one of the eight bytes of `word` is a control character, `"` or `\\` (bit tricks: a byte below
  /// 0x20, or a byte equal to one of the others after XOR, sets its high bit in the result).
  private static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below0x20 = (word &- ones &* 0x20) & ~word & highs
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let equal = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
    return below0x20 | equal != 0
  }

  /// A quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes (lowercase hex),
  /// everything else (`/` and non-ASCII included) as is.
  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      guard let base = utf8.baseAddress else { return }
      var runStart = 0
      var index = 0
      while index < utf8.count {
        // Eight bytes at a time while none needs escaping (nearly all of a report's text).
        if index + 8 <= utf8.count, !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
          index += 8
          continue
        }
        let byte = utf8[index]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
          let hex = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: [
            UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
          ])
        }
        index += 1
        runStart = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
