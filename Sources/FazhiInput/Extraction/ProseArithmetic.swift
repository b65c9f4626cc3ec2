import Foundation
import FazhiCore

/// 文中算术：a sentence whose own figures contradict each other, found without the data. A reviewer reads these
/// sentences with a calculator: the parts after 其中 against their total, 其余N against the total less the parts
/// named, 占X% against the share the two counts give, and a change in a rate written in % instead of 个百分点.
public struct ArithmeticSlip: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// A part named after 其中 is larger than the total before it.
    case partExceedsTotal(total: String)
    /// 其余N, where the total less the named parts gives `expected`.
    case remainder(total: String, named: [String], expected: Decimal)
    /// 占X%, where the two counts give `computed` percent.
    case share(part: String, total: String, computed: Double)
    /// A change written in % after a rate (it should be 个百分点), or in 个百分点 after a count (it should be %).
    case changeUnit(subject: String, subjectIsRate: Bool)
  }

  public var kind: Kind
  /// The figure the slip is reported at, as written.
  public var raw: String
  /// Scalar offset of that figure in the text.
  public var offset: Int
}

/// Finds `ArithmeticSlip`s in prose, sentence by sentence, with the number reader extraction uses.
public enum ProseArithmetic {
  /// `listEnds`: the catalog's `partListEnds`, clause openings that end the list of parts after 其中.
  public static func slips(in text: String, listEnds: [String]) -> [ArithmeticSlip] {
    let chars = Array(scalarsOf: text)
    var result: [ArithmeticSlip] = []
    for range in FigureFinder.sentenceRanges(chars) where chars[range].contains(where: isCue) {
      let sentence = SentenceFigures(chars: Array(chars[range]), base: range.lowerBound, listEnds: listEnds)
      guard sentence.numbers.count >= 2 else { continue }
      result += sentence.partsOverTotal() + sentence.remainders() + sentence.shares() + sentence.changeUnits()
    }
    return result.sorted { $0.offset < $1.offset }
  }

  /// Every check starts from one of these (其中, 其余, 占, %, 个百分点); a sentence without any is not read further,
  /// which keeps the checks cheap on long texts.
  static func isCue(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "其", "占", "%", "％", "点": true
    default: false
    }
  }
}

/// One sentence's figures, with the places of 其中 that open a list of parts.
struct SentenceFigures {
  struct Item {
    var number: SpottedNumber
    /// The clause before the number, untrimmed (`其余`, `占总数的`, `较上年提高`).
    var clause: String
  }

  let chars: [Unicode.Scalar]
  let base: Int
  /// Levels, counts and changes in text order (years, dates, ordinals and names left out).
  let numbers: [Item]
  /// Offsets of each 其中 in the sentence.
  let subsets: [Int]
  /// Bracket depth at each offset: a 其中 inside brackets lists the parts of the figure before the brackets
  /// (`直接纠错17件（其中决定撤销8件、决定变更2件）`), and a figure in brackets is no total for a 其中 outside them
  /// (`接收复议申请121件（含新区7件），其中受理100件`).
  let depths: [Int]
  /// Clause openings after which a figure no longer belongs to the 其中 list (另有上年结转20件).
  let listEnds: [String]

  init(chars: [Unicode.Scalar], base: Int, listEnds: [String]) {
    self.chars = chars
    self.base = base
    self.listEnds = listEnds
    var items: [Item] = []
    var previousEnd = 0
    for number in NumberSpotter.scan(scalars: chars) {
      defer { previousEnd = FigureFinder.endOfTimeWords(chars, after: number) }
      guard number.role.isFigure, number.quantity.unit != nil,
        !FigureFinder.isDayOfMonth(chars, at: number.range.lowerBound)
      else { continue }
      var start = number.range.lowerBound
      while start > previousEnd && !FigureFinder.isClauseBreak(chars[start - 1]) { start -= 1 }
      items.append(Item(number: number, clause: String(scalars: chars[start..<number.range.lowerBound])))
    }
    numbers = items
    subsets = chars.indices.dropLast().filter { chars[$0] == "其" && chars[$0 + 1] == "中" }
    var depth = 0
    depths = chars.map { char in
      if char == "（" || char == "(" { depth += 1 } else if char == "）" || char == ")" { depth = max(0, depth - 1) }
      return depth
    }
  }

  func depth(of item: Item) -> Int { depths[item.number.range.lowerBound] }

  static let remainderMarker = "其余"

  // MARK: Parts of a total

  /// A count: a level whose unit is not a percentage.
  static func isCount(_ item: Item) -> Bool {
    item.number.role == .value && item.number.quantity.unit != "%" && item.number.quantity.unit != "个百分点"
  }

  /// True when `b` counts the same kind of thing as `a` (件 and 项 are documents; 名 and 人 people).
  static func sameFamily(_ a: Item, _ b: Item) -> Bool {
    guard let unitA = a.number.quantity.unit, let unitB = b.number.quantity.unit else { return false }
    return IndicatorMatcher.unitFamilies(unitA).contains(unitB)
  }

  /// The items of the list 其中 at `marker` opens: counts from the marker to the next 其中, the sentence end or a
  /// clause that starts something else (另有……).
  func listItems(after marker: Int) -> [Int] {
    let next = subsets.first { $0 > marker } ?? chars.count
    var result: [Int] = []
    for (index, item) in numbers.enumerated() where item.number.range.lowerBound > marker {
      guard item.number.range.lowerBound < next, depth(of: item) >= depths[marker] else { break }
      guard depth(of: item) == depths[marker] else { continue }  // The parts of a part, in brackets.
      let opening = item.clause.trimmingCharacters(in: .whitespaces)
      if !result.isEmpty, listEnds.contains(where: opening.hasPrefix) { break }
      if Self.isCount(item) { result.append(index) }
    }
    return result
  }

  /// The total a part after the 其中 at `marker` belongs to: the last count of its kind before the marker.
  func total(before marker: Int, like part: Item) -> Int? {
    numbers.indices.last {
      numbers[$0].number.range.upperBound <= marker && depth(of: numbers[$0]) <= depths[marker]
        && Self.isCount(numbers[$0]) && Self.sameFamily(numbers[$0], part)
    }
  }

  func partsOverTotal() -> [ArithmeticSlip] {
    var result: [ArithmeticSlip] = []
    for marker in subsets {
      for index in listItems(after: marker) {
        let part = numbers[index]
        guard let totalIndex = total(before: marker, like: part) else { continue }
        let whole = numbers[totalIndex].number
        // Approximations are compared within their rounding: 3100余 may be up to 3200.
        guard part.number.quantity.plausibleRange.lowerBound > whole.quantity.plausibleRange.upperBound else { continue }
        result.append(slip(.partExceedsTotal(total: whole.raw), at: part.number))
      }
    }
    return result
  }

  // MARK: 其余

  func remainders() -> [ArithmeticSlip] {
    var result: [ArithmeticSlip] = []
    for (index, item) in numbers.enumerated() where Self.isCount(item) && item.clause.contains(Self.remainderMarker) {
      let position = item.number.range.lowerBound
      // The total: the last count of its kind before the 其中 that opens the parts, or else the sentence's first.
      let marker = subsets.last { $0 < position }
      let totalIndex =
        marker.flatMap { total(before: $0, like: item) }
        ?? numbers.indices.first {
          $0 < index && depth(of: numbers[$0]) <= depth(of: item) && Self.isCount(numbers[$0])
            && Self.sameFamily(numbers[$0], item)
        }
      guard let totalIndex else { continue }
      let named = numbers[(totalIndex + 1)..<index].filter {
        depth(of: $0) == depth(of: item) && Self.isCount($0) && Self.sameFamily($0, item)
      }
      let all = [numbers[totalIndex], item] + named
      guard !named.isEmpty, all.allSatisfy({ $0.number.quantity.approximation == nil }) else { continue }
      let expected = named.reduce(numbers[totalIndex].number.quantity.value) { $0 - $1.number.quantity.value }
      guard expected != item.number.quantity.value else { continue }
      result.append(
        slip(
          .remainder(total: numbers[totalIndex].number.raw, named: named.map(\.number.raw), expected: expected),
          at: item.number))
    }
    return result
  }

  // MARK: 占X%

  func shares() -> [ArithmeticSlip] {
    var result: [ArithmeticSlip] = []
    for (index, item) in numbers.enumerated()
    where item.number.role == .value && item.number.quantity.unit == "%" && item.clause.contains("占") {
      // The part: the count right before the share; the total: the count its 其中 list hangs from, or the only
      // other count of its kind before it.
      guard index > 0, Self.isCount(numbers[index - 1]) else { continue }
      let part = numbers[index - 1]
      let position = part.number.range.lowerBound
      var totalIndex = subsets.last { $0 < position }.flatMap { total(before: $0, like: part) }
      if totalIndex == nil {
        let earlier = numbers.indices.filter {
          $0 < index - 1 && Self.isCount(numbers[$0]) && Self.sameFamily(numbers[$0], part)
        }
        if earlier.count == 1 { totalIndex = earlier[0] }
      }
      guard let totalIndex else { continue }
      let whole = numbers[totalIndex].number.quantity
      guard whole.approximation == nil, part.number.quantity.approximation == nil, whole.value > 0 else { continue }
      let computed = part.number.quantity.value.doubleValue / whole.value.doubleValue * 100
      let stated = item.number.quantity.value.doubleValue
      // To the precision written: 87.4% stands for 87.35…87.45 when rounded, 87.4…87.5 when cut off.
      let place = pow(10, -Double(Self.decimals(of: item.number.raw)))
      guard abs(computed - stated) >= place - 1e-9 else { continue }
      result.append(
        slip(.share(part: part.number.raw, total: numbers[totalIndex].number.raw, computed: computed), at: item.number))
    }
    return result
  }

  /// Digits written after the decimal point (`87.40%` → 2).
  static func decimals(of raw: String) -> Int {
    guard let point = raw.firstIndex(where: { $0 == "." || $0 == "．" || $0 == "点" }) else { return 0 }
    return raw[raw.index(after: point)...].prefix { $0.isNumber }.count
  }

  // MARK: 个百分点

  /// Words of a change that name no subject (较上年提高, 同比下降了).
  static let changeWords = [
    "同比", "环比", "较上年度", "比上年度", "较上年", "比上年", "较去年", "比去年", "分别", "均", "提高", "提升", "增长", "增加", "上升", "下降",
    "降低", "减少", "回落", "了",
  ]

  /// A change right after the level it changes (满意率99%，同比提高2%): a rate changes by 个百分点, a count by %.
  /// A clause that names a subject of its own (案件数量同比增长12%) is left alone unless the name is a rate's.
  func changeUnits() -> [ArithmeticSlip] {
    var result: [ArithmeticSlip] = []
    for (index, item) in numbers.enumerated()
    where index > 0 && (item.number.role == .changeIncrease || item.number.role == .changeDecrease) {
      let unit = item.number.quantity.unit
      let previous = numbers[index - 1].number
      guard unit == "%" || unit == "个百分点", previous.role == .value else { continue }
      var subject = FigureFinder.trim(item.clause)
      for word in Self.changeWords { subject = subject.replacingOccurrences(of: word, with: "") }
      let namesRate = subject.contains("率") || subject.contains("比例") || subject.contains("比重")
      let isRate = previous.quantity.unit == "%"
      guard subject.isEmpty || (namesRate && isRate), isRate == (unit == "%") else { continue }
      result.append(slip(.changeUnit(subject: previous.raw, subjectIsRate: isRate), at: item.number))
    }
    return result
  }

  func slip(_ kind: ArithmeticSlip.Kind, at number: SpottedNumber) -> ArithmeticSlip {
    ArithmeticSlip(kind: kind, raw: number.raw, offset: base + number.range.lowerBound)
  }
}
