/// Counts auto-numbered paragraphs in reading order and renders the marker a reader sees (一、 （一） 1.).
struct NumberingTracker {
  private let definitions: NumberingDefinitions
  private var counters: [String: [Int?]] = [:]
  private static let levelCount = 9

  init(definitions: NumberingDefinitions) {
    self.definitions = definitions
  }

  /// The level a numbered paragraph linked to `styleId` through `w:lvl/w:pStyle` sits at.
  func level(numberingId: Int, linkedTo styleId: String?) -> Int? {
    definitions.level(numberingId: numberingId, linkedTo: styleId)
  }

  /// Advances the counter of `level` in the list `numberingId` (restarting deeper levels) and returns the
  /// marker followed by its separator, e.g. "一、", "（一）", "1. "; nil for bullets and unknown lists.
  mutating func next(numberingId: Int, level rawLevel: Int) -> String? {
    guard numberingId != 0, let levels = definitions.levels(numberingId: numberingId) else { return nil }
    let level = min(max(rawLevel, 0), Self.levelCount - 1)
    let key = definitions.counterKey(numberingId: numberingId)
    var values = counters[key] ?? Array(repeating: nil, count: Self.levelCount)
    let definition = levels[level] ?? NumberingLevel()
    values[level] = values[level].map { $0 + 1 } ?? definition.start
    for deeper in (level + 1)..<Self.levelCount {
      let bound = levels[deeper]?.restartAfter ?? deeper
      if bound != 0 && level < bound { values[deeper] = nil }
    }
    counters[key] = values
    guard let marker = render(definition, levels: levels, values: values, level: level) else { return nil }
    return marker + separator(after: marker, suffix: definition.suffix)
  }

  private func render(_ definition: NumberingLevel, levels: [Int: NumberingLevel], values: [Int?], level: Int)
    -> String?
  {
    guard definition.format != "bullet" else { return nil }
    guard let template = definition.text else {
      return ListNumberFormat.render(values[level] ?? definition.start, format: definition.format)
    }
    var result = ""
    var characters = template.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      guard let digit = characters.next() else { break }
      guard let number = digit.wholeNumberValue, (1...Self.levelCount).contains(number) else {
        result.append(character)
        result.append(digit)
        continue
      }
      let referenced = levels[number - 1] ?? NumberingLevel()
      let value = values[number - 1] ?? referenced.start
      let format = definition.isLegal && number - 1 != level ? "decimal" : referenced.format
      result += ListNumberFormat.render(value, format: format == "bullet" ? "decimal" : format) ?? ""
    }
    return result
  }

  /// Word puts a tab (default) or a space after the marker; text keeps a space only where the marker does
  /// not already end in Chinese punctuation, so "一、" stays "一、" and "1." becomes "1. ".
  private func separator(after marker: String, suffix: String) -> String {
    guard suffix != "nothing", let last = marker.last else { return "" }
    let closing: Set<Character> = ["、", "）", "．", "。", "：", "，", "】", "》", "」"]
    return closing.contains(last) ? "" : " "
  }
}
