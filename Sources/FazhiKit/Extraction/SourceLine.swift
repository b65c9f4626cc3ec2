/// 源行：one line of text with the position of its first character in the original file.
///
/// For plain text the position is exact. For HTML, `line`/`column` point at the place in the original file
/// where the line's first visible character came from; characters further along the line are located by
/// adding their offset to `column`, which is exact unless a tag or entity sits between them.
public struct SourceLine: Sendable, Hashable {
  public var text: String
  /// 1-based line in the original file.
  public var line: Int
  /// 1-based column (Unicode scalars) in the original file.
  public var column: Int

  public init(text: String, line: Int, column: Int = 1) {
    self.text = text
    self.line = line
    self.column = column
  }

  /// The location of the character at `offset` (in Characters) within `text`.
  public func location(file: String, offset: Int = 0) -> TextLocation {
    TextLocation(file: file, line: line, column: column + offset)
  }
}

/// Splitting plain text into source lines (CRLF, CR and LF all end a line).
enum PlainText {
  static func lines(_ text: String) -> [SourceLine] {
    var result: [SourceLine] = []
    var current = String.UnicodeScalarView()
    var lineNumber = 1
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if previousWasCR {
          previousWasCR = false
          continue
        }
        result.append(SourceLine(text: String(current), line: lineNumber))
        current = String.UnicodeScalarView()
        lineNumber += 1
      } else if scalar == "\r" {
        result.append(SourceLine(text: String(current), line: lineNumber))
        current = String.UnicodeScalarView()
        lineNumber += 1
        previousWasCR = true
        continue
      } else if scalar == "\u{FEFF}" && result.isEmpty && current.isEmpty {
        // A BOM left in decoded text.
      } else {
        current.append(scalar)
      }
      previousWasCR = false
    }
    if !current.isEmpty { result.append(SourceLine(text: String(current), line: lineNumber)) }
    return result
  }
}
