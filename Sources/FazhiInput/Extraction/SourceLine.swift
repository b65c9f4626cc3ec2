import FazhiCore

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
  /// `.paragraph` when `line` is the paragraph number of a Word or PDF document.
  public var unit: LocationUnit?
  /// The heading level a Word paragraph's style gives it, 0-based (0 = 标题 1), for 标题 1–4 only: a structure hint
  /// the outline uses when the text has no written number. Nil for text, web pages and PDF.
  public var outlineLevel: Int?

  public init(text: String, line: Int, column: Int = 1, unit: LocationUnit? = nil, outlineLevel: Int? = nil) {
    self.text = text
    self.line = line
    self.column = column
    self.unit = unit
    self.outlineLevel = outlineLevel
  }

  /// The location of the character at `offset` (in Characters) within `text`.
  public func location(file: String, offset: Int = 0) -> TextLocation {
    TextLocation(file: file, line: line, column: column + offset, unit: unit)
  }

  var start: LineStart { LineStart(line: line, column: column, unit: unit) }
}

/// Where a source line starts: all that locating a character of it needs, without its text. Kept with every
/// paragraph of the outline, so in 32-bit numbers: lines and columns of a file within the 20 MB input limit fit,
/// and `clamping` never changes them.
struct LineStart: Sendable, Hashable {
  private var storedLine: Int32
  private var storedColumn: Int32
  var unit: LocationUnit?

  init(line: Int, column: Int, unit: LocationUnit? = nil) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    self.unit = unit
  }

  var line: Int { Int(storedLine) }
  var column: Int { Int(storedColumn) }

  /// The location of the character `offset` scalars into the line.
  func location(file: String, offset: Int = 0) -> TextLocation {
    TextLocation(file: file, line: line, column: column + offset, unit: unit)
  }
}

/// Splitting plain text into source lines (CRLF, CR and LF all end a line).
enum PlainText {
  /// The lines of `text`, at most `limit` of them: splitting stops there, so a caller that refuses more lines than
  /// a report has never holds them all.
  static func lines(_ text: String, limit: Int = .max) -> [SourceLine] {
    // Split on the UTF-8 bytes: CR and LF never occur inside a multi-byte sequence.
    var text = text
    return text.withUTF8 { utf8 in
      var result: [SourceLine] = []
      var lineStart = 0
      var lineNumber = 1
      var i = 0
      // BOMs left at the start of the first line are dropped.
      while i + 2 < utf8.count && utf8[i] == 0xEF && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF { i += 3 }
      lineStart = i
      func endLine(at end: Int) {
        let line = String(decoding: UnsafeBufferPointer(rebasing: utf8[lineStart..<end]), as: UTF8.self)
        result.append(SourceLine(text: line, line: lineNumber))
        lineNumber += 1
      }
      while i < utf8.count && result.count < limit {
        let byte = utf8[i]
        if byte == 0x0A || byte == 0x0D {
          endLine(at: i)
          // CRLF ends one line.
          i += byte == 0x0D && i + 1 < utf8.count && utf8[i + 1] == 0x0A ? 2 : 1
          lineStart = i
        } else {
          i += 1
        }
      }
      if lineStart < utf8.count && result.count < limit { endLine(at: utf8.count) }
      return result
    }
  }
}
