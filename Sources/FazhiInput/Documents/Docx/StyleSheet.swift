/// Paragraph styles of a .docx (word/styles.xml): what a paragraph inherits from its style chain.
struct StyleSheet {
  struct Style {
    var name: String?
    var basedOn: String?
    /// `w:outlineLvl` in the style's pPr (9 means body text).
    var outlineLevel: Int?
    var numberingId: Int?
    var numberingLevel: Int?
  }

  var styles: [String: Style] = [:]
  /// The style used by paragraphs without `w:pStyle` (`w:default="1"`, usually "Normal"/正文).
  var defaultParagraphStyleId: String?

  /// The 0-based outline level a paragraph of this style has: an explicit `w:outlineLvl` in the chain,
  /// or a built-in heading style (heading 1…9, 标题 1…9), nearest style first. Level 9 means body text.
  func outlineLevel(styleId: String?) -> Int? {
    for style in chain(from: styleId) {
      if let level = style.outlineLevel { return level >= 9 ? nil : level }
      if let level = Self.builtInHeadingLevel(name: style.name) { return level }
    }
    return nil
  }

  /// The numbering a style gives its paragraphs (`w:numPr` in the style chain), if any.
  func numbering(styleId: String?) -> (numberingId: Int, level: Int?)? {
    var level: Int?
    for style in chain(from: styleId) {
      if level == nil { level = style.numberingLevel }
      if let numberingId = style.numberingId { return (numberingId, level) }
    }
    return nil
  }

  /// The style and the styles it is based on, nearest first; stops at cycles and after 32 steps.
  private func chain(from styleId: String?) -> [Style] {
    var result: [Style] = []
    var seen: Set<String> = []
    var current = styleId ?? defaultParagraphStyleId
    while let id = current, !seen.contains(id), result.count < 32, let style = styles[id] {
      seen.insert(id)
      result.append(style)
      current = style.basedOn
    }
    return result
  }

  /// "heading 1" (Word's built-in name, any case), "标题 1" or "标题1" → 0; nil for other names.
  static func builtInHeadingLevel(name: String?) -> Int? {
    guard let name = name?.lowercased().trimmingCharacters(in: .whitespaces) else { return nil }
    for prefix in ["heading", "标题"] where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
      if let number = Int(rest), (1...9).contains(number) { return number - 1 }
    }
    return nil
  }
}
