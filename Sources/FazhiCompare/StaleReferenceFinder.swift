import FazhiCore

/// 过时内容检查：last year's year number and last year's meeting counts in this year's text.
struct StaleReferenceFinder: Sendable {
  static let meetingWords = ["会议", "常务会", "常委会", "专题会", "议题"]
  /// Documents named after meetings (合法性审查会议纪要): a count of them is not a count of meetings.
  static let meetingDocuments = ["纪要"]
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
        !StaleReferenceFinder.meetingDocuments.contains(where: { label.contains($0) }),
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

  /// `2024年` (or 二〇二四年) as written, where the current year belongs (`YearMentions`: not a span, a
  /// comparison, a starting point, a title or a document's date).
  func yearMentions(of year: Int, in text: String) -> [String] {
    YearMentions.find(in: text).filter { $0.year == year && !$0.isExempt }.map { $0.written + "年" }
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
          // What the number counts is named in its own clause (审查会议纪要8件 counts documents).
          let clause = context.split(whereSeparator: { "，。；、,;".contains($0) }).last.map(String.init) ?? context
          if !context.isEmpty, StaleReferenceFinder.meetingDocuments.contains(where: { clause.contains($0) }) {
            i = j + 1
            continue
          }
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
