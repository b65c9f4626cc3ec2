/// 标题回行：where a title too long for one line of the 2号 title font breaks (GB/T 9704 7.3.1: 回行时，要做到词意
/// 完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形).
///
/// Word wraps a long title wherever the line is full, which puts 「报」 on one line and 「告」 on the next. The layout
/// instead breaks between the phrases a title is made of — the issuer, 关于, the year, 法治政府建设, 情况, 报告 —
/// and weighs the result by its shape:
/// - 词意完整: a break between two phrases costs little, a break after a place's 县/市/区 a little more, a break
///   inside a word much more; a break inside a number, a 书名号 title or before a closing mark is never made;
/// - 长短适宜: no line may be much shorter than the longest (no lone 「报告」 line);
/// - 梯形或菱形: with three or more lines the lengths rise, fall, or rise then fall; a middle line shorter than
///   both neighbours (an hourglass) is avoided.
/// A title the user broke by hand (a line break in 标题) keeps the user's lines.
struct TitleLayout {
  /// Title characters planned for one line: the 156 mm line holds 20 characters of 2号 (22 pt) type; one is
  /// left free because Word, WPS and LibreOffice substitute a font when 方正小标宋 is missing, and the substitute's
  /// digits are wider than half a character (LibreOffice with Noto Serif CJK wrapped a planned 20-character line).
  var lineWidth: Double = 19

  /// Titles longer than this many lines are left to the word processor: the search below tries every
  /// combination of break points, which stays small for the two or three lines real titles take.
  static let maximumLines = 4

  /// The title's lines, top to bottom.
  func lines(_ title: String) -> [String] {
    if title.contains("\n") {
      return title.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
    let characters = Array(title)
    let total = characters.reduce(0) { $0 + Self.width($1) }
    guard total > lineWidth, lineWidth > 0 else { return [title] }
    let fewest = Int((total / lineWidth).rounded(.up))
    guard fewest <= Self.maximumLines, characters.count <= 120 else { return [title] }
    let costs = (0...characters.count).map { breakCost(before: $0, in: characters) }
    var best: (cost: Double, breaks: [Int])?
    for count in fewest...min(fewest + 1, Self.maximumLines) {
      // One more line than needed is a choice a typesetter makes only for a much better break.
      let extra = Double(count - fewest) * 6
      search(characters, costs: costs, lines: count, from: 0, breaks: []) { breaks, cost in
        let total = cost + extra + shapeCost(breaks, in: characters)
        if total < best?.cost ?? .infinity { best = (total, breaks) }
      }
    }
    guard let breaks = best?.breaks else { return [title] }
    var lines: [String] = []
    var start = 0
    for end in breaks + [characters.count] {
      lines.append(String(characters[start..<end]))
      start = end
    }
    return lines
  }

  /// Calls `visit` with every way to cut `characters[from...]` into `lines` lines that each fit, and the sum of
  /// their break costs.
  private func search(
    _ characters: [Character], costs: [Double], lines: Int, from start: Int, breaks: [Int],
    visit: ([Int], Double) -> Void
  ) {
    if lines == 1 {
      guard width(characters[start...]) <= lineWidth else { return }
      visit(breaks, breaks.reduce(0) { $0 + costs[$1] })
      return
    }
    var end = start + 1
    while end < characters.count, width(characters[start..<end]) <= lineWidth {
      if costs[end].isFinite {
        search(characters, costs: costs, lines: lines - 1, from: end, breaks: breaks + [end], visit: visit)
      }
      end += 1
    }
  }

  /// 长短适宜 and 梯形或菱形: what the line lengths cost.
  private func shapeCost(_ breaks: [Int], in characters: [Character]) -> Double {
    var widths: [Double] = []
    var start = 0
    for end in breaks + [characters.count] {
      widths.append(width(characters[start..<end]))
      start = end
    }
    let longest = widths.max() ?? 0
    // A line under two thirds of the longest reads as a remnant.
    var cost = widths.reduce(0) { $0 + max(0, longest * 2 / 3 - $1) * 2 }
    // Balance: among shapes that are all acceptable, the one with closer lengths.
    cost += (longest - (widths.min() ?? 0)) * 0.1
    if widths.count >= 3 {
      for index in 1..<(widths.count - 1) where widths[index] < widths[index - 1] && widths[index] < widths[index + 1] {
        cost += 10
      }
    }
    return cost
  }

  /// The cost of starting a new line at `index` (before `characters[index]`): infinite where a break is never
  /// made, 0 between the phrases a title is built from, 20 inside a word.
  func breakCost(before index: Int, in characters: [Character]) -> Double {
    guard index > 0, index < characters.count else { return .infinity }
    let previous = characters[index - 1]
    let next = characters[index]
    if previous.isASCII && next.isASCII && (previous.isLetter || previous.isNumber) && (next.isLetter || next.isNumber) {
      return .infinity
    }
    if Self.opening.contains(previous) || Self.closing.contains(next) { return .infinity }
    if insideBookTitle(index, characters) { return 50 }
    let before = String(characters[..<index])
    let after = String(characters[index...])
    if after.hasPrefix("关于") { return 0 }
    // 关于 stays with what it introduces (关于2025年度 on one line) unless nothing better exists.
    if before.hasSuffix("关于") { return 3 }
    // The year: before 「2025年度」 and after it.
    if next.isNumber && next.isASCII && !previous.isNumber { return 0 }
    if before.hasSuffix("年") && next == "度" { return .infinity }
    for ending in ["年度", "年"] where before.hasSuffix(ending) && before.dropLast(ending.count).last?.isNumber == true {
      return 0
    }
    if Self.organEndings.contains(where: before.hasSuffix) { return 1 }
    if after.hasPrefix("法治政府") { return 1 }
    if before.hasSuffix("建设") || after.hasPrefix("情况") { return 2 }
    if Self.placeSuffixes.contains(previous) && !Self.wordContinuations.contains(next) { return 4 }
    if after.hasPrefix("报告") || after.hasPrefix("的报告") { return 8 }
    return 20
  }

  private func insideBookTitle(_ index: Int, _ characters: [Character]) -> Bool {
    var depth = 0
    for character in characters[..<index] {
      if character == "《" { depth += 1 } else if character == "》" { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  private func width(_ characters: some Collection<Character>) -> Double {
    characters.reduce(0) { $0 + Self.width($1) }
  }

  /// Half-width characters (digits, Latin letters) take half a Chinese character.
  static func width(_ character: Character) -> Double { character.isASCII ? 0.5 : 1 }

  /// Marks a line never ends with.
  static let opening: Set<Character> = ["《", "（", "(", "“", "‘", "〈", "【", "〔", "「"]
  /// Marks a line never starts with.
  static let closing: Set<Character> = [
    "》", "）", ")", "”", "’", "〉", "】", "〕", "」", "，", "、", "。", "；", "：", "！", "？", "—", "…",
  ]
  /// The end of an organ's name: a break after it keeps the issuer whole.
  static let organEndings = ["人民政府", "委员会", "办公室", "办公厅", "政府"]
  /// The last character of a place's name (示例县|市场监督管理局).
  static let placeSuffixes: Set<Character> = ["省", "市", "县", "区", "旗", "州", "盟"]
  /// Characters that, after a place suffix, continue a word instead (市场, 县域, 区域, 县级, 市直, 县属).
  static let wordContinuations: Set<Character> = ["场", "域", "级", "直", "属", "委"]
}
