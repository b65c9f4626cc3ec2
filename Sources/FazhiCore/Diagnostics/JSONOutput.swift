import Foundation

/// JSON 输出：the one way fazhi writes JSON (extract, validate, diff, draft --context, schema): two-space pretty
/// printing, keys sorted by their UTF-8 bytes, `/` unescaped, non-ASCII written as is. Typed values go through
/// Foundation's `JSONEncoder`, plain trees (a template context, a schema) through `JSONSerialization` with the same
/// options; the two write identical bytes for the same content.
public enum JSONOutput {
  static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

  /// The JSON of a typed value; throws `EncodingError` for non-finite floats.
  public static func data<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = formatting
    return try encoder.encode(value)
  }

  /// The JSON of a typed value as text ending in a newline.
  public static func text<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try data(value), as: UTF8.self) + "\n"
  }

  /// The JSON of a tree of dictionaries, arrays, strings, numbers and booleans as text ending in a newline.
  public static func text(tree: Any) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
