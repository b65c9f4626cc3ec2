import Foundation
import FazhiCore

/// Small helpers to write YAML by hand with Chinese keys, comments and block scalars (Yams' emitter cannot
/// write comments, and scaffolds live on their comments).
struct YAMLText {
  /// The UTF-8 of the lines written so far, each ended by a line feed. One growing buffer, not an array of lines
  /// joined at the end: for a large extracted report the array and its joined copies took three times the YAML,
  /// and bytes (grown in place, written out as they are) need no second copy to become a file (issue 10).
  private var written = Data()

  /// Ends `line` and appends it.
  private mutating func append(_ line: String) {
    written.append(contentsOf: line.utf8)
    written.append(Self.lineFeed)
  }

  private static let lineFeed = UInt8(ascii: "\n")

  /// Comment lines, one per line of `text`; other line breaks and characters YAML does not allow raw are shown
  /// as `\uXXXX` (a title with U+2028 would otherwise end the comment and start a line of garbage).
  mutating func comment(_ text: String, indent: Int = 0) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      append(String(repeating: " ", count: indent) + (line.isEmpty ? "#" : "# \(Self.commentText(line))"))
    }
  }

  mutating func blank() { append("") }

  mutating func raw(_ line: String) { append(line) }

  /// `key: value` (value quoted when needed, block scalar when multi-line), with an optional trailing comment.
  mutating func pair(_ key: String, _ value: String, indent: Int = 0, prefix: String = "", comment: String? = nil) {
    let pad = String(repeating: " ", count: indent)
    let plain = LiteralSearch.isCanonicallyPlain(value)
    if Self.contains(value, "\n", plain: plain) && Self.isBlockSafe(value) {
      let trimmed = value.hasSuffix("\n") ? String(value.dropLast()) : value
      let chomp = value.hasSuffix("\n") ? "" : "-"
      append("\(pad)\(prefix)\(Self.key(key)): |\(chomp)" + (comment.map { "  # \(Self.commentText($0))" } ?? ""))
      let inner = String(repeating: " ", count: indent + prefix.count + 2)
      for line in trimmed.split(separator: "\n", omittingEmptySubsequences: false) {
        if !line.isEmpty {
          written.append(contentsOf: inner.utf8)
          written.append(contentsOf: line.utf8)
        }
        written.append(Self.lineFeed)
      }
    } else {
      let scalar = Self.scalar(value, plain: plain)
      append("\(pad)\(prefix)\(Self.key(key)): \(scalar)" + (comment.map { "  # \(Self.commentText($0))" } ?? ""))
    }
  }

  /// `key: value` with the value written as is (numbers that must stay numbers).
  mutating func number(_ key: String, _ value: String, indent: Int = 0, comment: String? = nil) {
    append(
      String(repeating: " ", count: indent) + Self.key(key) + ": " + value + (comment.map { "  # \(Self.commentText($0))" } ?? ""))
  }

  /// `key:` opening a nested block.
  mutating func open(_ key: String, indent: Int = 0, prefix: String = "", comment: String? = nil) {
    append(
      String(repeating: " ", count: indent) + prefix + Self.key(key) + ":" + (comment.map { "  # \(Self.commentText($0))" } ?? ""))
  }

  /// `- value` list entry (quoted when it holds a full-width colon, which screening would read as `- 键：值`).
  mutating func entry(_ value: String, indent: Int) {
    let scalar = Self.contains(value, "：") && !value.hasPrefix("\"") ? Self.quoted(value) : Self.scalar(value)
    append(String(repeating: " ", count: indent) + "- " + scalar)
  }

  /// The YAML's UTF-8: every line written, each ended by a line feed (a lone line feed when nothing was written).
  var data: Data { written.isEmpty ? Data([Self.lineFeed]) : written }

  /// The YAML as text (a copy of `data`).
  var text: String { String(decoding: data, as: UTF8.self) }

  static func key(_ key: String) -> String { scalar(key) }

  /// A scalar written plain when that reads back as the same string, double-quoted otherwise.
  static func scalar(_ value: String) -> String { scalar(value, plain: LiteralSearch.isCanonicallyPlain(value)) }

  /// Every test is on scalars and bytes, as a YAML reader sees the text: a space followed by a combining mark is
  /// still a leading space, and `:` + space + combining mark still starts a mapping value, though neither is the
  /// Character " " or the substring ": " to Swift. (`plain` is kept for callers; the answer does not depend on it.)
  static func scalar(_ value: String, plain: Bool) -> String {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return "\"\"" }
    let needsQuote =
      specialStart.contains(first) || last == " " || last == ":" || value.fastContains(": ")
      || value.fastContains(" #") || (value.utf8.count <= longestReserved && reserved.contains(value))
      || Double(value) != nil || value.unicodeScalars.contains { $0.value < 0x20 || mustEscape($0) }
    guard needsQuote else { return value }
    return quoted(value)
  }

  private static let specialStart: Set<Unicode.Scalar> = [
    "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "~",
  ]
  private static let reserved: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "null", "~", "True", "False", "Null", "NULL", "TRUE", "FALSE", "Yes",
    "No", "y", "n", "Y", "N",
  ]
  /// No value longer than this (in UTF-8 bytes) is in `reserved`: longer values skip hashing.
  private static let longestReserved = reserved.map(\.utf8.count).max() ?? 0

  /// Foundation's `contains(_:)` for a plain needle, answered from the bytes when canonical equivalence cannot
  /// change the answer (`plain`: `LiteralSearch.isCanonicallyPlain(text)`, when already known).
  static func contains(_ text: String, _ needle: String, plain: Bool? = nil) -> Bool {
    (plain ?? LiteralSearch.isCanonicallyPlain(text)) ? text.fastContains(needle) : text.contains(needle)
  }

  /// Scalars YAML does not allow raw (C0 and C1 controls, DEL, U+FFFE, U+FFFF) or reads as a line break or a
  /// byte order mark (U+0085 NEL, U+2028, U+2029, U+FEFF). Tab and line feed are allowed; each writer decides how
  /// to place them.
  static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0..<0x20, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029: true
    default: false
    }
  }

  /// True when a literal block scalar reads back as `value`: no characters YAML forbids or breaks lines at, no
  /// leading white space on the first line (which would need an indentation indicator), and at most one final
  /// line feed (more would need the keep indicator `|+`).
  static func isBlockSafe(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, first != " ", first != "\t", first != "\n" else { return false }
    return !value.hasSuffix("\n\n") && !value.unicodeScalars.contains(where: mustEscape)
  }

  /// `text` for a comment line: line breaks and characters YAML does not allow raw shown as `\uXXXX`.
  static func commentText(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\n" || mustEscape($0) }) else { return String(text) }
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" || mustEscape(scalar) { out += "\\u" + format4(scalar.value) } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }

  /// The value double-quoted with escapes.
  static func quoted(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || mustEscape(scalar) {
          out += "\\u" + format4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static func format4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
