/// Numbering typed by hand into a title, which the template numbers again (一、一、…).
struct ManualNumberingRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "manual_numbering",
    name: "标题中手写了序号",
    severity: .error,
    description: "模板会按 GB/T 9704 自动给标题编号（一、（一）1.（1））；标题开头手写的「一、」「（二）」「3.」「一是」会造成重复编号。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 深化行政执法体制改革
              内容: 推进综合行政执法。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          标题: ↓一、严格规范公正文明执法
          事项:
            - 标题: ↓（一）深化行政执法体制改革
              内容: 推进综合行政执法。
            - 标题: ↓2.规范执法程序
              内容: 全面推行三项制度。
      """
    ])

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    context.textSpans.filter(\.isTitle).compactMap { span in
      guard let marker = HeadingNumber.leadingMarker(in: span.text) else { return nil }
      return context.diagnostic(
        Self.description, at: context.positions.location(span.path),
        "标题开头手写了序号「\(marker)」，模板会自动编号，请删除")
    }
  }
}

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
  var isASCIIDigit: Bool { isASCII && isNumber }
  var isFullWidthDigit: Bool { ("０"..."９").contains(self) }
}
