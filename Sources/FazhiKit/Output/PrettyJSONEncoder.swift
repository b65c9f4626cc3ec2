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
    guard let tree = try encoder.box(value, key: nil, encodesNothingAs: nil) else {
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

/// A value being encoded: scalars are kept as text, containers by reference so that the containers an encoder
/// hands out can fill them after the fact.
private enum JSONTree {
  case string(String)
  /// A number, `true`, `false` or `null`, written as is.
  case literal(String)
  case array(ArrayNode)
  case object(ObjectNode)
  /// What a super encoder encodes, read when the tree is written (`{}` when nothing).
  case deferred(TreeEncoder)
}

private final class ArrayNode {
  var elements: [JSONTree] = []
}

private final class ObjectNode {
  var members: [(key: String, value: JSONTree)] = []
}

// MARK: - Encoding

/// The `Encoder` for one value: holds what the value encoded (a single value, an array or an object).
private final class TreeEncoder: Encoder {
  let parent: TreeEncoder?
  let key: (any CodingKey)?
  var value: JSONTree?

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
    KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, node: objectNode()))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedContainer(encoder: self, node: arrayNode())
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(encoder: self)
  }

  /// The object this encoder holds, made on first use (asking twice gives the same object, as in Foundation).
  func objectNode() -> ObjectNode {
    if case .object(let node) = value { return node }
    precondition(value == nil, "Attempt to push a keyed container where a value was already encoded")
    let node = ObjectNode()
    value = .object(node)
    return node
  }

  func arrayNode() -> ArrayNode {
    if case .array(let node) = value { return node }
    precondition(value == nil, "Attempt to push an unkeyed container where a value was already encoded")
    let node = ArrayNode()
    value = .array(node)
    return node
  }

  /// The tree of a value nested under `key` (nil: in this encoder's own place). A value that encodes nothing
  /// gives `{}`, or nil when `encodesNothingAs` is nil.
  func box<T: Encodable>(_ value: T, key: (any CodingKey)?, encodesNothingAs empty: JSONTree? = .object(ObjectNode()))
    throws -> JSONTree?
  {
    // Exact-type tests are far cheaper than `as?` casts; these are the types JSONEncoder treats specially, and
    // the commonest scalars.
    if T.self == String.self { return .string(value as! String) }
    if T.self == Int.self { return .literal((value as! Int).description) }
    if T.self == Bool.self { return .literal((value as! Bool) ? "true" : "false") }
    if T.self == Decimal.self { return .literal((value as! Decimal).description) }
    if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
    if T.self == URL.self { return .string((value as! URL).absoluteString) }
    let encoder = TreeEncoder(parent: self, key: key)
    try value.encode(to: encoder)
    return encoder.value ?? empty
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
  let node: ObjectNode

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func put(_ tree: JSONTree, _ key: Key) { node.members.append((key.stringValue, tree)) }

  mutating func encodeNil(forKey key: Key) throws { put(.literal("null"), key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { put(try encoder.number(value, key: key), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { put(try encoder.number(value, key: key), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(.literal(value.description), key) }
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
    put(try encoder.box(value, key: key)!, key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = TreeEncoder(parent: encoder, key: key)
    let object = nested.objectNode()
    put(.object(object), key)
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: nested, node: object))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = TreeEncoder(parent: encoder, key: key)
    let array = nested.arrayNode()
    put(.array(array), key)
    return UnkeyedContainer(encoder: nested, node: array)
  }

  mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let nested = TreeEncoder(parent: encoder, key: key)
    put(.deferred(nested), key)
    return nested
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let encoder: TreeEncoder
  let node: ArrayNode

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { node.elements.count }

  private func put(_ tree: JSONTree) { node.elements.append(tree) }
  private var nextKey: IndexKey { IndexKey(node.elements.count) }

  mutating func encodeNil() throws { put(.literal("null")) }
  mutating func encode(_ value: Bool) throws { put(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { put(.string(value)) }
  mutating func encode(_ value: Double) throws { put(try encoder.number(value, key: nextKey)) }
  mutating func encode(_ value: Float) throws { put(try encoder.number(value, key: nextKey)) }
  mutating func encode(_ value: Int) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int8) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int16) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int32) throws { put(.literal(value.description)) }
  mutating func encode(_ value: Int64) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt8) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt16) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt32) throws { put(.literal(value.description)) }
  mutating func encode(_ value: UInt64) throws { put(.literal(value.description)) }
  mutating func encode<T: Encodable>(_ value: T) throws { put(try encoder.box(value, key: nextKey)!) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    let object = nested.objectNode()
    put(.object(object))
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: nested, node: object))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    let array = nested.arrayNode()
    put(.array(array))
    return UnkeyedContainer(encoder: nested, node: array)
  }

  mutating func superEncoder() -> any Encoder {
    let nested = TreeEncoder(parent: encoder, key: nextKey)
    put(.deferred(nested))
    return nested
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.value = .literal("null") }
  mutating func encode(_ value: Bool) throws { encoder.value = .literal(value ? "true" : "false") }
  mutating func encode(_ value: String) throws { encoder.value = .string(value) }
  mutating func encode(_ value: Double) throws { encoder.value = try encoder.number(value, key: nil) }
  mutating func encode(_ value: Float) throws { encoder.value = try encoder.number(value, key: nil) }
  mutating func encode(_ value: Int) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: Int8) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: Int16) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: Int32) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: Int64) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: UInt) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: UInt8) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: UInt16) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: UInt32) throws { encoder.value = .literal(value.description) }
  mutating func encode(_ value: UInt64) throws { encoder.value = .literal(value.description) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    // The value takes this encoder's place, under the same coding path.
    if let parent = encoder.parent {
      encoder.value = try parent.box(value, key: encoder.key)
    } else {
      encoder.value = try encoder.box(value, key: nil)
    }
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

  init() { bytes.reserveCapacity(1 << 16) }

  mutating func write(_ tree: JSONTree) {
    switch tree {
    case .string(let text): writeString(text)
    case .literal(let text): append(text)
    case .deferred(let encoder): write(encoder.value ?? .object(ObjectNode()))
    case .array(let node):
      bytes.append(UInt8(ascii: "["))
      bytes.append(UInt8(ascii: "\n"))
      indent += 1
      for (index, element) in node.elements.enumerated() {
        if index > 0 { append(",\n") }
        writeIndent()
        write(element)
      }
      bytes.append(UInt8(ascii: "\n"))
      indent -= 1
      writeIndent()
      bytes.append(UInt8(ascii: "]"))
    case .object(let node):
      bytes.append(UInt8(ascii: "{"))
      bytes.append(UInt8(ascii: "\n"))
      indent += 1
      // Sorted by UTF-8 bytes; the sort is stable, so of a key encoded twice the last one is kept.
      let members = node.members.enumerated().sorted { a, b in
        a.element.key == b.element.key
          ? a.offset < b.offset : a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
      }
      var first = true
      for (position, member) in members.enumerated() {
        if position + 1 < members.count && members[position + 1].element.key == member.element.key { continue }
        if !first { append(",\n") }
        first = false
        writeIndent()
        writeString(member.element.key)
        append(" : ")
        write(member.element.value)
      }
      bytes.append(UInt8(ascii: "\n"))
      indent -= 1
      writeIndent()
      bytes.append(UInt8(ascii: "}"))
    }
  }

  private mutating func writeIndent() {
    for _ in 0..<indent {
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: " "))
    }
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// A quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes (lowercase hex),
  /// everything else (`/` and non-ASCII included) as is.
  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
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
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
