import FazhiCore
/// Turns cleaned page text into `PDFLine`s: indentation relative to the page's left margin, wide gaps as
/// table cells (layout mode), and the spaces `pdftotext` puts between Chinese and Latin text removed.
enum PDFLineBuilder {
  /// Spaces inside a line that separate columns rather than words (layout mode).
  static let columnGap = 3

  static func lines(pages: [[String]], layout: Bool) -> [PDFLine] {
    var result: [PDFLine] = []
    for (pageIndex, page) in pages.enumerated() {
      let margin = page.filter { !Whitespace.isBlank($0) }.map(leadingSpaces).min() ?? 0
      var blankBefore = false
      for raw in page {
        if Whitespace.isBlank(raw) {
          blankBefore = true
          continue
        }
        let indent = layout ? leadingSpaces(raw) - margin : 0
        let (text, isTableRow) = cells(raw.trimmingSpaces(), layout: layout)
        result.append(
          PDFLine(
            page: pageIndex + 1, indent: indent, text: text, isTableRow: isTableRow,
            followsBlankLine: blankBefore))
        blankBefore = false
      }
    }
    return result
  }

  private static func leadingSpaces(_ line: String) -> Int {
    DisplayColumns.of(String(line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }))
  }

  /// Splits at gaps of `columnGap` or more spaces (layout mode) and tidies each cell.
  private static func cells(_ text: String, layout: Bool) -> (String, Bool) {
    guard layout, text.contains(String(repeating: " ", count: columnGap)) else {
      return (tidy(text), false)
    }
    var parts: [String] = []
    var current = ""
    var spaces = 0
    for character in text {
      if character == " " {
        spaces += 1
        continue
      }
      if spaces >= columnGap {
        parts.append(current)
        current = ""
      } else if spaces > 0 {
        current += String(repeating: " ", count: spaces)
      }
      spaces = 0
      current.append(character)
    }
    parts.append(current)
    return (parts.map(tidy).joined(separator: "\t"), parts.count > 1)
  }

  /// Removes a space between a Chinese character and a Latin letter or digit ("2023 年" → "2023年"),
  /// and single spaces between Chinese characters when the line is letter-spaced (a justified line that
  /// `pdftotext` rendered as "提 升 至 …": three such spaces or more); collapses other runs of spaces.
  static func tidy(_ text: String) -> String {
    let characters = Array(text)
    let letterSpaced = countSpacedChinesePairs(characters) >= 3
    var result = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      guard character == " " else {
        result.append(character)
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end] == " " { end += 1 }
      if let before = result.last, end < characters.count {
        let after = characters[end]
        let spacedChinese =
          letterSpaced && end - index == 1 && DisplayColumns.isWide(before) && DisplayColumns.isWide(after)
        if !spacedChinese && !betweenChineseAndLatin(before, after) { result.append(" ") }
      }
      index = end
    }
    return result
  }

  private static func countSpacedChinesePairs(_ characters: [Character]) -> Int {
    guard characters.count >= 3 else { return 0 }
    var count = 0
    for index in 1..<(characters.count - 1) where characters[index] == " " {
      if DisplayColumns.isWide(characters[index - 1]) && DisplayColumns.isWide(characters[index + 1]) { count += 1 }
    }
    return count
  }

  private static func betweenChineseAndLatin(_ left: Character, _ right: Character) -> Bool {
    func isLatin(_ character: Character) -> Bool {
      character.isASCII && (character.isLetter || character.isNumber || "%.".contains(character))
    }
    return (DisplayColumns.isWide(left) && isLatin(right)) || (isLatin(left) && DisplayColumns.isWide(right))
  }
}

extension String {
  /// The text without leading and trailing spaces (ASCII and U+3000).
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
