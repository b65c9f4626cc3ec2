import Foundation

/// Recognises GB/T 9704 numbering markers at the start of a line.
public enum HeadingNumber {
  static let chineseDigits: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百"]

  /// The numbering marker a text starts with (`一、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`, `一是`, `第一，`), if any.
  public static func leadingMarker(in text: String) -> String? {
    // Only the start matters: skip leading white space and look at twelve characters (trimming the whole text
    // through Foundation cost more than the rule's other work on a long paragraph). White space at the end
    // never completes a marker, so it need not be trimmed.
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex, Whitespace.isWhitespace(scalars[start]) { scalars.formIndex(after: &start) }
    let chars = Array(text[start...].prefix(12))
    guard let first = chars.first else { return nil }
    func take(_ n: Int) -> String { String(chars.prefix(n)) }
    var i = 0
    if first == "（" || first == "(" {
      i = 1
      while i < chars.count, chineseDigits.contains(chars[i]) || chars[i].isASCIIDigit || chars[i].isFullWidthDigit { i += 1 }
      if i > 1, i < chars.count, chars[i] == "）" || chars[i] == ")" { return take(i + 1) }
      return nil
    }
    if chineseDigits.contains(first) {
      while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
      if i < chars.count, chars[i] == "、" || chars[i] == "是" || chars[i] == "．" { return take(i + 1) }
      return nil
    }
    if first == "第", chars.count > 2 {
      i = 1
      while i < chars.count, chineseDigits.contains(chars[i]) { i += 1 }
      if i > 1, i < chars.count, chars[i] == "，" || chars[i] == "," || chars[i] == "、" { return take(i + 1) }
      return nil
    }
    if first.isASCIIDigit || first.isFullWidthDigit {
      while i < chars.count, chars[i].isASCIIDigit || chars[i].isFullWidthDigit { i += 1 }
      if i < chars.count, ".、．".contains(chars[i]) {
        // 1.5万 is a number, not a marker.
        if chars[i] == ".", i + 1 < chars.count, chars[i + 1].isASCIIDigit { return nil }
        return take(i + 1)
      }
    }
    return nil
  }
}

extension Character {
  package var isASCIIDigit: Bool { isASCII && isNumber }
  package var isFullWidthDigit: Bool { ("０"..."９").contains(self) }
}
