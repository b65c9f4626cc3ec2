import FazhiCore
import Foundation

/// Screens decoded input before YAML parsing: the marks a Chinese input method leaves
/// (full-width colons, full-width spaces, tabs). Returns findings and a repaired text that parses.
enum InputScreening {
  struct Result {
    var text: String
    var diagnostics: [Diagnostic]
    /// Per repaired line (1-based): from which repaired column on how many columns the repair added.
    var shifts: [Int: [(from: Int, delta: Int)]] = [:]

    /// The column in the user's file of a column in the repaired text.
    func originalColumn(line: Int, column: Int) -> Int {
      (shifts[line] ?? []).reduce(column) { c, shift in column >= shift.from ? c - shift.delta : c }
    }
  }

  /// Finds tabs and full-width spaces in indentation, full-width colons after keys and known `keys` written
  /// without the space after their colon; returns a repaired copy (tabs → two spaces, full-width spaces → two
  /// spaces, `键：值` and `年度:2025` → `键: 值`) so that parsing can go on.
  static func screen(_ text: String, file: String, keys: Set<String> = []) -> Result {
    var screener = LineScreener(file: file, keys: keys)
    // The repaired text, begun at the first line that needs a repair: most files need none and pass as they are.
    var repaired: String?
    let scalars = text.unicodeScalars
    // Split at the line feeds, found by byte: the `Character` "\n" would not cut CR LF, which is one `Character`.
    let lineFeeds = LiteralSearch.offsets(of: UInt8(ascii: "\n"), in: text).map {
      text.utf8.index(text.utf8.startIndex, offsetBy: $0)
    }
    var lineStart = scalars.startIndex
    var lineNumber = 1
    while true {
      let lineEnd = lineNumber <= lineFeeds.count ? lineFeeds[lineNumber - 1] : scalars.endIndex
      let line = scalars[lineStart..<lineEnd]
      if let repair = screener.screen(Substring(line.last == "\r" ? line.dropLast() : line), number: lineNumber) {
        if repaired == nil { repaired = String(Substring(scalars[..<lineStart])) }
        repaired?.append(repair)
      } else {
        repaired?.append(contentsOf: Substring(line))
      }
      guard lineEnd < scalars.endIndex else { break }
      repaired?.append("\n")
      lineStart = scalars.index(after: lineEnd)
      lineNumber += 1
    }
    return Result(text: repaired ?? text, diagnostics: screener.diagnostics, shifts: screener.shifts)
  }

  /// Screens a file line by line, remembering whether a block scalar (`|`, `>`) is open: inside one only the
  /// indentation matters.
  struct LineScreener {
    let file: String
    let keys: Set<String>
    var diagnostics: [Diagnostic] = []
    /// Indentation of the key that opened a block scalar.
    var blockIndent: Int?
    var shifts: [Int: [(from: Int, delta: Int)]] = [:]

    init(file: String, keys: Set<String>) {
      self.file = file
      self.keys = keys
    }

    /// Screens one line (without its line end); returns the repaired line, or nil when it needs no repair.
    mutating func screen(_ line: Substring, number lineNumber: Int) -> String? {
      let scalars = line.unicodeScalars
      let contentStart = scalars.firstIndex { $0 != " " && $0 != "\t" && $0 != "\u{3000}" } ?? scalars.endIndex
      let leading = scalars[..<contentStart]
      let indentWidth = leading.count
      let content = Substring(scalars[contentStart...])
      let oddIndent = leading.contains { $0 != " " }
      if let open = blockIndent {
        if content.isEmpty || indentWidth > open {
          guard oddIndent else { return nil }
          shifts[lineNumber] = [(from: open + 3, delta: open + 2 - indentWidth)]
          return String(repeating: " ", count: open + 2) + content
        }
        blockIndent = nil
      }
      // The width of the repaired indentation.
      let fixedIndent = oddIndent ? repairIndent(leading, line: lineNumber) : indentWidth
      let repairedBody =
        content.hasPrefix("#")
        ? nil : repairColon(content, indentWidth: indentWidth, fixedIndent: fixedIndent, line: lineNumber)
      let body = repairedBody ?? content
      if InputScreening.opensBlockScalar(body) { blockIndent = fixedIndent + (body.hasPrefix("- ") ? 2 : 0) }
      guard oddIndent || repairedBody != nil else { return nil }
      return String(repeating: " ", count: fixedIndent) + body
    }

    /// Reports each tab or full-width space of the indentation and returns the indentation's repaired width
    /// (each of them becomes two spaces).
    mutating func repairIndent(_ leading: Substring.UnicodeScalarView.SubSequence, line lineNumber: Int) -> Int {
      var fixedIndent = 0
      for (column, scalar) in leading.enumerated() {
        if let problem = InputScreening.indentProblems[scalar] {
          let location = TextLocation(file: file, line: lineNumber, column: column + 1)
          diagnostics.append(Diagnostic(problem.rule, at: location, problem.message))
          shifts[lineNumber, default: []].append((from: fixedIndent + 3, delta: 1))
          fixedIndent += 2
        } else {
          fixedIndent += 1
        }
      }
      return fixedIndent
    }

    /// `键：值` → `键: 值`, or else a known key written `年度:2025` → `年度: 2025`; nil when the line has neither.
    mutating func repairColon(_ content: Substring, indentWidth: Int, fixedIndent: Int, line lineNumber: Int)
      -> Substring?
    {
      if let colon = InputScreening.fullWidthKeyColon(in: content) {
        let prefixCount = content.unicodeScalars.distance(from: content.unicodeScalars.startIndex, to: colon)
        let location = TextLocation(file: file, line: lineNumber, column: indentWidth + prefixCount + 1)
        diagnostics.append(Diagnostic(FullwidthColonRule.description, at: location, FullwidthColonRule.message))
        let after = content[content.index(after: colon)...]
        let value = after.drop { $0 == " " || $0 == "\u{3000}" }
        // The value starts 2 columns after the colon in the repair, 1 + (spaces dropped) in the original.
        let repairedValue = fixedIndent + prefixCount + 3
        shifts[lineNumber, default: []].append((from: repairedValue, delta: 1 - (after.count - value.count)))
        return Substring(content[..<colon] + ": " + value)
      }
      if let colon = InputScreening.spacelessKeyColon(in: content, keys: keys) {
        // YAML reads `年度:2025` as one text, not a key and its value; libyaml then complains a line later.
        let prefixCount = content.unicodeScalars.distance(from: content.unicodeScalars.startIndex, to: colon)
        let location = TextLocation(file: file, line: lineNumber, column: indentWidth + prefixCount + 1)
        diagnostics.append(Diagnostic(ColonSpaceRule.description, at: location, ColonSpaceRule.message))
        shifts[lineNumber, default: []].append((from: fixedIndent + prefixCount + 3, delta: 1))
        return Substring(content[...colon] + " " + content[content.index(after: colon)...])
      }
      return nil
    }
  }

  private static let fullWidthColon = Array("：".utf8)

  /// Characters that break YAML indentation, each repaired as two spaces and reported under its own rule.
  static let indentProblems: [Unicode.Scalar: (rule: RuleDescription, message: String)] = [
    "\t": (TabIndentRule.description, TabIndentRule.message),
    "\u{3000}": (FullwidthSpaceRule.description, FullwidthSpaceRule.message),
  ]

  /// The index of a full-width colon used as a key separator: the line looks like `键：值` or `- 键：值`, the key
  /// part has no half-width colon, no quotes, and is short.
  static func fullWidthKeyColon(in content: Substring) -> String.Index? {
    // Most lines have no full-width colon (U+FF1A, no canonical equivalents), so a byte test rules them out.
    guard LiteralSearch.containsBytes(content, fullWidthColon) else { return nil }
    var text = content
    if text.hasPrefix("- ") { text = text.dropFirst(2) }
    guard let colon = text.firstIndex(of: "："), !text.hasPrefix("\""), !text.hasPrefix("'") else { return nil }
    let key = text[..<colon]
    guard !key.isEmpty, key.count <= 30, !key.contains(":"), !key.contains("，"), !key.contains("。"),
      !key.contains(" "), !key.contains("、")
    else { return nil }
    // A half-width `key: value` earlier on the line means the colon belongs to the value.
    return colon
  }

  /// The index of the colon in `键:值` when 键 is one of `keys` (a report key or an indicator name) and the
  /// colon is followed by text rather than a space. Unknown words are left alone: `会议要求:依法行政` may be a
  /// line of running text, and a URL's `http:` never is a key.
  static func spacelessKeyColon(in content: Substring, keys: Set<String>) -> String.Index? {
    guard !keys.isEmpty, let colon = content.firstIndex(of: ":") else { return nil }
    let after = content.index(after: colon)
    guard after < content.endIndex, content[after] != " ", content[after] != "\t" else { return nil }
    var key = content[..<colon]
    if key.hasPrefix("- ") { key = key.dropFirst(2) }
    return keys.contains(String(key)) ? colon : nil
  }

  /// True when the line ends with a block scalar indicator (`key: |`, `- |-`, `key: >`).
  static func opensBlockScalar(_ body: Substring) -> Bool {
    // Every indicator ends in | or > (ASCII, so a byte test is exact); most lines have neither.
    func isIndicator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") }
    guard
      body.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isIndicator) })
        ?? body.utf8.contains(where: isIndicator)
    else { return false }
    let trimmed = Whitespace.trim(body)
    let withoutComment = trimmed.split(separator: "#", maxSplits: 1).first.map(String.init) ?? trimmed
    let last = Whitespace.trim(withoutComment)
    for indicator in ["|", "|-", "|+", ">", ">-", ">+"]
    where last.hasSuffix(": " + indicator) || last == "- " + indicator || last == indicator {
      return true
    }
    return false
  }
}
