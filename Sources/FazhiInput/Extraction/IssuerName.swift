import FazhiCore

/// 单位名称的构成：a government's, zone's or department's name read as the places it names (示例市, 示例县) and
/// its organs (司法局, 委员会, 办公室), so that two names can be compared place by place and the self-references a
/// body may use (我县, 我局) can be read off the endings of its own name. No gazetteer: a place is recognised by
/// its ending alone.
package struct IssuerName: Sendable, Hashable {
  /// A name ending and the word a body with that ending calls itself by after 我 (自治县 → 我县, 开发区 → 我区).
  package struct Ending: Sendable, Hashable {
    package var word: String
    package var selfWord: String
    package var isPlace: Bool
  }

  /// One place or organ in a name (示例县, 司法局).
  package struct Component: Sendable, Hashable {
    package var text: String
    package var ending: Ending
    /// The name before its ending (示例 of 示例自治县), compared between spellings of the same place.
    package var stem: String { String(text.dropLast(ending.word.count)) }
  }

  /// Endings of places, then of organs; at one position the longest matching one is taken (自治县 before 县).
  package static let endings: [Ending] =
    [
      ("自治区", "区"), ("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("林区", "区"), ("特区", "区"), ("新区", "区"),
      ("开发区", "区"), ("高新区", "区"), ("街道", "街道"), ("省", "省"), ("市", "市"), ("县", "县"), ("区", "区"),
      ("旗", "旗"), ("州", "州"), ("盟", "盟"), ("乡", "乡"), ("镇", "镇"),
    ].map { Ending(word: $0.0, selfWord: $0.1, isPlace: true) }
    + [
      ("管委会", "委"), ("委员会", "委"), ("办公室", "办"), ("办公厅", "办"), ("局", "局"), ("委", "委"), ("办", "办"),
      ("厅", "厅"), ("署", "署"),
    ].map { Ending(word: $0.0, selfWord: $0.1, isPlace: false) }

  /// Zone and level words that name no particular place (高新区, 开发区, 街道).
  static let genericPlaces: Set<String> = ["自治区", "自治州", "自治县", "自治旗", "新区", "开发区", "高新区", "经开区", "街道"]

  package let components: [Component]

  /// Reads `name` (`中共示例县委`, `示例县人民政府`, `示例市示例区司法局`): the Party prefix and `人民政府` are dropped.
  package init(_ name: String) {
    var text = String(name.filter { !$0.isWhitespace })
    for prefix in ["中国共产党", "中共"] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
    components = Self.split(IssuerEvidence.stripGovernment(text))
  }

  /// The most specific place: the last place named before the first organ (示例区 of 示例市示例区司法局).
  package var place: Component? {
    components.prefix { $0.ending.isPlace }.last
  }

  /// The words after 我 this body may call itself by (我县 and 我局 for 示例县司法局).
  package var selfWords: Set<String> { Set(components.map(\.ending.selfWord)) }

  /// Whether the two names name the same most specific place — same kind of ending and one stem the start of the
  /// other (示例自治县 and 示例县; 济宁高新区 and 济宁高新技术产业开发区) — or nil when either names no place.
  package func samePlace(as other: IssuerName) -> Bool? {
    guard let a = place, let b = other.place else { return nil }
    guard a.ending.selfWord == b.ending.selfWord else { return false }
    return a.stem.hasPrefix(b.stem) || b.stem.hasPrefix(a.stem)
  }

  /// Splits a name at its endings: each component is the shortest run (at least two characters) that ends in a
  /// name ending, taking the longest ending found at that position. An organ ending right at a component's start
  /// is a component of its own (县委 → 县 + 委). A place after the first one needs three characters, so that the
  /// 城市 of 城市管理局 is not taken for a place.
  static func split(_ name: String) -> [Component] {
    let chars = Array(name)
    var result: [Component] = []
    var i = 0
    while i < chars.count {
      if let organ = longestEnding(at: i, in: chars), !organ.isPlace {
        result.append(Component(text: organ.word, ending: organ))
        i += organ.word.count
        continue
      }
      var found: Component?
      var k = i + 1
      while k < chars.count, found == nil {
        if let ending = longestEnding(at: k, in: chars) {
          let text = String(chars[i..<(k + ending.word.count)])
          let tooShort = ending.isPlace && !result.isEmpty && text.count < 3
          if !tooShort { found = Component(text: text, ending: ending) }
        }
        k += 1
      }
      guard let component = found else { break }
      // 全面依法治县委员会 names a task (依法治县: governing the county by law), not a second county: a place word
      // right after 治 is the object of that phrase.
      let task = component.ending.isPlace && !result.isEmpty && component.stem.hasSuffix("治")
      if !task && !(component.ending.isPlace && genericPlaces.contains(component.text)) { result.append(component) }
      i += component.text.count
    }
    return result
  }

  static func longestEnding(at index: Int, in chars: [Character]) -> Ending? {
    var best: Ending?
    for ending in endings where ending.word.count > (best?.word.count ?? 0) {
      let word = Array(ending.word)
      if index + word.count <= chars.count, Array(chars[index..<(index + word.count)]) == word { best = ending }
    }
    return best
  }
}
