import FazhiCore

/// 报告主体与年度的线索：where a report states who reports and for which year, besides its title.
///
/// Many copies on government sites lack the title line, so the subject and the year are also read from the
/// opening sentence (`2024年，示例县坚持……`), the formula `现将示例县2024年度法治政府建设情况报告如下`, the 落款
/// and the 文号. A subject named only generically (我市, 全县, 市政府, 自治区) is no evidence: it stays unknown
/// rather than guessed. The 主送 line names the recipients, never the subject.
package enum IssuerEvidence {
  /// A subject and a year stated in one place; either may be missing.
  package struct Finding: Sendable, Hashable {
    package var name: String?
    package var year: Int?
  }

  /// Endings of the names of governments, zones and departments: the government's own, then `IssuerName`'s.
  static let nameEndings = ["人民政府办公厅", "人民政府办公室", "人民政府"] + IssuerName.endings.map(\.word)

  /// The opening sentence: `2024年，示例县坚持……`, `2024年以来，示例县司法局……`, `2024年，在县委的领导下，示例县……`.
  static func openingSentence(_ paragraph: String) -> Finding {
    let chars = Array(paragraph.prefix(160))
    guard let year = leadingYear(chars) else { return Finding() }
    var finding = Finding(name: nil, year: year.value)
    // The subject opens the clause after the year, or the next one when `在县委、县政府的坚强领导下，` comes first.
    for start in [year.end] + clauseStarts(chars, from: year.end) where start < chars.count {
      if "，,".contains(chars[start]) { continue }
      if chars[start] == "在" { continue }
      finding.name = subjectName(at: start, in: chars)
      break
    }
    return finding
  }

  /// The subject a paragraph opens with, with or without a leading year (`2024年，示例县坚持……`, `示例县坚持……`,
  /// `在县委的领导下，示例县……`); nil when the opening names none or only a generic one (我县).
  package static func openingSubject(_ paragraph: String) -> String? {
    let chars = Array(paragraph.prefix(160))
    if leadingYear(chars) != nil { return openingSentence(paragraph).name }
    var start = 0
    while start < chars.count, Whitespace.isWhitespace(chars[start].unicodeScalars.first ?? " ") { start += 1 }
    for clause in [start] + clauseStarts(chars, from: start) where clause < chars.count {
      if chars[clause] == "在" { continue }
      return subjectName(at: clause, in: chars)
    }
    return nil
  }

  /// The names a title gives its issuer: before the year or `关于` (`中共示例县委 示例县人民政府关于……`), and
  /// between `关于` and the year (`关于示例县2024年度……的报告`). Generic names (市政府) are left out.
  package static func titleNames(_ title: String) -> [String] {
    let chars = Array(title)
    let stops = ["关于", "年度", "法治", "依法行政"]
    func end(from start: Int) -> Int {
      var i = start
      while i < chars.count, !isYearStart(chars, at: i), !stops.contains(where: { String(chars[i...]).hasPrefix($0) }) {
        i += 1
      }
      return i
    }
    var pieces = [String(chars[0..<end(from: 0)])]
    if let about = title.range(of: "关于") {
      let start = title.distance(from: title.startIndex, to: about.upperBound)
      pieces.append(String(chars[start..<end(from: start)]))
    }
    return pieces.flatMap { $0.split(whereSeparator: { $0.isWhitespace || "、，,".contains($0) }) }
      .compactMap { governmentName(String($0)) }
  }

  /// `现将示例县2024年度法治政府建设情况报告如下` (or `…工作情况报告如下`): the subject and the year.
  package static func reportFormula(_ paragraph: String) -> Finding {
    guard let range = paragraph.range(of: "现将") else { return Finding() }
    let rest = Array(paragraph[range.upperBound...].prefix(60))
    guard let yearStart = rest.indices.first(where: { isYearStart(rest, at: $0) }) else { return Finding() }
    let year = fourDigits(rest, at: yearStart)
    let before = String(rest[..<yearStart])
    return Finding(name: before.isEmpty ? nil : governmentName(before), year: year)
  }

  /// The subject a 落款 names: `示例县人民政府` → 示例县; `示例县司法局` stays (a department reports as itself).
  package static func subject(fromIssuer issuer: String) -> String? {
    governmentName(Whitespace.trim(issuer))
  }

  /// 文号 `示府〔2025〕3号` → 2024: a report is issued in the year after the one it reports on.
  static func year(fromDocumentNumber number: String) -> Int? {
    let chars = Array(number)
    guard let open = chars.firstIndex(where: { "〔[［(（【".contains($0) }), open + 4 < chars.count,
      let year = fourDigits(chars, at: open + 1)
    else { return nil }
    return year - 1
  }

  /// A name that says who, not just `our city`: 我市, 全县, 本局, 市政府, 区政府, 自治区 are generic.
  package static func isGeneric(_ name: String) -> Bool {
    guard let first = name.first else { return true }
    if "我全本各该其".contains(first) { return true }
    let stripped = stripGovernment(name)
    if stripped.count <= 1 { return true }
    if ["自治区", "自治州", "自治县", "自治旗", "新区", "开发区", "高新区", "街道"].contains(stripped) { return true }
    // 市政府, 县委, 区司法局: a one-character level word before an organ names no place (市中区 does).
    return "省市县区乡镇".contains(first) && stripped.dropFirst().contains(where: { "政府委局办厅".contains($0) })
  }

  // MARK: - Pieces

  /// `示例县人民政府` → 示例县; generic names → nil.
  static func governmentName(_ text: String) -> String? {
    let name = stripGovernment(Whitespace.trim(text))
    guard name.count >= 2, name.count <= 24, !isGeneric(name),
      nameEndings.contains(where: { name.hasSuffix($0) }),
      !name.contains(where: { "，。；：、,;:“”\"（）()".contains($0) })
    else { return nil }
    return name
  }

  /// The government's own name without `人民政府` (a department keeps its organ word).
  package static func stripGovernment(_ name: String) -> String {
    for suffix in ["人民政府", "政府"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return name
  }

  /// The name standing at `start`: the shortest run that ends in a name ending and is followed by a word that
  /// cannot continue a name (a verb or preposition such as 坚持, 深入, 以, 在). Shortest, so that a clause that
  /// happens to contain 区 or 市 later is not taken for a long name.
  static func subjectName(at start: Int, in chars: [Character]) -> String? {
    var end = start
    while end < chars.count, end - start < 24, !"，。；：、,;:“”（）()".contains(chars[end]) { end += 1 }
    let clause = String(chars[start..<end])
    var best: String?
    for length in 2...max(2, min(clause.count, 24)) where length <= clause.count {
      let candidate = String(clause.prefix(length))
      guard nameEndings.contains(where: { candidate.hasSuffix($0) }) else { continue }
      let rest = clause.dropFirst(length)
      // `示例县司法局坚持`: 示例县 is followed by 司法局, not a verb; 示例县司法局 by 坚持.
      if rest.isEmpty || continuesAfterName(rest) {
        best = candidate
        break
      }
    }
    return best.flatMap(governmentName)
  }

  /// Words that open a predicate right after a subject.
  static let predicateOpeners = [
    "坚持", "深入", "全面", "认真", "始终", "紧紧", "紧扣", "围绕", "聚焦", "按照", "以", "在", "持续", "不断", "进一步", "着力", "扎实",
    "积极", "大力", "切实", "牢牢", "高度", "把", "将", "严格", "统筹", "立足", "深化", "贯彻", "强化", "锚定", "抓", "推进", "加快",
    "依法", "全力", "主动", "牢固", "对标", "结合", "秉持", "坚定", "准确", "落实", "健全", "完善", "共", "法治", "政府", "各项",
  ]

  static func continuesAfterName(_ rest: Substring) -> Bool {
    predicateOpeners.contains { rest.hasPrefix($0) }
  }

  /// `2024年，` / `2024年度，` / `2024年以来，` at the start: the year and where the next clause starts.
  static func leadingYear(_ chars: [Character]) -> (value: Int, end: Int)? {
    var i = 0
    while i < chars.count, Whitespace.isWhitespace(chars[i].unicodeScalars.first ?? " ") { i += 1 }
    guard isYearStart(chars, at: i), let year = fourDigits(chars, at: i) else { return nil }
    var end = i + 5
    for suffix in ["度", "以来", "来"] {
      let s = Array(suffix)
      if end + s.count <= chars.count, Array(chars[end..<(end + s.count)]) == s { end += s.count }
    }
    return (year, end)
  }

  /// Where each clause after `position` starts (after a comma).
  static func clauseStarts(_ chars: [Character], from position: Int) -> [Int] {
    var starts: [Int] = []
    var i = position
    while i < chars.count, starts.count < 3 {
      if "，,".contains(chars[i]), i + 1 < chars.count { starts.append(i + 1) }
      if "。；;".contains(chars[i]) { break }
      i += 1
    }
    return starts
  }

  static func isYearStart(_ chars: [Character], at i: Int) -> Bool {
    i + 4 < chars.count && chars[i + 4] == "年" && fourDigits(chars, at: i) != nil
      && (i == 0 || DateText.digit(chars[i - 1]) == nil)
  }

  /// A year 1990–2100 written in four ASCII or full-width digits at `i`.
  static func fourDigits(_ chars: [Character], at i: Int) -> Int? {
    guard i >= 0, i + 4 <= chars.count else { return nil }
    let digits = chars[i..<(i + 4)].compactMap(DateText.digit)
    guard digits.count == 4 else { return nil }
    let value = digits.reduce(0) { $0 * 10 + $1 }
    return (1990...2100).contains(value) ? value : nil
  }
}
