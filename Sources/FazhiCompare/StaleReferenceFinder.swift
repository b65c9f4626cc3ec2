import FazhiCore

/// 过时内容检查：last year's year number and last year's meeting counts in this year's text.
struct StaleReferenceFinder: Sendable {
  /// Characters that make a year part of a span (2021—2025年, 2024至2025年).
  static let spanMarks: Set<Character> = ["—", "–", "-", "~", "～", "至", "到", "－", "−"]
  /// Words before a year that make it a legitimate comparison or starting point (较2024年, 自2024年).
  static let comparisonBefore = ["较", "比", "与", "同", "自", "从", "对比", "较之"]
  /// Words after `年` that do the same (2024年以来, 2024年同期).
  static let comparisonAfter = ["以来", "同期", "相比", "同比", "比较", "至今"]
  static let meetingWords = ["会议", "常务会", "常委会", "专题会", "议题"]
  static let countUnits: Set<Character> = ["次", "个", "项", "场", "期"]

  func find(
    this: ReportProse, last: ReportProse, thisYear: Int, lastYear: Int, thisReport: Report, lastReport: Report,
    catalog: Catalog
  ) -> [StaleReference] {
    var result: [StaleReference] = []
    if lastYear != thisYear {
      for sentence in this.sentences {
        for excerpt in yearMentions(of: lastYear, in: sentence.text) {
          result.append(
            StaleReference(
              kind: .lastYearNumber, sentence: sentence, excerpt: excerpt, lastSentence: nil,
              message: "本年度报告提到上年年份「\(excerpt)」，请核对是否沿用了上年的文字"))
        }
      }
    }
    result += repeatedMeetingCounts(this: this, last: last)
    let specs = Dictionary(catalog.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for value in thisReport.indicators {
      let label = specs[value.id]?.label ?? value.label
      guard StaleReferenceFinder.meetingWords.contains(where: { label.contains($0) }),
        let old = lastReport.indicator(value.id), old.quantity == value.quantity
      else { continue }
      let shown = ComparisonFormatting.quantity(value.quantity, unit: specs[value.id]?.unit)
      result.append(
        StaleReference(
          kind: .repeatedMeetingCount, sentence: nil, location: value.location, excerpt: "\(label) \(shown)",
          lastSentence: nil, message: "「\(label)」与上年同为\(shown)，请核对是否沿用了上年的数字"))
    }
    return result
  }

  /// `2024年` (or 二〇二四年) not inside a span and not a comparison.
  func yearMentions(of year: Int, in text: String) -> [String] {
    let chars = Array(text)
    // A year as loaded is 1990…2100 (`ReportDecoder.acceptedYears`); anything else names no year to look for.
    guard year > 0 else { return [] }
    let digits = Array(String(year))
    let chineseDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    let chinese = digits.compactMap { $0.wholeNumberValue.map { chineseDigits[$0] } }
    var found: [String] = []
    var i = 0
    while i + digits.count < chars.count {
      var form: [Character]?
      if chars[i..<(i + digits.count)].elementsEqual(digits) {
        form = digits
      } else if chars[i..<(i + digits.count)].elementsEqual(chinese)
        || chars[i..<(i + digits.count)].elementsEqual(chinese.map { $0 == "〇" ? "○" : $0 })
      {
        form = Array(chars[i..<(i + digits.count)])
      }
      let end = i + digits.count
      guard let form, chars[end] == "年" else {
        i += 1
        continue
      }
      defer { i = end + 1 }
      // Part of a longer number (12024年) or of a span.
      if i > 0, chars[i - 1].isNumber { continue }
      // 至/到 join a span only after a year (2021年至2024年); 截至2024年 is a plain date.
      if i > 0, StaleReferenceFinder.spanMarks.contains(chars[i - 1]),
        !"至到".contains(chars[i - 1]) || (i > 1 && (chars[i - 2].isNumber || chars[i - 2] == "年"))
      {
        continue
      }
      if end + 1 < chars.count, StaleReferenceFinder.spanMarks.contains(chars[end + 1]) { continue }
      let before = String(chars[max(0, i - 2)..<i])
      if StaleReferenceFinder.comparisonBefore.contains(where: { before.hasSuffix($0) }) { continue }
      let after = String(chars[(end + 1)..<min(chars.count, end + 4)])
      if StaleReferenceFinder.comparisonAfter.contains(where: { after.hasPrefix($0) }) { continue }
      found.append(String(form) + "年")
    }
    return found
  }

  struct Mention {
    var sentence: TextSentence
    var count: String
    var context: String
  }

  /// Numbers with 次/个/项 in sentences about meetings.
  func meetingMentions(_ prose: ReportProse) -> [Mention] {
    var result: [Mention] = []
    for sentence in prose.sentences
    where StaleReferenceFinder.meetingWords.contains(where: { sentence.text.contains($0) }) {
      let chars = Array(sentence.text)
      var i = 0
      while i < chars.count {
        guard chars[i].isASCII, chars[i].isNumber else {
          i += 1
          continue
        }
        var j = i
        while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
        if j < chars.count, StaleReferenceFinder.countUnits.contains(chars[j]) {
          let context = String(chars[max(0, i - 12)..<i])
          result.append(Mention(sentence: sentence, count: String(chars[i...j]), context: context))
        }
        i = j + 1
      }
    }
    return result
  }

  func repeatedMeetingCounts(this: ReportProse, last: ReportProse) -> [StaleReference] {
    var byCount: [String: [Mention]] = [:]
    for m in meetingMentions(last) { byCount[m.count, default: []].append(m) }
    var result: [StaleReference] = []
    for m in meetingMentions(this) {
      guard
        let old = byCount[m.count]?.max(by: {
          LabelSimilarity.dice($0.context, m.context) < LabelSimilarity.dice($1.context, m.context)
        }),
        LabelSimilarity.dice(old.context, m.context) >= 0.5
      else { continue }
      result.append(
        StaleReference(
          kind: .repeatedMeetingCount, sentence: m.sentence, excerpt: m.context + m.count, lastSentence: old.sentence,
          message: "会议次数「\(m.count)」与上年报告的同一表述相同，请核对是否沿用了上年的数字"))
    }
    return result
  }
}
