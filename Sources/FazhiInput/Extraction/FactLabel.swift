import FazhiCore

/// 事实标签：the name a figure outside the catalog is kept under, or none when the text does not say what it
/// counts.
///
/// A fact is worth keeping only when its label names the thing counted: not empty, not a lone particle or verb
/// (等, 对, 明确, 公示), not a place word (全市, 所辖, 示例区), not a year. A weak label borrows the noun written after
/// the number (`公示176条行政处罚信息` → 公示行政处罚信息); when there is none the figure is dropped. A long label is
/// cut at a clause boundary (的, 、), never in the middle of a word.
enum FactLabel {
  /// Labels at most this long are kept whole.
  static let maximumLength = 24

  /// Words that name no counted thing on their own.
  static let weakWords: Set<String> = [
    "等", "对", "和", "与", "及", "向", "从", "在", "将", "把", "被", "给", "以", "为", "有", "是", "达", "共", "其", "各", "全", "另",
    "明确", "公示", "实现", "开展", "完成", "办理", "组织", "新增", "涉及", "包括", "其中", "其他", "以上", "以下", "所辖", "下辖", "共有",
    "全市", "全县", "全区", "全省", "全州", "全旗", "全镇", "全乡", "我市", "我县", "我区", "我省", "我局", "本级", "市级", "县级", "区级",
    "省级", "市", "县", "区", "省", "乡", "镇", "村", "年", "月", "日", "个", "项", "件", "次", "人", "名", "家",
  ]

  /// A text equal to a weak word has no more scalars than the word (none of them decomposes), so at most four UTF-8
  /// bytes for each: a longer label is not looked up, which spares hashing Chinese text for most labels.
  static let weakWordBytes = 4 * (weakWords.map(\.unicodeScalars.count).max() ?? 0)

  /// Measure words that open the phrase after a number (`176条行政处罚信息`).
  static let measureWords: Set<Character> = [
    "个", "件", "项", "次", "条", "名", "人", "家", "场", "批", "期", "类", "处", "所", "余", "多", "部", "份", "本", "户", "起", "宗",
    "笔", "篇", "期", "支", "座", "套", "张", "台", "辆", "位", "门", "届", "轮", "万", "亿", "千", "百",
  ]

  /// The label to keep for a figure, or nil when the text does not name what it counts.
  static func label(_ label: String, trailing: String) -> String? {
    let label = tidied(label)
    let noun = trailingNoun(trailing)
    // A two-character label is usually a verb (推出, 选聘): the noun after the number says what was counted.
    if isNaming(label) {
      if label.count <= 2, let noun { return clipped(label + noun) }
      return clipped(label)
    }
    guard let noun else { return nil }
    // A weak verb joins the noun (公示 + 行政处罚信息); a particle or place word gives way to it.
    let verbLike = label.count >= 2 && !isPlaceWord(label) && !label.contains(where: \.isNumber)
    return clipped(verbLike ? label + noun : noun)
  }

  /// Adverbs and particles at the edges that name nothing: `区党工委先后` → 区党工委, `改革等` → 改革,
  /// `对法治政府建设` → 法治政府建设, `提拔任用的` → 提拔任用.
  static func tidied(_ label: String) -> String {
    var text = Substring(Whitespace.trim(label))
    var changed = true
    while changed {
      changed = false
      for suffix in tidiedSuffixes
      where mayEnd(text, with: suffix) && text.count > suffix.count + 1 && text.hasSuffix(suffix) {
        text = text.dropLast(suffix.count)
        changed = true
      }
      if mayStart(text, with: tidiedPrepositions), text.count > 3, let first = text.first,
        tidiedPrepositions.contains(first)
      {
        text = text.dropFirst()
        changed = true
      }
    }
    return String(text)
  }

  static let tidiedSuffixes = ["先后", "分别", "陆续", "相继", "已经", "等", "的"]
  static let tidiedPrepositions = "对向为在从把将被给"

  /// False when `text` cannot end with `word`: its last scalar is a Chinese character of the main block
  /// (U+4E00–9FFF) other than the word's last. Such a character is a Character of its own that normalization never
  /// changes, so the test answers like `hasSuffix`, which compares Characters and costs far more; any other last
  /// scalar (a mark, a compatibility ideograph such as U+F98E for 年) is left to `hasSuffix`.
  static func mayEnd(_ text: some StringProtocol, with word: String) -> Bool {
    guard let last = text.unicodeScalars.last, isPlainHan(last) else { return true }
    return last == word.unicodeScalars.last
  }

  /// False when `text`'s first scalar is a Chinese character of the main block that opens none of `words`'
  /// characters (see `mayEnd`).
  static func mayStart(_ text: some StringProtocol, with characters: String) -> Bool {
    guard let first = text.unicodeScalars.first, isPlainHan(first) else { return true }
    return characters.unicodeScalars.contains(first)
  }

  private static func isPlainHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

  /// True when `label` names a counted thing on its own.
  static func isNaming(_ label: String) -> Bool {
    let mayBeWeak = label.utf8.count <= weakWordBytes
    guard chineseCount(label) >= 2, !(mayBeWeak && weakWords.contains(label)), !isPlaceWord(label), !isYear(label)
    else {
      return false
    }
    return true
  }

  /// 示例区, 竞秀区, 全市 …: a short name of a place, not of a thing counted (乡镇, 县区 are counted things).
  static func isPlaceWord(_ label: String) -> Bool {
    guard mayEnd(label, withOneOf: placeEnds), label.count <= 4, let first = label.first, let last = label.last,
      placeEnds.contains(last)
    else {
      return false
    }
    return label.count >= 3 || "全我本各该".contains(first)
  }

  static let placeEnds = "省市县区乡镇村旗州盟"

  /// `mayEnd` for words of one character each.
  static func mayEnd(_ text: String, withOneOf characters: String) -> Bool {
    guard let last = text.unicodeScalars.last, isPlainHan(last) else { return true }
    return characters.unicodeScalars.contains(last)
  }

  /// `2023年`, `2024年度`: a year, not a name.
  static func isYear(_ label: String) -> Bool {
    var text = Substring(label)
    for suffix in ["年度", "年"] where text.hasSuffix(suffix) { text = text.dropLast(suffix.count) }
    return !text.isEmpty && text.allSatisfy { DateText.digit($0) != nil }
  }

  /// The noun phrase right after the number and its measure word, when it has at least two Chinese characters.
  static func trailingNoun(_ trailing: String) -> String? {
    // The phrase is read up to 12 characters; one that long may stop inside a word, so it names nothing safely.
    guard trailing.count < FigureFinder.trailingWindow else { return nil }
    var text = Substring(Whitespace.trim(trailing))
    while let first = text.first, measureWords.contains(first) { text = text.dropFirst() }
    let noun = FigureFinder.trim(String(text))
    return isNaming(noun) ? noun : nil
  }

  /// A label longer than `maximumLength` cut after its last 的 or 、 that leaves a name; whole when there is none.
  static func clipped(_ label: String) -> String {
    guard label.count > maximumLength else { return label }
    let chars = Array(label)
    for i in stride(from: chars.count - 3, through: chars.count - maximumLength, by: -1) where i > 0 {
      if chars[i - 1] == "的" || chars[i - 1] == "、" { return String(chars[i...]) }
    }
    return label
  }

  static func chineseCount(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $1.isHan ? $0 + 1 : $0 }
  }
}
