import FazhiCore

/// 数字及其上下文：a number found in prose, with the phrase that names it.
struct Figure: Sendable, Hashable {
  var quantity: Quantity
  var role: NumberRole
  var raw: String
  /// The phrase before the number in its clause, fillers trimmed (`办结营商环境投诉举报`).
  var label: String
  /// The phrase right after the unit, for `3件予以废止` forms.
  var trailingLabel: String
  /// The sentence before the figure's clause and the names of the figures before it, for subjects shared by a
  /// list (`接收复议申请121件，其中受理100件`: 受理 takes 复议 from 接收复议申请).
  var context: FigureContext
  /// True when the figure is an item of a 、-separated list (`3件予以废止、15件宣布失效`).
  var isListed = false
  /// True for a copy made for another name sharing the value (`交办率、办结率均达到100%`); not a separate fact.
  var isShared = false
  /// True for the copy that counts what was done (`132件，全部办结`): it names another indicator than the figure it
  /// copies.
  var isCompletion = false
  /// Offset in the paragraph of the 其中 before the figure in its sentence, if any: the figure is then a part of
  /// a total stated before that point (`出庭应诉率为96%，其中，正职负责人出庭应诉率为29%`).
  var subsetMarker: Int?
  /// The scalars of the sentence the figure stands in, shared by the figures of that sentence.
  var sentenceScalars: [Unicode.Scalar]
  var location: TextLocation

  /// The sentence the figure stands in. Made when read: most figures are dropped before anyone reads it.
  var sentence: String { String(scalars: sentenceScalars) }
}

/// What a figure's clause follows: the sentence before it (up to `FigureFinder.contextWindow` scalars) and the
/// names of the figures before it in the sentence (up to `FigureFinder.contextLabels`). Kept as the sentence's
/// scalars and those names; the indicator matcher reads only its key, made from them without the text.
struct FigureContext: Sendable, Hashable {
  var sentence: [Unicode.Scalar]
  /// The part of `sentence` that comes before the clause.
  var range: Range<Int>
  var labels: [String]

  /// The context as text: the sentence part, then each name after a comma (`……接收复议申请121件，接收复议申请`).
  var text: String { String(scalars: sentence[range]) + "，" + labels.joined(separator: "，") }

  /// `TextKey.scalars(text)`, folded from the same scalars in the same order.
  var key: [UInt32] {
    var key: [UInt32] = []
    key.reserveCapacity(range.count + labels.count * 8)
    var folding = TextKey.Folding()
    folding.fold(sentence[range], into: &key)
    for label in labels {
      // The comma before each name: the key drops it, and with it a mark that would open the name.
      _ = folding.fold("，")
      folding.fold(label.unicodeScalars, into: &key)
    }
    return key
  }
}

/// Finds figures in paragraphs: sentences split at 。；！？, clauses at commas; numbers come from `NumberSpotter`.
/// Works on arrays of Unicode scalars (offsets in scalars); String conversions happen only for what a figure keeps.
enum FigureFinder {
  /// Sentence ends: 。；！？ in both widths. A switch, not a hashed set: asked for every scalar of every paragraph.
  @inline(__always) static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "；", ";", "！", "？", "!", "?": true
    default: false
    }
  }
  /// Clause breaks: commas, colons, 、, brackets, quotes and title marks. A switch too: asked for every scalar a
  /// label, a trailing phrase or a clause is read over.
  @inline(__always) static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", ",", "：", ":", "、", "（", "(", "）", ")", "“", "”", "《", "》": true
    default: false
    }
  }
  static let leadingFillers = [
    "截至目前", "截至年底", "其中", "全年共", "全年累计", "全年", "共计", "累计", "合计", "先后", "今年以来", "今年", "本年度", "年内", "目前",
    "同时", "另有", "并", "均", "共", "已", "还", "又", "另", "分别",
  ]
  static let trailingFillers = [
    "分别达到", "分别为", "均达到", "均达", "达到", "提升至", "提高至", "上升至", "升至", "降至", "下降至", "增至", "达", "为", "约", "共计",
    "累计", "共", "计", "超过", "超", "近", "逾", "至", "是", "有", "了", "多达", "高达", "总计", "合计", "由", "从",
  ]
  private static let leadingFillerScalars = leadingFillers.map { Array($0.unicodeScalars) }
  private static let trailingFillerScalars = trailingFillers.map { Array($0.unicodeScalars) }
  /// How far past a number its trailing phrase is read (`3件予以废止`).
  static let trailingWindow = 12
  /// Sentences longer than this are cut, so a page without punctuation stays linear.
  static let maximumSentence = 400
  /// How much of the sentence before a figure's clause, and how many names of figures before it, its context holds.
  static let contextWindow = 80
  static let contextLabels = 6

  static func figures(in paragraph: Outline.Paragraph, file: String) -> [Figure] {
    let chars = Array(scalarsOf: paragraph.text)
    return sentenceRanges(chars).flatMap { range in
      sentenceFigures(Array(chars[range]), base: range.lowerBound, paragraph: paragraph, file: file)
    }
  }

  /// The sentences of a text (ends not included), cut at `maximumSentence` scalars.
  static func sentenceRanges(_ chars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var i = 0
    while i <= chars.count {
      if i == chars.count || isSentenceEnd(chars[i]) || i - start >= maximumSentence {
        if i > start { result.append(start..<i) }
        start = i + 1
      }
      i += 1
    }
    return result
  }

  static func sentenceFigures(
    _ chars: [Unicode.Scalar], base: Int, paragraph: Outline.Paragraph, file: String
  ) -> [Figure] {
    let numbers = NumberSpotter.scan(scalars: chars)
    guard !numbers.isEmpty else { return [] }
    let subsetMarkers = chars.indices.dropLast().filter { chars[$0] == "其" && chars[$0 + 1] == "中" }
    var figures: [Figure] = []
    var previousEnd = 0
    var previousFrom: (label: String, end: Int)?
    var previousLabels: [String] = []
    for number in numbers {
      defer { previousEnd = endOfTimeWords(chars, after: number) }
      switch number.role {
      case .date, .year, .ordinal, .fixedExpression: continue
      default: break
      }
      if isDayOfMonth(chars, at: number.range.lowerBound) { continue }
      var clauseStart = number.range.lowerBound
      while clauseStart > previousEnd && !isClauseBreak(chars[clauseStart - 1]) { clauseStart -= 1 }
      var label = trim(chars[clauseStart..<number.range.lowerBound])
      if number.role == .rangeTo, let from = previousFrom { label = from.label }
      var trailingEnd = number.range.upperBound
      while trailingEnd < chars.count && trailingEnd - number.range.upperBound < trailingWindow
        && !isClauseBreak(chars[trailingEnd])
        && chars[trailingEnd].digitValue == nil
      {
        trailingEnd += 1
      }
      let trailing = String(scalars: chars[number.range.upperBound..<trailingEnd])
      // 旁听庭审活动10场，2600余人次参加: who took part in what the figure before names.
      if label.isEmpty, trailing.hasPrefix("参加") || trailing.hasPrefix("参与"), let previous = previousLabels.last {
        label = previous
      }
      // 市委常委会研究法治政府建设1次，市政府常务会议研究2次: the object is stated once for both.
      if let object = elidedObject(of: label, previousLabels: previousLabels) { label += object }
      let context = FigureContext(
        sentence: chars, range: max(0, clauseStart - contextWindow)..<clauseStart,
        labels: Array(previousLabels.suffix(contextLabels)))
      let isListed =
        (trailingEnd < chars.count && chars[trailingEnd] == "、") || (clauseStart > 0 && chars[clauseStart - 1] == "、")
      if number.role == .rangeFrom { previousFrom = (label, number.range.upperBound) }
      previousLabels.append(label)
      figures.append(
        Figure(
          quantity: number.quantity, role: number.role, raw: number.raw, label: label, trailingLabel: trailing,
          context: context, isListed: isListed,
          subsetMarker: subsetMarkers.last { $0 < number.range.lowerBound }.map { paragraph.offset + base + $0 },
          sentenceScalars: chars,
          location: paragraph.line.location(file: file, offset: paragraph.offset + base + number.range.lowerBound)))
      if number.quantity.unit != "%", trailing.isEmpty, let done = completionLabel(chars, label: label, after: trailingEnd) {
        var copy = figures[figures.count - 1]
        copy.label = done
        copy.isShared = true
        copy.isCompletion = true
        figures.append(copy)
      }
      // 交办率、办结率、满意率均达到100%: every rate of the list states the same value; 建议、提案的交办率…: and
      // every subject named before 的 has each rate.
      if number.quantity.unit == "%" {
        let names = [label] + sharedNames(chars, before: clauseStart, after: previousEnd)
        let subjects = sharedSubjects(chars, before: clauseStart, after: previousEnd)
        let rates = names.map { name in subjects.isEmpty ? name : String(name.split(separator: "的").last ?? "") }
        let labels = subjects.isEmpty ? rates : subjects.flatMap { subject in rates.map { subject + $0 } }
        figures[figures.count - 1].label = labels[0]
        for name in labels.dropFirst() {
          var copy = figures[figures.count - 1]
          copy.label = name
          copy.isShared = true
          figures.append(copy)
        }
      }
    }
    return figures
  }

  /// `承办人大代表建议132件，全部办结`, `制定行政规范性文件9件，全部在印发后30日内报送备案`: a count followed by a
  /// clause saying all of them were done (全部, 均) counts what was done as well. The name of that second count is the
  /// clause without its 全部 (政协提案全部办结 → 政协提案办结), after the figure's own name when the clause leaves out
  /// its subject (制定行政规范性文件…报送备案), so the catalog's aliases find it. Nil unless the clause states no count or rate of its own (a time limit such as
  /// 30日内 is allowed) and its 全部 comes within a short repeated subject.
  static func completionLabel(_ chars: [Unicode.Scalar], label: String, after start: Int) -> String? {
    guard start < chars.count, chars[start] == "，" || chars[start] == ",", !label.isEmpty else { return nil }
    var end = start + 1
    while end < chars.count && !isClauseBreak(chars[end]) { end += 1 }
    let clause = chars[(start + 1)..<end]
    // The word first: most clauses after a count have none, and it is cheaper than the tests of the whole clause.
    guard let all = allWord(in: clause) else { return nil }
    guard clause.count <= 30, !clause.contains("%"), !clause.contains("％") else { return nil }
    for index in clause.indices where clause[index].digitValue != nil {
      let next = clause[(index + 1)...]
      guard next.first?.digitValue != nil || timeUnits.contains(where: next.starts(with:)) else { return nil }
    }
    let subject = clause[..<all.lowerBound]
    let rest = Array(subject) + Array(clause[all.upperBound...])
    guard rest.count >= 2 else { return nil }
    // A clause naming its own subject (政协提案全部办结) is the name; one without (全部报送备案) takes the figure's.
    return subject.count >= 2 ? String(scalars: rest[...]) : label + String(scalars: rest[...])
  }

  /// The 全部 (else the 均) saying "all of them" in a clause: its first one, when that opens within the clause's
  /// first `allWordReach` scalars; not the 均 of 平均.
  static func allWord(in clause: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
    for word in allWords {
      guard let start = firstStart(of: word, in: clause, within: allWordReach) else { continue }
      if word == ["均"], start > clause.startIndex, clause[start - 1] == "平" { return nil }
      return start..<(start + word.count)
    }
    return nil
  }
  private static let allWordReach = 8

  /// Where `word` first occurs in `text`, when that is at most `reach` scalars from its start.
  static func firstStart(
    of word: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>, within reach: Int
  ) -> Int? {
    let last = min(text.startIndex + reach, text.endIndex - word.count)
    guard last >= text.startIndex else { return nil }
    for start in text.startIndex...last where text[start...].hasPrefix(word) { return start }
    return nil
  }

  /// 全部 and 均 say "all of them"; 全部 first, so 均已全部 loses only 全部.
  private static let allWords: [[Unicode.Scalar]] = ["全部", "均"].map { Array($0.unicodeScalars) }
  /// What may follow a number in a completion clause: the units of a time limit (30日内, 15个工作日), never a count.
  private static let timeUnits: [[Unicode.Scalar]] = ["日", "天", "月", "年", "周", "小时", "工作日", "个工作日", "个月", "个小时"]
    .map { Array($0.unicodeScalars) }

  /// Where the words of a year or date end: `2023年度提拔149名` names 提拔, not 度提拔.
  static func endOfTimeWords(_ chars: [Unicode.Scalar], after number: SpottedNumber) -> Int {
    var end = number.range.upperBound
    guard number.role == .year || number.role == .date else { return end }
    while end < chars.count, end - number.range.upperBound < 3, timeWords.contains(chars[end]) { end += 1 }
    if end + 1 < chars.count, chars[end] == "以", chars[end + 1] == "来" { end += 2 }
    return end
  }
  private static let timeWords: Set<Unicode.Scalar> = ["年", "度", "底", "初", "末", "内", "月", "日", "号"]

  /// `5月31前`: a day written without 日 after its month is a date, not a quantity.
  static func isDayOfMonth(_ chars: [Unicode.Scalar], at start: Int) -> Bool {
    start >= 2 && chars[start - 1] == "月" && chars[start - 2].digitValue != nil
  }

  /// The names before `position` separated by 、 with no figure between (`交办率、办结率、` before 满意率).
  static func sharedNames(_ chars: [Unicode.Scalar], before position: Int, after limit: Int) -> [String] {
    var names: [String] = []
    var end = position - 1
    while end > limit, chars[end] == "、" {
      var start = end
      while start > limit && !isClauseBreak(chars[start - 1]) && end - start < 12 { start -= 1 }
      let name = trimmedScalars(chars[start..<end])
      guard name.count >= 2, name.last == "率", !name.contains(where: { $0.digitValue != nil }) else { break }
      names.append(String(scalars: name))
      end = start - 1
    }
    return names
  }

  /// Subjects shared by a list of rates, written before 的 (`建议、提案的交办率、办结率`: 建议 and 提案). Empty unless
  /// at least two subjects are named.
  static func sharedSubjects(_ chars: [Unicode.Scalar], before position: Int, after limit: Int) -> [String] {
    // The start of the list's first rate name.
    var start = position
    while start - 1 > limit, chars[start - 1] == "、" {
      var nameStart = start - 1
      while nameStart > limit && !isClauseBreak(chars[nameStart - 1]) && start - 1 - nameStart < 12 {
        nameStart -= 1
      }
      guard chars[start - 2] == "率" else { break }
      start = nameStart
    }
    var end = start
    while end < chars.count && chars[end] != "的" && !isClauseBreak(chars[end]) && end - start <= 8 { end += 1 }
    guard end < chars.count, chars[end] == "的", end - start >= 2 else { return [] }
    var subjects = [String(scalars: chars[start..<end])]
    var cursor = start - 1
    while cursor > limit, chars[cursor] == "、" {
      var subjectStart = cursor
      while subjectStart > limit && !isClauseBreak(chars[subjectStart - 1]) && cursor - subjectStart < 8 {
        subjectStart -= 1
      }
      let subject = String(scalars: chars[subjectStart..<cursor])
      guard subject.count >= 2, !subject.contains(where: { DateText.digit($0) != nil || $0 == "率" }) else { break }
      subjects.insert(subject, at: 0)
      cursor = subjectStart - 1
    }
    return subjects.count > 1 ? subjects : []
  }

  /// The object a label's closing verb takes from an earlier figure of the sentence (研究 → 法治政府建设).
  static func elidedObject(of label: String, previousLabels: [String]) -> String? {
    // Most labels end in none of the verbs: their last scalar says so before the tests on characters.
    guard let end = label.unicodeScalars.last, elidingVerbEnds.contains(end) else { return nil }
    guard label.count >= 4, let verb = elidingVerbs.first(where: label.hasSuffix), let previous = previousLabels.last,
      let range = previous.range(of: verb, options: .backwards)
    else { return nil }
    let object = previous[range.upperBound...]
    return (2...12).contains(object.count) ? String(object) : nil
  }
  static let elidingVerbs = ["研究", "审议", "听取", "讨论"]
  private static let elidingVerbEnds = elidingVerbs.map { $0.unicodeScalars.last! }

  static func trim(_ text: String) -> String { trim(Array(text.unicodeScalars)[...]) }

  static func trim(_ text: ArraySlice<Unicode.Scalar>) -> String { String(scalars: trimmedScalars(text)) }

  /// Spaces and filler words (其中, 共, 达到 …) removed from both ends.
  static func trimmedScalars(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var t = text.trimmingWhitespace()
    var changed = true
    // Each filler is compared only when the text's first (or last) scalar is the filler's: the full prefix and
    // suffix tests ran for every filler of every label.
    while changed {
      changed = false
      for f in leadingFillerScalars where t.count > f.count && t.first == f[0] && t.hasPrefix(f) {
        t.removeFirst(f.count)
        changed = true
      }
      for f in trailingFillerScalars where t.last == f[f.count - 1] && t.hasSuffix(f) {
        t.removeLast(f.count)
        changed = true
      }
    }
    return t.trimmingWhitespace()
  }
}
