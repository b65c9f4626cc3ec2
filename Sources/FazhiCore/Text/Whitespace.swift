/// Trimming and line splitting on Unicode scalars that answer exactly like Foundation's
/// `trimmingCharacters(in: .whitespaces)` / `(in: .whitespacesAndNewlines)` and the standard library's
/// `split(whereSeparator: \.isNewline)`, without bridging to `NSString` or breaking text into `Character`s
/// (both showed up in every profile of loading and drafting).
package enum Whitespace {
  /// A member of `CharacterSet.whitespaces`: tab, the space separators, and U+200B, which Foundation counts too.
  package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// A scalar that is a newline `Character` on its own (`Character.isNewline`); CR LF is two of them.
  package static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// A member of `CharacterSet.whitespacesAndNewlines`.
  package static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    isWhitespace(scalar) || isNewline(scalar)
  }

  /// `text.trimmingCharacters(in: .whitespaces)`.
  package static func trim(_ text: Substring) -> String { trim(text, where: isWhitespace) }

  /// `text.trimmingCharacters(in: .whitespaces)`.
  package static func trim(_ text: String) -> String { trim(text[...], where: isWhitespace) }

  /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
  static func trimIncludingNewlines(_ text: Substring) -> String { trim(text, where: isWhitespaceOrNewline) }

  /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
  package static func trimIncludingNewlines(_ text: String) -> String { trim(text[...], where: isWhitespaceOrNewline) }

  /// True when the text has no visible character (white space and newlines only, or nothing).
  package static func isBlank(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy(isWhitespaceOrNewline)
  }

  /// The text on one line: every newline (CR LF counting as one) replaced by a space.
  package static func replacingNewlines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isNewline) else { return text }
    var result = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousWasCarriageReturn { continue }
      previousWasCarriageReturn = scalar == "\r"
      result.append(isNewline(scalar) ? " " : scalar)
    }
    return String(result)
  }

  private static func trim(_ text: Substring, where drop: (Unicode.Scalar) -> Bool) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, drop(scalars[start]) { start = scalars.index(after: start) }
    while start < end {
      let last = scalars.index(before: end)
      guard drop(scalars[last]) else { break }
      end = last
    }
    if start == scalars.startIndex && end == scalars.endIndex { return String(text) }
    // Slice the scalar view: a `String` subscript would round a non-`Character` boundary down.
    return String(Substring(scalars[start..<end]))
  }

  /// `text.split(whereSeparator: \.isNewline)`: the non-empty runs between newlines. A newline is always a
  /// `Character` of its own (or CR LF together), so splitting on scalars cuts at the same places; the empty run
  /// between CR and LF is omitted like every other empty run.
  static func lines(_ text: Substring) -> [Substring] {
    let utf8 = text.utf8
    let found: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
      var lines: [Substring] = []
      func cut(_ start: Int, _ end: Int) {
        guard start < end else { return }
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(from, offsetBy: end - start)
        lines.append(Substring(text.unicodeScalars[from..<to]))
      }
      // The newlines in UTF-8: 0A–0D, C2 85 (U+0085), E2 80 A8 and E2 80 A9 (U+2028, U+2029).
      var start = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        var length = 0
        if byte >= 0x0A && byte <= 0x0D {
          length = 1
        } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
          length = 2
        } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
          bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
        {
          length = 3
        }
        if length > 0 {
          cut(start, i)
          start = i + length
          i = start
        } else {
          i += 1
        }
      }
      cut(start, bytes.count)
      return lines
    }
    if let found { return found }
    var lines: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      if isNewline(scalars[index]) {
        if start < index { lines.append(Substring(scalars[start..<index])) }
        start = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    if start < scalars.endIndex { lines.append(Substring(scalars[start...])) }
    return lines
  }

  /// `text.split(whereSeparator: \.isNewline)`.
  package static func lines(_ text: String) -> [Substring] { lines(text[...]) }

  /// The lines of `text` trimmed of whitespace, blank ones left out: what templates and documents call
  /// paragraphs.
  package static func nonBlankLines(_ text: String) -> [String] {
    lines(text).map { trim($0) }.filter { !$0.isEmpty }
  }
}
