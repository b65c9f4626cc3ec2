@testable import FazhiTestSupport


/// Mutations of bytes: generic ones (flip, insert, delete, duplicate, splice, truncate) and ones aimed at what
/// fazhi reads (YAML syntax, numbers too large for Int, full-width and negative years, line separators,
/// control and private-use characters, HTML character references, dense headings).
enum FuzzMutator {
  /// Fragments known to stress a reader; inserted at random places.
  static let fragments: [String] = [
    "\u{2028}", "\u{2029}", "\u{85}", "\u{0}", "\u{FFFF}", "\u{FEFF}", "\u{1B}[2J", "\u{1B}]0;x\u{7}", "\r", "\t",
    "\u{E000}", "\u{E00F}\u{E010}", "&#xFFFF;", "&#x2028;", "&#0;", "&#x85;", "&amp;", "<p>", "</p><p>", "<br>",
    "99999999999999999999", "－２０２４", "９９９９９９９９９９９９９９９９９９９９", "2026-99999999999999999999-01",
    "1e400", "-0", "NaN", "１２３４５６７８９０", "年度: ", "年度: －２０２４\n", ": ", " #", "- ", "? ", "&a ", "*a",
    "!!binary ", "{", "[[[[[[[[", "}", "|\n", ">-\n", "---\n", "...\n", "\"", "'", "\\", "：", "【待填】", "一、", "（一）",
    "1.", "（1）", "二是", "行政复议申请", "件", "%", "个百分点", "增长", "下降", "2024年", "较2023年", "二〇二四年",
    "《法治政府建设实施纲要（2021—2025年）》", "\u{301}", "\u{1F600}", "\u{10FFFD}", "\u{D7FF}", "\u{3000}",
  ]

  static func mutate(_ input: [UInt8], with others: [[UInt8]], rounds: Int, _ g: inout SeededRandom) -> [UInt8] {
    var bytes = input
    for _ in 0..<rounds { bytes = once(bytes, others: others, &g) }
    // Keep cases small enough for a quick run (the DoS bounds are measured by Tests/Benchmarks instead).
    return bytes.count > 400_000 ? Array(bytes.prefix(400_000)) : bytes
  }

  static func once(_ bytes: [UInt8], others: [[UInt8]], _ g: inout SeededRandom) -> [UInt8] {
    var bytes = bytes
    let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &g)
    switch Int.random(in: 0..<10, using: &g) {
    case 0, 1, 2:
      let fragment = fragments.randomElement(using: &g) ?? ""
      bytes.insert(contentsOf: Array(fragment.utf8), at: boundary(bytes, at))
    case 3:
      if !bytes.isEmpty {
        let i = Int.random(in: 0..<bytes.count, using: &g)
        bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &g))
      }
    case 4:
      bytes.insert(contentsOf: (0..<Int.random(in: 1...8, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }, at: at)
    case 5:
      if bytes.count > 1 {
        let length = Int.random(in: 1...min(200, bytes.count - 1), using: &g)
        let start = Int.random(in: 0...(bytes.count - length), using: &g)
        bytes.removeSubrange(start..<(start + length))
      }
    case 6:
      // One line repeated: many headings or figures in a row.
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
      if let line = lines.randomElement(using: &g), line.count < 300 {
        let times = Int.random(in: 2...400, using: &g)
        let block = Array(repeating: Array(line) + [UInt8(ascii: "\n")], count: times).joined()
        bytes.insert(contentsOf: block, at: boundary(bytes, at))
      }
    case 7:
      if let other = others.randomElement(using: &g), !other.isEmpty {
        let start = Int.random(in: 0..<other.count, using: &g)
        let piece = other[start..<min(other.count, start + Int.random(in: 1...2000, using: &g))]
        bytes.insert(contentsOf: piece, at: at)
      }
    case 8:
      if !bytes.isEmpty { bytes.removeLast(Int.random(in: 0...bytes.count / 2, using: &g)) }
    default:
      // Swap two lines' order.
      var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
      if lines.count > 2 {
        lines.swapAt(Int.random(in: 0..<lines.count, using: &g), Int.random(in: 0..<lines.count, using: &g))
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
      }
    }
    return bytes
  }

  /// `at`, moved back to the start of a UTF-8 sequence, so inserted text stays valid where the input was.
  static func boundary(_ bytes: [UInt8], _ at: Int) -> Int {
    var i = at
    while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
    return i
  }
}
