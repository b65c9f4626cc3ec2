import Foundation

/// Recognises page numbers, headings and sentence ends in lines of PDF text.
enum LinePatterns {
  private static let dashes: Set<Character> = ["—", "–", "-", "－", "―", "‒", "~", "～", "_", "·", "•", "‐", "一"]
  private static let chineseDigits: Set<Character> = Set("〇零一二三四五六七八九十百")

  /// A page number line: `— 3 —`, `- 3 -`, `－3－`, `第3页`, `第 3 页 共 10 页`, `共10页 第3页`, `Page 3`,
  /// and — only at the top or bottom of a page — bare `3` or `3/10`.
  static func isPageNumber(_ line: String, atPageEdge: Bool) -> Bool {
    let compact = line.filter { !$0.isWhitespace }
    guard !compact.isEmpty, compact.count <= 24 else { return false }
    if isDecoratedNumber(compact, atPageEdge: atPageEdge) { return true }
    if isChinesePageLabel(compact) { return true }
    let lower = compact.lowercased()
    if lower.hasPrefix("page"), isNumberPair(Substring(lower.dropFirst(4).replacingOccurrences(of: "of", with: "/"))) {
      return true
    }
    return atPageEdge && isNumberPair(Substring(compact))
  }

  /// Digits wrapped in dashes (`—3—`, `-3-`); bare digits count only at a page edge.
  private static func isDecoratedNumber(_ compact: String, atPageEdge: Bool) -> Bool {
    // "一" stands in for a dash when a PDF font maps "—" badly ("一 3 一").
    let core = compact.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }
    guard !core.isEmpty, core.count <= 4, core.allSatisfy(\.isASCIIDigit) else { return false }
    return core.count < compact.count || atPageEdge
  }

  /// `第3页`, `第3页共10页`, `第3页/共10页`, `共10页第3页`.
  private static func isChinesePageLabel(_ compact: String) -> Bool {
    var rest = Substring(compact)
    var sawPage = false
    while !rest.isEmpty {
      guard let first = rest.first, first == "第" || first == "共" else { return false }
      rest = rest.dropFirst()
      let digits = rest.prefix { $0.isASCIIDigit }
      guard !digits.isEmpty, digits.count <= 4 else { return false }
      rest = rest.dropFirst(digits.count)
      guard rest.first == "页" else { return false }
      rest = rest.dropFirst()
      sawPage = true
      rest = rest.drop { $0 == "," || $0 == "，" || $0 == "/" || $0 == "、" }
    }
    return sawPage
  }

  /// `3` or `3/10`.
  private static func isNumberPair(_ text: Substring) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }
  }

  /// A line that starts a heading or numbered item: 一、 （一） (一) 1. 1、 （1） 第一章/条/部分.
  /// Inline enumerators (一是、二是) are not headings: they continue a paragraph.
  static func isHeadingStart(_ line: String) -> Bool {
    var rest = Substring(line.drop { $0.isWhitespace })
    guard let first = rest.first else { return false }
    if first == "第" {
      let number = rest.dropFirst().prefix { chineseDigits.contains($0) || $0.isASCIIDigit }
      let unit = rest.dropFirst(1 + number.count).first
      return !number.isEmpty && unit.map { "章节条部分篇".contains($0) } == true
    }
    let opened = first == "（" || first == "("
    if opened { rest = rest.dropFirst() }
    let chinese = rest.prefix { chineseDigits.contains($0) }
    let arabic = rest.prefix { $0.isASCIIDigit || ("０"..."９").contains($0) }
    let number = chinese.isEmpty ? arabic : chinese
    guard !number.isEmpty, number.count <= 3 else { return false }
    rest = rest.dropFirst(number.count)
    guard let mark = rest.first else { return false }
    if opened { return mark == "）" || mark == ")" }
    if mark == "、" { return true }
    if !arabic.isEmpty, mark == "." || mark == "．" {
      return rest.dropFirst().first.map { !$0.isASCIIDigit } ?? true
    }
    return false
  }

  private static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":"]
  private static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'", "》", "】"]

  /// The line ends a sentence: 。！？；： (or ASCII !?;:), possibly followed by closing quotes or brackets.
  static func endsSentence(_ line: String) -> Bool {
    let trimmed = line.reversed().drop { $0.isWhitespace || closers.contains($0) }
    return trimmed.first.map { sentenceEnds.contains($0) } ?? false
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
