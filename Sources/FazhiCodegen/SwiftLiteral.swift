import Foundation

/// Spells values as Swift source.
enum SwiftLiteral {
  /// A string literal; `debugDescription` escapes quotes, backslashes and control characters the Swift way.
  static func string(_ value: String) -> String { value.debugDescription }

  static func string(_ value: String?) -> String { value.map(string) ?? "nil" }

  static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

  static func strings(_ values: [String]?) -> String { values.map(strings) ?? "nil" }

  /// A dictionary literal of texts to whole numbers, keys sorted so that the generated source is stable.
  static func intsByText(_ values: [String: Int]) -> String {
    guard !values.isEmpty else { return "[:]" }
    return "[" + values.sorted { $0.key < $1.key }.map { "\(string($0.key)): \($0.value)" }.joined(separator: ", ") + "]"
  }

  /// A raw-value enum case, by its raw value (the catalog's spelling) rather than its Swift name. The generated `!`
  /// cannot fail: the raw value is read from a case of the same type, and every test run builds the catalog.
  static func rawValue<T: RawRepresentable>(_ value: T) -> String where T.RawValue == String {
    ".init(rawValue: \(string(value.rawValue)))!"
  }

  /// A Decimal built the way the catalog loader builds it, from the same text. The generated `!` cannot fail: a
  /// Decimal's `description` always reads back as that Decimal.
  static func decimal(_ value: Decimal?) -> String {
    value.map { "Decimal(string: \(string($0.description)))!" } ?? "nil"
  }

  /// `Type(label: value, …)`.
  static func call(_ type: String, _ arguments: KeyValuePairs<String, String>) -> String {
    type + "(" + arguments.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
  }

  /// An array literal with one element per line.
  static func list(_ elements: [String], indent: String) -> String {
    guard !elements.isEmpty else { return "[]" }
    return "[\n" + elements.map { "\(indent)  \($0),\n" }.joined() + "\(indent)]"
  }
}
